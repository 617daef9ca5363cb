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
/// code go; the closing fence keeps the indentation of <c>{% endhighlight %}</c>, so a block in a list item stays in it.
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

    /// <summary>The code without the blank lines around it, and the indentation of the tag that ends it.</summary>
    private static string Trimmed(string code, out string indent)
    {
        var lastLine = code.LastIndexOf('\n');
        indent = lastLine >= 0 && string.IsNullOrWhiteSpace(code[(lastLine + 1)..]) ? code[(lastLine + 1)..] : "";
        code = code.TrimStart('\r', '\n');
        return code[..(code.Length - indent.Length)].TrimEnd('\r', '\n');
    }

    /// <summary>
    /// As a fence with this language is written (<see cref="CodeBlocks"/> the <c>linenos</c> of its options,
    /// <see cref="ScrollBoxes"/> its <c>tabindex</c>).
    /// </summary>
    private static string CodeElement(HighlightCall call, string code)
    {
        return $"<pre><code class=\"language-{WebUtility.HtmlEncode(call.Language)}\"{(CodeBlocks.NumbersLines(call.Options) ? " data-linenos=\"\"" : "")} tabindex=\"0\">{WebUtility.HtmlEncode(Trimmed(code, out _))}\n</code></pre>";
    }

    private static string Fence(HighlightCall call, string code)
    {
        code = Trimmed(code, out var indent);
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        var info = call.Options.Length > 0 ? $"{call.Language} {call.Options}" : call.Language;
        return $"{fence}{info}\n{code}\n{indent}{fence}";
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

/// <summary>A highlight tag as read: the language and the options after it (<c>linenos</c>, <c>mark_lines="1 2"</c>).</summary>
internal sealed record HighlightCall(string Language, string Options);
