using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Site.Content.Reading;

namespace Site.Content.Authoring;

/// <summary>
/// A post an author is about to write, as Jekyll's <c>jekyll compose</c> starts one: its file in the posts folder
/// (<c>YYYY-MM-DD-slug.md</c>, in <c>_posts/</c> when the folder has one; a draft as <c>_drafts/slug.md</c>, undated)
/// and its front matter: the title, the date and time of now, the categories and tags given, then the values
/// <c>_config.yml</c>'s <c>defaults</c> give such a file, written out so that the author sees and may change them.
/// </summary>
public sealed partial record NewPost(string RelativePath, string Text)
{
    public static NewPost Create(
        string title, IReadOnlyList<string> categories, IReadOnlyList<string> tags, bool draft, DateTimeOffset now,
        bool hasPostsSubfolder, FrontMatterDefaults defaults)
    {
        var slug = Slug.From(title);
        if (slug.Length == 0) throw new ArgumentException($"the title '{title}' has no letter or digit to name the file by", nameof(title));

        var relativePath = draft ? $"{PostReader.DraftsFolder}/{slug}.md"
            : (hasPostsSubfolder ? PostReader.PostsFolder + "/" : "") + now.ToString("yyyy-MM-dd-", CultureInfo.InvariantCulture) + slug + ".md";

        var yaml = new StringBuilder();
        yaml.Append("title: ").Append(Scalar(title)).Append('\n');
        if (!draft) yaml.Append("date: ").Append(JekyllDate(now)).Append('\n');
        if (categories.Count > 0) yaml.Append("categories: ").Append(List(categories)).Append('\n');
        if (tags.Count > 0) yaml.Append("tags: ").Append(List(tags)).Append('\n');
        var frontMatter = defaults.Apply(relativePath, yaml.ToString())?.Yaml ?? yaml.ToString();

        return new NewPost(relativePath, $"---\n{frontMatter}---\n\n");
    }

    /// <summary>As Jekyll writes a date: <c>2026-12-01 18:30:00 +0100</c>.</summary>
    private static string JekyllDate(DateTimeOffset now) =>
        now.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + (now.Offset < TimeSpan.Zero ? "-" : "+")
        + now.Offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> names) => "[" + string.Join(", ", names.Select(Scalar)) + "]";

    /// <summary>
    /// The text as YAML reads it back: plain when it is words (<c>open science</c>), else double-quoted, whatever it
    /// holds (a colon, a quote, a leading <c>-</c>, a word YAML would read as a boolean or a number).
    /// </summary>
    private static string Scalar(string text) =>
        PlainWords().IsMatch(text) && !YamlWords.Contains(text) ? text : Quoted(text);

    /// <summary>Words YAML 1.1 reads as something other than text.</summary>
    private static readonly HashSet<string> YamlWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null",
    };

    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} _.-]*(?<![ .])$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWords();

    private static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }
}
