using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>
/// JSON-LD for search engines: a <c>BlogPosting</c> for a post, a <c>WebSite</c> for the home page. Serialised by
/// System.Text.Json, whose default encoder escapes <c>&lt;</c>, so front matter cannot close the script element.
/// </summary>
public sealed class StructuredData(IOptions<SiteOptions> options, SiteUrls urls)
{
    public string ForPost(Post post)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BlogPosting",
            ["headline"] = post.Title,
            ["description"] = post.Summary,
            ["url"] = urls.Absolute(post.Url),
            ["mainEntityOfPage"] = urls.Absolute(post.Url),
            ["datePublished"] = post.Date?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["image"] = post.SharedImage is { } image ? urls.Absolute(image) : null,
            ["keywords"] = post.Tags.Count > 0 ? string.Join(", ", post.Tags.Select(t => t.Name)) : null,
            ["articleSection"] = post.Categories.Count > 0 ? post.Categories[0].Name : null,
            ["author"] = Author(),
        };
        return Serialize(data);
    }

    public string ForWebsite() => Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = options.Value.Title,
        ["description"] = options.Value.Description.Length > 0 ? options.Value.Description : null,
        ["url"] = urls.Absolute("/"),
        ["author"] = Author(),
    });

    private Dictionary<string, object?>? Author() =>
        options.Value.Author.Length > 0 ? new() { ["@type"] = "Person", ["name"] = options.Value.Author } : null;

    private static string Serialize(Dictionary<string, object?> data) =>
        JsonSerializer.Serialize(data.Where(pair => pair.Value is not null).ToDictionary());
}
