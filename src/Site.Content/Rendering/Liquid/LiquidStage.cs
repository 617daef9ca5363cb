using System.Diagnostics;
using Fluid;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Runs a body's Liquid before its Markdown is read, as Jekyll does, with a real Liquid engine (Fluid) speaking
/// Jekyll's dialect (<see cref="JekyllParser"/>, <see cref="LiquidOptions"/>): <c>site.*</c> and <c>page.*</c>, tags,
/// filters, includes, in code too, as Jekyll runs it. What cannot run is reported at the file's line and shows as
/// written, each alone while the rest runs: a tag or output the engine cannot read, a block never closed (its opening
/// tag), an unknown tag or filter, a missing include; code whose Liquid cannot be read (a Go or Handlebars template)
/// shows whole as written (<see cref="LiquidSource"/>). A run that goes past its limits leaves the whole body as
/// written. An undefined variable is empty, as in Jekyll. A body without <c>{{</c> or <c>{%</c> never meets the engine.
/// </summary>
public sealed class LiquidStage : ISourceStage
{
    /// <summary>How many times the body is read again, an error made inert each time, before its Liquid is given up.</summary>
    private const int MaxReadings = 20;

    public string Rewrite(string markdown, BodyContext context)
    {
        if (!context.RendersLiquid) return markdown;
        if (!Markup.MayBeIn(markdown)) return markdown;

        var problems = new List<LiquidProblem>();
        var source = LiquidSource.Prepare(markdown, text => MarkdownSyntax.CodeSpans(context.Parse(text)), problems);
        var output = source is null ? null : Run(source, context, problems);
        foreach (var problem in problems.OrderBy(p => p.Offset))
        {
            var (line, column) = context.PositionOf(markdown, problem.Offset);
            context.Problems.Add(new BodyProblem(problem.Message, line, column));
        }
        context.LiquidAsWritten.AddRange(AsWritten(markdown, output is null ? null : problems));
        return output is null || output == markdown ? markdown : output;
    }

    /// <summary>
    /// The markup left as written: each that a problem is about, or, when the body's Liquid did not run at all
    /// (<paramref name="problems"/> null), every one.
    /// </summary>
    private static IEnumerable<string> AsWritten(string markdown, List<LiquidProblem>? problems)
    {
        if (problems is null)
        {
            var scanner = new Markup.Scanner(markdown);
            for (var position = 0; scanner.Next(position) is { } markup; position = markup.IsClosed ? markup.End : markup.Start + 2)
                yield return markup.Shown(markdown);
            yield break;
        }
        foreach (var problem in problems)
        {
            if (Markup.At(markdown, problem.Offset) is { } markup) yield return markup.Shown(markdown);
        }
    }

    /// <summary>The body with its Liquid run, or null when it must show as written.</summary>
    private static string? Run(LiquidSource source, BodyContext context, List<LiquidProblem> problems)
    {
        if (!Markup.MayBeIn(source.Text)) return null;
        if (Read(source, context.Liquid.Limits, problems) is not var (template, text)) return null;

        var run = new LiquidRun(context, source, text);
        var engine = new TemplateContext(LiquidOptions.Instance) { MaxSteps = context.Liquid.Limits.MaxSteps, TimeZone = context.Liquid.TimeZone };
        run.Attach(engine);
        engine.SetValue("site", context.Liquid.Value);
        engine.SetValue("page", Fluid.Values.FluidValue.Create(context.Page(), LiquidOptions.Instance));
        using var output = new BoundedWriter(context.Liquid.Limits.MaxChars);
        try
        {
            var rendering = template.RenderAsync(output, NullEncoder.Default, engine);
            if (!rendering.IsCompletedSuccessfully) rendering.AsTask().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var at = e is LiquidStop { Offset: { } offset } ? offset : Markup.Next(text, 0)?.Start ?? 0;
            problems.Add(new LiquidProblem(at, e switch
            {
                LiquidStop { Offset: not null } => e.Message,
                LiquidStop => $"Liquid stopped: {e.Message}; the body's Liquid is not run and shows as written",
                InvalidOperationException when e.Message.StartsWith("The maximum level of recursion", StringComparison.Ordinal) =>
                    $"Liquid ran past {context.Liquid.Limits.Describe()} (a loop without end?); the body's Liquid is not run and shows as written",
                _ => $"Liquid failed: {e.Message}; the body's Liquid is not run and shows as written",
            }));
            return null;
        }
        problems.AddRange(run.Problems);
        return source.Restore(output.ToString());
    }

