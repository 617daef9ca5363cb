using System.Net;
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
/// In an HTML post, which is not read as Markdown, it becomes the code element a fence would have been written as, which
/// the finishing stages colour alike.
/// </summary>
internal static class HighlightTag
{
    public static async ValueTask<Completion> RenderAsync(HighlightCall call, IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        using var code = new BoundedWriter(LiquidRun.Of(context).Site.Limits.MaxChars);
        var completion = await statements.RenderStatementsAsync(code, encoder, context);
        await writer.WriteAsync(LiquidRun.Of(context).Body.Html ? CodeElement(call, code.ToString()) : Fence(call, code.ToString()));
        return completion;
    }

    /// <summary>The code without the blank lines around it, nor the line the end tag stands on (the block's prefix, its indentation or '>').</summary>
    private static string Trimmed(HighlightCall call, string code)
    {
        code = (call.CodeLead + code + call.CodeTrail).TrimStart('\r', '\n');
        var lastLine = code.LastIndexOf('\n') + 1;
        if (code.AsSpan(lastLine).TrimStart(call.Prefix.Contains('>', StringComparison.Ordinal) ? " \t>" : " \t").IsEmpty) code = code[..lastLine];
        return code.TrimEnd('\r', '\n');
    }

    /// <summary>
    /// As a fence with this language is written (<see cref="CodeBlocks"/> the <c>linenos</c> of its options,
    /// <see cref="ScrollBoxes"/> its <c>tabindex</c>).
    /// </summary>
    private static string CodeElement(HighlightCall call, string code) =>
        $"{call.Before}<pre><code class=\"language-{WebUtility.HtmlEncode(call.Language)}\"{(CodeBlocks.NumbersLines(call.Options) ? " data-linenos=\"\"" : "")} tabindex=\"0\">{WebUtility.HtmlEncode(Trimmed(call, code))}\n</code></pre>{call.After}";

    private static string Fence(HighlightCall call, string code)
    {
        code = Trimmed(call, code);
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
