using System.Text;
using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's extensions, outside code and math: <c>{::comment}...{:/comment}</c> is left out of the page,
/// <c>{::options ... /}</c> (settings for kramdown itself) too, and <c>{::nomarkdown}...{:/nomarkdown}</c> reaches the
/// page exactly as written, set aside here and put back by <see cref="VerbatimHtml"/>. A closer may be written <c>{:/}</c>.
/// </summary>
public sealed partial class KramdownExtensions : ISourceStage
{
    public string Rewrite(string markdown, BodyContext context)
    {
        if (!markdown.Contains("{::", StringComparison.Ordinal)) return markdown;
        var inCodeOrMath = MarkdownSyntax.InCodeOrMath(context.Parse(markdown));
        var output = new StringBuilder(markdown.Length);
        var copiedUpTo = 0;
        foreach (Match extension in Extension().Matches(markdown))
        {
            if (extension.Index < copiedUpTo || inCodeOrMath(extension.Index)) continue;
            var name = extension.Groups["name"].Value;
            var replacement = name == "nomarkdown" ? SetAside(markdown, extension, context) : "";
            output.Append(markdown, copiedUpTo, extension.Index - copiedUpTo).Append(replacement);
            copiedUpTo = extension.Index + extension.Length;
        }
        return copiedUpTo == 0 ? markdown : output.Append(markdown, copiedUpTo, markdown.Length - copiedUpTo).ToString();
    }

    /// <summary>The placeholder for a <c>nomarkdown</c> extension's content: a paragraph of its own when it stood alone on its lines.</summary>
    private static string SetAside(string markdown, Match extension, BodyContext context)
    {
        context.Verbatim.Add(extension.Groups["body"].Value.Trim('\n'));
        var placeholder = VerbatimHtml.Placeholder(context.Verbatim.Count - 1);
        var standsAlone = (extension.Index == 0 || markdown[extension.Index - 1] == '\n')
            && (extension.Index + extension.Length == markdown.Length || markdown[extension.Index + extension.Length] == '\n');
        return standsAlone ? "\n" + placeholder + "\n" : placeholder;
    }

    [GeneratedRegex(@"\{::(?<name>comment|nomarkdown|options)(?<options>[^}]*?)(?:/\}|\}(?<body>.*?)\{:/(?:\k<name>)?\})", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Extension();
}