    /// <summary>
    /// The body's Liquid read, with the text it was read from: each markup the engine cannot read (or, in code, the code
    /// around it), each block never closed, and each output or tag that uses an unknown filter, is reported and made
    /// inert, and the text read again; null when an error belongs to no markup or the errors do not end, and the body's
    /// Liquid is given up.
    /// </summary>
    private static (IFluidTemplate Template, string Text)? Read(LiquidSource source, LiquidLimits limits, List<LiquidProblem> problems)
    {
        var text = source.Text;
        // The readings again are what the budget bounds: the first may include the engine's one-time start.
        Stopwatch? clock = null;
        var codeRead = false;
        for (var reading = 1; ; reading++, clock ??= Stopwatch.StartNew())
        {
            var (template, error) = LiquidText.Read(text);
            List<(Markup Markup, string Reason)> wrong = template is not null
                ? [.. LiquidText.UnknownFilterUses(text, template).Select(use => (use.Markup, $"uses the filter '{use.Filter}', which this site does not know"))]
                : Unreadable(source, text, error!);
            if (template is not null && wrong.Count == 0) return (template, text);
            if (wrong.Count == 0 || reading >= MaxReadings || clock?.Elapsed > limits.ParseBudget)
            {
                problems.Add(error is null
                    ? new LiquidProblem(wrong.Count > 0 ? wrong[0].Markup.Start : 0, "Liquid is not run: it holds too many errors to read; it shows as written")
                    : new LiquidProblem(error.Offset, $"Liquid is not valid here ({error.Message}); the body's Liquid is not run and shows as written"));
                return null;
            }
            if (template is null && !codeRead && wrong.Exists(w => source.CodeAt(w.Markup.Start) is not null))
            {
                // Code whose Liquid cannot be read is seldom alone (a Helm chart's templates, block after block): all of it
                // is found in one reading, so that how many there are does not use up the readings.
                codeRead = true;
                text = WithUnreadableCodeInert(source, text, limits, problems);
                continue;
            }
            foreach (var (markup, reason) in wrong)
            {
                if (text[markup.Start] != '{') continue; // in code made inert just now
                var shown = source.Restore(markup.Shown(text));
                if (template is null && source.CodeAt(markup.Start) is { } code)
                {
                    // Not Liquid its author meant (a Go or Handlebars template): the code stays whole, as written.
                    problems.Add(new LiquidProblem(markup.Start, $"Liquid '{shown}' in code {reason}; the code shows as written"));
                    text = source.WithInertCode(text, code);
                    continue;
                }
                problems.Add(new LiquidProblem(markup.Start, $"Liquid '{shown}' {reason} and shows as written"));
                text = source.WithInert(text, markup);
            }
        }
    }

    /// <summary>
    /// <paramref name="text"/> with each code whose Liquid cannot be read on its own made inert, and reported at the
    /// markup its reading stumbled on (or the block it never closed); as much as the parse budget allows, the rest left
    /// to the readings after.
    /// </summary>
    private static string WithUnreadableCodeInert(LiquidSource source, string text, LiquidLimits limits, List<LiquidProblem> problems)
    {
        var clock = Stopwatch.StartNew();
        foreach (var code in source.Code)
        {
            if (clock.Elapsed > limits.ParseBudget) break;
            var written = text[code.Start..code.End];
            if (!Markup.MayBeIn(written) || LiquidText.Read(written).Error is not { } error) continue;
            (Markup? Markup, string Reason) stumbled = Markup.At(written, error.Offset) is { } at
                ? (at, Reason(error))
                : UnclosedBlocks.In(written) is [var block, ..] ? (block, $"is never closed by {{% end{block.TagName} %}}") : (Markup.Next(written, 0), Reason(error));
            if (stumbled.Markup is not { } found) continue;
            var reason = stumbled.Reason;
            problems.Add(new LiquidProblem(code.Start + found.Start, $"Liquid '{source.Restore(found.Shown(written))}' in code {reason}; the code shows as written"));
            text = source.WithInertCode(text, code);
        }
        return text;
    }

    /// <summary>
    /// What to leave as written for <paramref name="error"/>: the markup it is in; but for an end tag met while blocks
    /// opened inside its block are open, those blocks, and for a tag after code in which blocks were opened and never
    /// closed, that code (the engine stumbles on the tag after them: they are to blame); for an error in no markup (the
    /// text ended too soon), the blocks never closed.
    /// </summary>
    private static List<(Markup Markup, string Reason)> Unreadable(LiquidSource source, string text, LiquidError error)
    {
        static (Markup, string) NeverClosed(Markup block) => (block, $"is never closed by {{% end{block.TagName} %}}");
        if (Markup.At(text, error.Offset) is not { } unreadable) return [.. UnclosedBlocks.In(text).Select(NeverClosed)];
        var open = UnclosedBlocks.In(text[..unreadable.Start]);
        // An end tag met while blocks opened inside its own are still open: those are the ones never closed.
        if (UnclosedBlocks.ClosedBy(unreadable.TagName) is { } block && open.FindLastIndex(opened => opened.TagName == block) is var opener and >= 0 && opener < open.Count - 1)
            return [.. open[(opener + 1)..].Select(NeverClosed)];
        if (source.CodeAt(unreadable.Start) is null && open.Where(opened => source.CodeAt(opened.Start) is not null).ToList() is { Count: > 0 } openInCode)
            return [.. openInCode.Select(NeverClosed)];
        return [(unreadable, Reason(error))];
    }

    private static string Reason(LiquidError error) =>
        error.Message.StartsWith("Unknown tag", StringComparison.Ordinal) ? "is a tag this site does not know" : $"is not valid Liquid ({error.Message})";
}
