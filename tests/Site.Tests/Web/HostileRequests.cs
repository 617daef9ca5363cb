using System.Text;

namespace Site.Tests.Web;

/// <summary>
/// A few thousand generated requests that try to leave the site, crash it or confuse it: path traversal in every
/// encoding, overlong paths and queries, strange page numbers and years, malformed percent-encoding, other methods.
/// Each is a raw request target, sent as written (no client-side normalisation).
/// </summary>
public static class HostileRequests
{
    /// <summary>What a traversal tries to reach: the sentinel beside the posts folder, the app's own files, the host's.</summary>
    public static readonly string[] Targets = ["etc/passwd", "secret-sentinel.txt", "appsettings.json", "Site.dll", "posts/2023-04-02-first-light.md"];

    /// <summary>Files of the posts folder that are never served, each holding the sentinel.</summary>
    public static readonly string[] HiddenInPosts =
        ["_config.yml", "_secret-sentinel.txt", ".secret-sentinel.txt", "_includes/secret.html", "_drafts/secret.png", ".git/config", "node_modules/x/secret.js"];

    public static readonly string[] Prefixes = ["/", "/posts/", "/categories/", "/archive/", "/tags/", "/css/", "/assets/img/", "/feed.xml/"];

    /// <summary>"../" in every spelling a server or a filter has been fooled by.</summary>
    public static readonly string[] ParentSteps =
    [
        "../", "..%2f", "..%2F", "%2e%2e/", "%2e%2e%2f", "%2E%2E%2F", "..%5c", "..\\", "%252e%252e%252f", "..%252f",
        ".%2e/", "%2e./", "..%c0%af", "..%00/", "....//", "..;/", "%c0%ae%c0%ae/", "%uff0e%uff0e/", "%ef%bc%8e%ef%bc%8e%ef%bc%8f",
    ];

    public static readonly int[] Depths = [1, 2, 4, 8];

    public static readonly string[] PageNumbers =
    [
        "-1", "0", "1", "2", "99999999999999999999", "2147483647", "2147483648", "-2147483648", "-2147483649", "1e3", "0x10",
        "%201", "1.0", "+1", "%D9%A1", "%EF%BC%91", "", "%00", "1%00", "1&page=2", "NaN", "Infinity", "%", "%zz", "1'", "<script>",
    ];

    public static readonly string[] Years =
    [
        "-1", "0", "1", "999", "9999", "10000", "2147483647", "99999999999999999999", "0-0", "0000-9999", "1-2147483647",
        "2023-2022", "2022--2023", "2022-", "-2022", "2022-present", "%D9%A2%D9%A0%D9%A2%D9%A3", "%D9%A2%D9%A0%D9%A2%D9%A3-%D9%A2%D9%A0%D9%A2%D9%A4",
        "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%93", "2023%00", "2023%2f..", "2020%E2%80%932022",
    ];

    public static readonly string[] Malformed =
    [
        "/%", "/%%", "/%zz", "/%2", "/posts/%", "/posts/%c3", "/posts/%c3%28", "/posts/%ff%fe", "/posts/donn%e9es-ouvertes", "/%uFFFF",
        "/posts/first-light%00", "/posts/first-light%00.md", "/%00", "/%00/../etc/passwd", "/posts/%2e", "/posts/%2e%2e", "/posts/.",
        "/posts/..", "/posts/./first-light", "/posts//first-light", "//etc/passwd", "/\\etc\\passwd", "/.git/HEAD", "/.env",
        "/~root", "/posts/first-light/..%2f..%2f..%2fetc%2fpasswd", "/css/site.css%00.html", "/css/site.css/../../appsettings.json",
        "/css/..%2f..%2fappsettings.json", "/_framework/../appsettings.json", "/posts/first-light?page=1&page=2",
        "/posts/%E2%80%AEtxt.exe", "/posts/%F0%9F%98%80", "/posts/" + new string('é', 50), "/categories/%C3%A9%CC%81%CC%81%CC%81",
        "/tags/%20", "/categories/%20", "/posts/%20", "/%20", "/archive/%20", "/posts/%09", "/%C2%A0", "/tags/%0d%0aSet-Cookie:%20x=1", "/posts/x%0d%0aLocation:%20//evil.example", "//evil.example/", "/\\evil.example/",
        "/posts/first-light/", "/Posts/First-Light/", "/POSTS/FIRST-LIGHT", "/robots.txt/", "/sitemap.xml?x=" + new string('%', 100),
    ];

    public static readonly string[] Methods = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "FOO"];

    public static IEnumerable<(string Method, string Target)> All()
    {
        foreach (var prefix in Prefixes)
            foreach (var step in ParentSteps)
                foreach (var depth in Depths)
                    foreach (var target in Targets)
                        yield return ("GET", prefix + string.Concat(Enumerable.Repeat(step, depth)) + target);

        foreach (var listing in new[] { "/", "/categories/series", "/archive/2020", "/archive/2020-2022", "/tags/open-data" })
            foreach (var page in PageNumbers)
                yield return ("GET", $"{listing}?page={page}");

        foreach (var year in Years)
        {
            yield return ("GET", $"/archive/{year}");
            yield return ("GET", $"/archive/{year}?page=2");
        }

        foreach (var target in Malformed) yield return ("GET", target);
        foreach (var hidden in HiddenInPosts)
            foreach (var spelling in new[] { hidden, hidden.ToUpperInvariant(), Uri.EscapeDataString(hidden), hidden.Replace("/", "%2f", StringComparison.Ordinal) })
                yield return ("GET", "/" + spelling);
        foreach (var linked in new[] { "/assets/img/secret-sentinel.txt", "/outside/secret-sentinel.txt", "/outside/posts/_config.yml", "/assets/img/../../outside/secret-sentinel.txt" })
            yield return ("GET", linked);

        foreach (var length in new[] { 1_000, 4_000, 8_000, 16_000, 65_000 })
        {
            yield return ("GET", "/" + new string('a', length));
            yield return ("GET", "/posts/" + string.Concat(Enumerable.Repeat("../", length / 3)));
            yield return ("GET", "/?q=" + new string('x', length));
            yield return ("GET", "/?" + string.Concat(Enumerable.Repeat("a=1&", length / 4)));
            yield return ("GET", "/?page=" + new string('9', length));
        }

        foreach (var method in Methods)
            foreach (var target in new[] { "/", "/posts/first-light", "/css/site.css", "/healthz", "/no/such/page", "/%", "/../etc/passwd" })
                yield return (method, target);
        yield return ("HEAD", "/posts/..%2f..%2fetc%2fpasswd");
    }

    /// <summary>The raw request, as a client that does not normalise anything would write it.</summary>
    public static byte[] Raw(string method, string target) =>
        Encoding.UTF8.GetBytes($"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
}
