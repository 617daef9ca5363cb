using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using Site.Content.Rendering.Highlighting;

namespace Site.Content.Rendering;

/// <summary>
/// Colours the code blocks of a body on the server, as Rouge does for Jekyll: each token of a block whose language
/// (<c>language-*</c>, see <see cref="CodeBlocks"/>) the site knows becomes a <c>&lt;span&gt;</c> with a Pygments
/// class (<see cref="TokenClasses"/>) that the stylesheet colours, and the <c>&lt;pre&gt;</c> gets Rouge's
/// <c>highlight</c> class, so that a Jekyll theme's CSS would colour it too. A block numbered with
/// <c>data-linenos</c> has each line in a <c>&lt;span class="line"&gt;</c>, which the stylesheet numbers. A block
/// without a language, in a language the site does not know, or that outruns the <see cref="HighlightLimits"/>
/// stays exactly as written. The text of a block never changes: it is decoded, split and escaped again as Markdig
/// escapes it. One instance finishes posts on many threads at once (<see cref="TextMateHighlighter"/>).
/// </summary>
public sealed partial class CodeHighlighting(HighlightLimits limits) : IHtmlStage
{
    private const string LanguagePrefix = "language-";

    private readonly TextMateHighlighter _highlighter = new(limits);

    public CodeHighlighting() : this(HighlightLimits.Default) { }

    /// <summary>The grammars loaded so far, by scope name: only those of the languages met.</summary>
    public IReadOnlyCollection<string> LoadedGrammars => _highlighter.LoadedGrammars;

    public string Finish(string html, ICollection<BodyProblem> problems) =>
        html.Contains("<pre><code class=\"", StringComparison.Ordinal)
            ? WrittenCodeBlock().Replace(html, block => Highlight(block) ?? block.Value)
            : html;

    private string? Highlight(Match block)
    {
        var (classes, attributes, escaped) = (block.Groups["classes"].Value, block.Groups["attributes"].Value, block.Groups["code"].Value);
        var language = classes.Split(' ').FirstOrDefault(name => name.StartsWith(LanguagePrefix, StringComparison.Ordinal))?[LanguagePrefix.Length..];
        if (language is null || CodeLanguages.ScopeOf(language) is not { } scope) return null;

        var code = WebUtility.HtmlDecode(escaped);
        var endsWithNewline = code.EndsWith('\n');
        var lines = (endsWithNewline ? code[..^1] : code).Split('\n');
        IReadOnlyList<IReadOnlyList<CodeToken>>? tokenized;
        try
        {
            tokenized = _highlighter.Tokenize(scope, lines);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A grammar that fails on some text costs its block its colours, never the page.
            return null;
        }
        if (tokenized is null) return null;

        var numbered = attributes.Contains("data-linenos", StringComparison.Ordinal);
        var html = new StringBuilder(escaped.Length * 3);
        using var writer = new StringWriter(html);
        var renderer = new HtmlRenderer(writer);
        renderer.Write("<pre class=\"highlight\"><code class=\"").Write(classes).Write('"').Write(attributes).Write('>');
        for (var i = 0; i < tokenized.Count; i++)
        {
            if (i > 0) renderer.Write('\n');
            if (numbered) renderer.Write("<span class=\"line\">");
            foreach (var token in tokenized[i])
            {
                if (token.Class is null) renderer.WriteEscape(token.Text);
                else renderer.Write("<span class=\"").Write(token.Class).Write("\">").WriteEscape(token.Text).Write("</span>");
            }
            if (numbered) renderer.Write("</span>");
        }
        if (endsWithNewline) renderer.Write('\n');
        renderer.Write("</code></pre>");
        writer.Flush();
        return html.ToString();
    }

    /// <summary>A code block as Markdig writes it: its text escaped, so that no tag is inside.</summary>
    [GeneratedRegex("""<pre><code class="(?<classes>[^"]*)"(?<attributes>[^>]*)>(?<code>[^<]*)</code></pre>""")]
    private static partial Regex WrittenCodeBlock();
}
