using System.Text;
using Fluid;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Jekyll's URL filters: <c>relative_url</c> (the site's <c>baseurl</c> and a leading <c>/</c> before a path),
/// <c>absolute_url</c> (the site's <c>url</c> before that), <c>uri_escape</c>, <c>cgi_escape</c> and <c>xml_escape</c>.
/// A URL with a scheme passes through the first two unchanged, as in Jekyll.
/// </summary>
internal static class UrlFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("relative_url", (input, _, context) =>
            input.IsNil() ? NilValue.Instance : new StringValue(RelativeUrl(input.ToStringValue(), LiquidRun.Of(context).Site)));
        filters.AddFilter("absolute_url", (input, _, context) =>
        {
            if (input.IsNil()) return NilValue.Instance;
            var site = LiquidRun.Of(context).Site;
            var url = input.ToStringValue();
            return new StringValue(LinkResolver.HasScheme(url) ? url : site.Url + RelativeUrl(url, site));
        });
        filters.AddFilter("uri_escape", (input, _, _) => new StringValue(UriEscape(input.ToStringValue())));
        filters.AddFilter("cgi_escape", (input, _, _) => new StringValue(CgiEscape(input.ToStringValue())));
        filters.AddFilter("xml_escape", (input, _, _) => new StringValue(XmlEscape(input.ToStringValue())));
    }

    private static string RelativeUrl(string url, LiquidSite site) =>
        LinkResolver.HasScheme(url) ? url : UriEscape(EnsureLeadingSlash(site.BaseUrl) + EnsureLeadingSlash(url));

    private static string EnsureLeadingSlash(string path) => path.Length == 0 || path.StartsWith('/') ? path : "/" + path;

    /// <summary>What may not stand in a URL percent-encoded (as UTF-8); reserved characters and existing escapes kept: <c>foo, bar \baz?</c> gives <c>foo,%20bar%20%5Cbaz?</c>.</summary>
    private static string UriEscape(string text) => Escape(text, c => char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=".Contains(c), keepEscapes: true, spaceAsPlus: false);

    /// <summary>Everything but letters, digits and <c>_.-~</c> percent-encoded, a space as <c>+</c>, as a form sends it: <c>foo,bar;baz?</c> gives <c>foo%2Cbar%3Bbaz%3F</c>.</summary>
    private static string CgiEscape(string text) => Escape(text, c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~', keepEscapes: false, spaceAsPlus: true);

    private static string XmlEscape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string Escape(string text, Func<char, bool> kept, bool keepEscapes, bool spaceAsPlus)
    {
        var escaped = new StringBuilder(text.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (kept(c) || keepEscapes && c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                escaped.Append(c);
                continue;
            }
            if (spaceAsPlus && c == ' ')
            {
                escaped.Append('+');
                continue;
            }
            var rune = Rune.TryGetRuneAt(text, i, out var r) ? r : Rune.ReplacementChar;
            if (rune.Utf16SequenceLength == 2) i++;
            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)]) escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }
}
