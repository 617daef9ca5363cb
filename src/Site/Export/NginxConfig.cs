using System.Numerics;
using System.Text;

namespace Site.Export;

/// <summary>
/// nginx's configuration for an exported folder, in two includes: <see cref="RedirectsFile"/>, a <c>map</c> of every
/// listed 301 (in <c>http { }</c>), and <see cref="SiteFile"/>, which serves the folder as the site does (in the
/// <c>server { }</c> whose <c>root</c> is the folder; for a site served under a path, in the <c>location /blog/ { }</c>
/// whose <c>alias</c> is the folder): the redirects with the query kept, <c>/x</c> from <c>x.html</c>, the 404 page,
/// the feeds' content type.
/// </summary>
public static class NginxConfig
{
    public const string Folder = "_nginx";
    public const string RedirectsFile = "redirects.conf";
    public const string SiteFile = "site.conf";

    /// <summary>The map from a request's decoded path (nginx's <c>$uri</c>) to where it now is, percent-encoded.</summary>
    public static byte[] Redirects(IReadOnlyList<SiteRedirect> redirects)
    {
        // nginx compares a map's strings without regard to ASCII case: of two keys that differ only so, the first stays, as
        // nginx refuses a map that holds both. Its hash must fit the longest key and every key, or nginx refuses to start.
        var keys = redirects.DistinctBy(redirect => AsciiLower(redirect.From)).ToList();
        var longest = keys.Select(redirect => Encoding.UTF8.GetByteCount(redirect.From)).DefaultIfEmpty(0).Max();
        var text = new StringBuilder($$"""
            # Every 301 of the site that can be listed, as `dotnet Site.dll export` wrote them. Include in http { }, and
            # site.conf in the server { } whose root is the exported folder.
            map_hash_bucket_size {{PowerOfTwo(longest + 32, atLeast: 64)}};
            map_hash_max_size {{PowerOfTwo(keys.Count * 2, atLeast: 2048)}};
            map $uri $site_redirect {
                default "";

            """);
        foreach (var redirect in keys)
            text.Append("    ").Append(Quoted(redirect.From)).Append(' ').Append(Quoted(new PathString(redirect.To).ToUriComponent().Replace("$", "%24", StringComparison.Ordinal))).Append(";\n");
        return Encoding.UTF8.GetBytes(text.Append("}\n").ToString());
    }

    /// <param name="basePath">The path the site is served under (<c>/blog</c>, decoded); empty for a site at its host's root.</param>
    public static byte[] Site(string basePath)
    {
        var where = basePath.Length == 0
            ? $$"""
              # Include in the server {} whose root is the folder, with {{RedirectsFile}} included in http {}.
              """
            : $$"""
              # Include in the location {{basePath}}/ {} whose alias is the folder, with {{RedirectsFile}} included in
              # http {}; {{basePath}} itself is sent to {{basePath}}/ by a location of the server's own:
              #     location = {{basePath}} { return 301 {{basePath}}/; }
              #     location {{basePath}}/ { alias /srv/site/; include /srv/site/{{Folder}}/{{SiteFile}}; }
              """;
        // In the server, the pages need a location of their own; in the site's location, try_files stands alone.
        var pages = basePath.Length == 0 ? "location / {\n    try_files $uri $uri.html $uri/ =404;\n}" : "try_files $uri $uri.html $uri/ =404;";
        return Encoding.UTF8.GetBytes($$"""
        # Serves a folder written by `dotnet Site.dll export` as the site serves it.
        {{where}}
        absolute_redirect off;
        index index.html;
        charset utf-8;
        charset_types text/plain text/css text/xml application/xml application/atom+xml image/svg+xml application/javascript;

        if ($site_redirect) {
            return 301 $site_redirect$is_args$args;
        }

        {{pages}}

        location ~ (^|/)feed\.xml$ {
            types { }
            default_type application/atom+xml;
        }

        location ^~ {{basePath}}/{{Folder}}/ {
            return 404;
        }

        location = {{basePath}}/{{NetlifyRedirects.FileName}} {
            return 404;
        }

        error_page 404 {{basePath}}/404.html;

        """);
    }

    private static string AsciiLower(string value) => string.Concat(value.Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c));

    private static int PowerOfTwo(int value, int atLeast) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(value, atLeast));

    /// <summary>A string nginx reads as written: in double quotes, with its quotes and backslashes escaped.</summary>
    private static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
