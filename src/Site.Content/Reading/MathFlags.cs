using YamlDotNet.RepresentationModel;

namespace Site.Content.Reading;

/// <summary>
/// Whether a Jekyll theme typesets <c>$...$</c> as inline math for a post: the themes that load MathJax or KaTeX
/// configured for single dollars do so when the post's front matter (Chirpy's <c>math: true</c>, others'
/// <c>mathjax: true</c>) or the site's <c>_config.yml</c> (al-folio's <c>enable_math: true</c>) says so, as they do
/// when a page's own script configures MathJax so (<see cref="MathJaxConfig"/>). kramdown itself leaves a single dollar
/// as text.
/// </summary>
public static class MathFlags
{
    private static readonly string[] PostKeys = ["math", "mathjax", "usemathjax", "use_math", "katex"];

    private static readonly string[] SiteKeys = ["math", "mathjax", "usemathjax", "use_math", "katex", "enable_math", "enable_mathjax", "enable_katex"];

    public static bool InFrontMatter(IReadOnlyDictionary<string, YamlNode> fields) => PostKeys.Any(key => IsTrue(fields.GetValueOrDefault(key)));

    public static bool InConfig(IReadOnlyDictionary<string, YamlNode> values) => SiteKeys.Any(key => IsTrue(values.GetValueOrDefault(key)));

    private static bool IsTrue(YamlNode? node) =>
        node is YamlScalarNode { Value: { } value } && value.Trim().ToLowerInvariant() is "true" or "yes" or "on";
}
