using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Site.Tests;

/// <summary>Fetches pages and parses them, so that tests assert on elements rather than on strings.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"GET {url}: expected {expectedStatus}, got {(int)response.StatusCode}");
        return Parse(body);
    }

    /// <summary>The titles of the entries of a listing, in order.</summary>
    public static IReadOnlyList<string> EntryTitles(this IHtmlDocument document) =>
        [.. document.QuerySelectorAll(".entries .entry h2").Select(h => h.TextContent.Trim())];
}
