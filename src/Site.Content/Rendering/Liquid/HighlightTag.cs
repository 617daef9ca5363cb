using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Jekyll's <c>{% highlight ruby linenos %}...{% endhighlight %}</c> becomes a fenced code block, <c>```ruby linenos</c>,
/// which the body's code stages then treat as any fence (<see cref="CodeBlocks"/> reads <c>linenos</c>). Its Liquid
/// runs, as in Jekyll (code whose Liquid cannot be read shows as written: <see cref="LiquidSource"/>), and the
/// <c>{% raw %}</c> tags Jekyll authors put around a sample vanish. As Jekyll does, blank lines before and after the
/// code go; the fence carries the prefix of the tag's line (<see cref="HighlightCall"/>), so a block in a blockquote or a
/// list item stays in it.
/// </summary>
internal static class HighlightTag
{
    public static async ValueTask<Completion> RenderAsync(HighlightCall call, IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        using var code = new BoundedWriter(LiquidRun.Of(context).Site.Limits.MaxChars);
        var completion = await statements.RenderStatementsAsync(code, encoder, context);
        await writer.WriteAsync(Fence(call, code.ToString()));
        return completion;
    }

    private static string Fence(HighlightCall call, string code)
    {
        code = (call.CodeLead + code + call.CodeTrail).TrimStart('\r', '\n');
        // The line the end tag stands on is the block's prefix (its indentation, its '>'), not code.
        var lastLine = code.LastIndexOf('\n') + 1;
        if (code.AsSpan(lastLine).TrimStart(call.Prefix.Contains('>', StringComparison.Ordinal) ? " \t>" : " \t").IsEmpty) code = code[..lastLine];
        code = code.TrimEnd('\r', '\n');
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        var info = call.Options.Length > 0 ? $"{call.Language} {call.Options}" : call.Language;
        var lineBreak = call.MidLine ? "\n" + call.Prefix : "";
        return $"{call.Before}{lineBreak}{fence}{info}\n{code}\n{call.Prefix}{fence}{call.After}";
    }

    private static int LongestRun(string text, char character)
    {
        var (longest, current) = (0, 0);
        foreach (var c in text)
        {
            current = c == character ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }
}
