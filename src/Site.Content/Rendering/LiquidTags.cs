using System.Text;
using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// Runs the few Liquid tags Jekyll posts use for links, outside code: <c>{% post_url 2023-01-01-x %}</c> and
/// <c>{% link _posts/2023-01-01-x.md %}</c> become the post's URL, <c>{% link assets/x.png %}</c> a site path,
/// <c>{{ site.baseurl }}</c> nothing (the site is served from its root) and <c>{{ site.url }}</c> the site's address.
/// Between <c>{% raw %}</c> and <c>{% endraw %}</c> everything shows as written and the two tags themselves vanish,
/// in code too: Jekyll runs Liquid before Markdown, so its authors wrap Liquid they mean to show, code samples above all.
/// Any other Liquid is left as written and reported. Where code is, the body parsed as it stands tells; a body
/// whose Liquid changes nothing is not parsed again.
/// </summary>
public sealed partial class LiquidTags : ISourceStage
{
    public string Rewrite(string markdown, BodyContext context)
    {
        if (!markdown.Contains("{%", StringComparison.Ordinal) && !markdown.Contains("{{", StringComparison.Ordinal)) return markdown;

        var inCode = MarkdownSyntax.InCode(context.Parse(markdown));
        var output = new StringBuilder(markdown.Length);
        var copiedUpTo = 0;
        var tags = TagPattern().Matches(markdown);
        // A raw opens only where an endraw follows: one left alone (named in code, say) is just a tag.
        var lastEndraw = tags.Select(tag => tag.Groups["name"].Value).ToList().LastIndexOf("endraw");
        var inRaw = false;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var name = tag.Groups["name"].Value;
            string? replacement;
            if (!inRaw && name == "raw" && i < lastEndraw)
            {
                inRaw = true;
                replacement = "";
            }
            else if (inRaw && name == "endraw")
            {
                inRaw = false;
                replacement = "";
            }
            else if (inRaw || inCode(tag.Index))
            {
                continue;
            }
            else
            {
                (replacement, var problem) = Run(tag, context.Resolver, context.SiteUrl);
                if (replacement is null)
                {
                    var (line, column) = context.PositionOf(markdown, tag.Index);
                    context.Problems.Add(new BodyProblem($"Liquid '{tag.Value}' {problem}", line, column));
                    continue;
                }
            }
            output.Append(markdown, copiedUpTo, tag.Index - copiedUpTo).Append(replacement);
            copiedUpTo = tag.Index + tag.Length;
        }
        return copiedUpTo == 0 ? markdown : output.Append(markdown, copiedUpTo, markdown.Length - copiedUpTo).ToString();
    }

    private const string NotRun = "is not run here and shows as written (supported: post_url, link, raw, site.baseurl, site.url)";

    private static (string? Replacement, string? Problem) Run(Match tag, LinkResolver resolver, string siteUrl)
    {
        var name = tag.Groups["name"].Value;
        var argument = tag.Groups["argument"].Value.Trim();
        var fileName = argument[(argument.LastIndexOf('/') + 1)..];
        switch (name)
        {
            case "post_url" or "link" when name == "post_url" || PostFiles.IsPostFile(argument):
                return resolver.TryGetPostUrl(fileName, out var postUrl)
                    ? (postUrl, null)
                    : (null, $"names no post file '{fileName}' and shows as written");
            case "link" when argument.Length > 0:
                return ("/" + argument.TrimStart('/'), null);
            case "raw":
                return (null, "is never closed by {% endraw %} and shows as written");
            case "endraw":
                return (null, "has no {% raw %} before it and shows as written");
        }
        return tag.Groups["variable"].Value.Trim() switch
        {
            "site.baseurl" => ("", null),
            "site.url" => (siteUrl.TrimEnd('/'), null),
            _ => (null, NotRun),
        };
    }

    [GeneratedRegex(@"\{%-?\s*(?<name>\w+)(?<argument>[^%]*?)-?%\}|\{\{-?(?<variable>[^}]*?)-?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
