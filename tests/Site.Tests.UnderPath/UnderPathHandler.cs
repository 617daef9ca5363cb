using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Tests;

/// <summary>
/// Runs a test written for a site at its host's root against the site served under <see cref="ServedPath.Base"/>: each
/// request's path gets the base path before it; in each response, every URL of the site must be under it (the
/// <c>Location</c>; in a body, every root-relative <c>href</c>, <c>src</c>, <c>srcset</c>, <c>action</c>, <c>poster</c>,
/// <c>content</c> and script string, and every absolute URL on the site's host), else the request throws, naming the
/// URL and the page; then the base path is taken off them, so that the test's own assertions hold unchanged.
/// </summary>
/// <param name="siteUrl">The site's <c>Site:BaseUrl</c>, whose host's absolute URLs are the site's.</param>
internal sealed partial class UnderPathHandler(Uri siteUrl) : DelegatingHandler
{
    private const string Base = ServedPath.Base;

    /// <summary>What the site writes its links in; anything else (images, fonts, the event stream) is left alone.</summary>
    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "text/plain", "text/javascript", "text/xml", "application/xml", "application/atom+xml", "application/opensearchdescription+xml", "application/json",
    };

    private readonly Regex _ownUrls = new(Regex.Escape(siteUrl.GetLeftPart(UriPartial.Authority)) + @"(?![\w.:-])(?<path>[^\s""'<>\\]*)", RegexOptions.CultureInvariant);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var asked = request.RequestUri!;
        request.RequestUri = new Uri(asked.GetLeftPart(UriPartial.Authority) + Base + asked.PathAndQuery);
        var response = await base.SendAsync(request, cancellationToken);
        var page = $"{request.Method} {request.RequestUri.PathAndQuery} ({(int)response.StatusCode})";

        if (response.Headers.Location is { } location)
            response.Headers.Location = new Uri(OffBase(location.OriginalString, page, "Location"), UriKind.RelativeOrAbsolute);

        var content = response.Content;
        var coding = content.Headers.ContentEncoding.SingleOrDefault();
        if (content.Headers.ContentType?.MediaType is not { } type || !TextTypes.Contains(type) || coding is not (null or "gzip" or "br")) return response;
        var text = Encoding.UTF8.GetString(Decode(await content.ReadAsByteArrayAsync(cancellationToken), coding));
        var rewritten = type switch
        {
            "text/html" => RootRelativeAttributes().Replace(text, attribute => OffBaseInAttribute(attribute, page)),
            "text/javascript" => ScriptStrings().Replace(text, literal => Replace(literal, literal.Groups["url"], OffBase(literal.Groups["url"].Value, page, "script string"))),
            _ => text,
        };
        rewritten = _ownUrls.Replace(rewritten, url => Replace(url, url.Groups["path"], OffBase(url.Groups["path"].Value, page, url.Value, absolute: true)));
        if (rewritten == text) return response;

        var replaced = new ByteArrayContent(Encode(Encoding.UTF8.GetBytes(rewritten), coding));
        foreach (var header in content.Headers.Where(header => header.Key != "Content-Length"))
            replaced.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = replaced;
        return response;
    }

    private static byte[] Decode(byte[] body, string? coding)
    {
        if (coding is null) return body;
        using var decoded = coding == "br" ? (Stream)new BrotliStream(new MemoryStream(body), CompressionMode.Decompress) : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        decoded.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Encode(byte[] body, string? coding)
    {
        if (coding is null) return body;
        using var copy = new MemoryStream();
        using (var encoded = coding == "br" ? (Stream)new BrotliStream(copy, CompressionLevel.Fastest) : new GZipStream(copy, CompressionLevel.Fastest))
        {
            encoded.Write(body);
        }
        return copy.ToArray();
    }

    private static string OffBaseInAttribute(Match attribute, string page)
    {
        var name = attribute.Groups["name"].Value.ToLowerInvariant();
        var value = attribute.Groups["value"];
        var url = value.Value;
        if (name == "srcset")
            return Replace(attribute, value, SrcSetUrls().Replace(url, candidate => Replace(candidate, candidate.Groups["url"], OffBase(candidate.Groups["url"].Value, page, name))));
        // A meta tag's content is a URL only when it looks like one; an absolute one is checked with the rest.
        return name == "content" && !url.StartsWith('/') ? attribute.Value : Replace(attribute, value, OffBase(url, page, name));
    }

    /// <summary>A root-relative URL (or the path of an absolute one) under the base path, without it; any other URL as it is.</summary>
    private static string OffBase(string url, string page, string where, bool absolute = false)
    {
        if (!absolute && (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))) return url;
        if (url == Base) return absolute ? "" : "/";
        if (url.StartsWith(Base + "/", StringComparison.Ordinal)) return url[Base.Length..];
        if (url.StartsWith(Base + "?", StringComparison.Ordinal) || url.StartsWith(Base + "#", StringComparison.Ordinal)) return "/" + url[Base.Length..];
        throw new InvalidOperationException($"{page}: {where} '{url}' is not under {Base}");
    }

    private static string Replace(Match match, Group part, string replacement) =>
        string.Concat(match.Value.AsSpan(0, part.Index - match.Index), replacement, match.Value.AsSpan(part.Index - match.Index + part.Length));

    /// <summary>An attribute that holds a URL, inside a tag, with its value quoted either way or not at all.</summary>
    [GeneratedRegex("""(?<=<[a-zA-Z][^<>]*\s)(?<name>href|src|srcset|action|poster|content)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s>"']+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RootRelativeAttributes();

    /// <summary>Each candidate's URL in a srcset: its first run of non-spaces.</summary>
    [GeneratedRegex(@"(?:^|,)\s*(?<url>[^\s,]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SrcSetUrls();

    [GeneratedRegex("""["'](?<url>/[^"']*)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptStrings();
}
