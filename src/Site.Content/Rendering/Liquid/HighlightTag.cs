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
        var lastLine = code.LastIndexOf('\n');
        var indent = lastLine >= 0 && string.IsNullOrWhiteSpace(code[(lastLine + 1)..]) ? code[(lastLine + 1)..] : "";
        code = code.TrimStart('\r', '\n');
        code = code[..(code.Length - indent.Length)].TrimEnd('\r', '\n');
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
