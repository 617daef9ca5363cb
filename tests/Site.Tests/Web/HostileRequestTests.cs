using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace Site.Tests.Web;

/// <summary>
/// The fixture corpus in a temporary folder with a sentinel file beside the posts folder, links to it from inside, and
/// copies of it where the posts folder's files are never served: no URL may reveal it.
/// Served both through the test server and on real Kestrel, which rejects some requests before the site sees them.
/// </summary>
public sealed class HostileRequestSite : IDisposable
{
    public const string Sentinel = "SENTINEL-3f1c9a-OUTSIDE-THE-SITE";

    public HostileRequestSite()
    {
        Root = Directory.CreateTempSubdirectory("site-hostile-").FullName;
        var posts = Path.Combine(Root, "posts");
        foreach (var file in Directory.EnumerateFiles(SiteFactory.FixturePostsPath, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(posts, Path.GetRelativePath(SiteFactory.FixturePostsPath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        File.WriteAllText(Path.Combine(Root, "secret-sentinel.txt"), Sentinel);
        // Files of the posts folder are served, but for these: what Jekyll keeps to itself, and links that lead out.
        foreach (var hidden in HostileRequests.HiddenInPosts)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(posts, hidden))!);
            File.WriteAllText(Path.Combine(posts, hidden), Sentinel);
        }
        Directory.CreateDirectory(Path.Combine(posts, "assets", "img"));
        File.CreateSymbolicLink(Path.Combine(posts, "assets", "img", "secret-sentinel.txt"), Path.Combine(Root, "secret-sentinel.txt"));
        Directory.CreateSymbolicLink(Path.Combine(posts, "outside"), Root);
        TestServerSite = new SiteFactory(posts, settings: FixtureSite.Settings);
        KestrelSite = new SiteFactory(posts, settings: FixtureSite.Settings);
        KestrelAddress = KestrelSite.StartKestrel();
    }

    public string Root { get; }
    public SiteFactory TestServerSite { get; }
    public SiteFactory KestrelSite { get; }
    public Uri KestrelAddress { get; }

    public void Dispose()
    {
        TestServerSite.Dispose();
        KestrelSite.Dispose();
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>
/// Hostile URLs never give a 5xx, a stack trace, a redirect off the site, or anything outside wwwroot/ and the catalog;
/// methods other than GET and HEAD get 405 with Allow.
/// </summary>
public sealed partial class HostileRequestTests(HostileRequestSite site) : IClassFixture<HostileRequestSite>
{
    private static readonly string PasswdFirstLine = File.Exists("/etc/passwd") ? File.ReadLines("/etc/passwd").First() : "root:x:0:0:";

    private static readonly (string Method, string Target)[] Requests = [.. HostileRequests.All()];

    [Fact]
    public void There_are_a_few_thousand_requests() => Assert.InRange(Requests.Length, 3_000, 10_000);

    [Fact]
    public async Task Through_the_test_server_no_hostile_request_fails_leaks_or_redirects_away()
    {
        var failures = new List<string>();
        foreach (var (method, target) in Requests)
        {
            var query = target.IndexOf('?');
            // A decoded NUL is refused while the path is decoded, as Kestrel refuses it with a 400: the Kestrel test covers it.
            if (target[..(query < 0 ? target.Length : query)].Contains("%00")) continue;
            var context = await site.TestServerSite.Server.SendAsync(c =>
            {
                c.Request.Method = method;
                c.Request.Path = PathString.FromUriComponent(ServedPath.Of(query < 0 ? target : target[..query]));
                c.Request.QueryString = new QueryString(query < 0 ? "" : target[query..]);
            });
            var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
            var headers = context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            failures.AddRange(Problems(method, target, context.Response.StatusCode, headers, body, sawTheMethod: true));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Requests.Length} requests went wrong:\n" + string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task On_real_kestrel_no_hostile_request_fails_leaks_or_redirects_away()
    {
        // Every traversal in one encoding in five, and all the rest: Kestrel's own parsing and limits are what this adds.
        var subset = Requests.Where((request, index) => index % 5 == 0 || !request.Target.Contains("etc/passwd") && !request.Target.Contains("sentinel")).ToList();
        var failures = new List<string>();
        foreach (var (method, target) in subset)
        {
            var (status, headers, body) = await SendRawAsync(site.KestrelAddress, method, ServedPath.Of(target));
            failures.AddRange(Problems(method, target, status, headers, body, sawTheMethod: false));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {subset.Count} requests went wrong:\n" + string.Join("\n", failures.Take(40)));
    }

    private static IEnumerable<string> Problems(string method, string target, int status, IReadOnlyDictionary<string, string> headers, string body, bool sawTheMethod)
    {
        var shown = $"{method} {(target.Length > 120 ? target[..120] + "..." : target)} -> {status}";
        if (status >= 500) yield return $"{shown}: a server error";
        if (body.Contains(HostileRequestSite.Sentinel)) yield return $"{shown}: the sentinel file outside the site";
        if (body.Contains(PasswdFirstLine)) yield return $"{shown}: /etc/passwd";
        if (body.Contains("\"MaxPostBytes\"")) yield return $"{shown}: appsettings.json";
        if (body.Contains("redirect_from:")) yield return $"{shown}: a post's source file";
        if (StackTrace().IsMatch(body)) yield return $"{shown}: a stack trace";
        if (headers.TryGetValue("Location", out var location) && (!location.StartsWith('/') || location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal) || location.Any(char.IsControl)))
            yield return $"{shown}: redirects to '{location}'";
        var allowed = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        // Kestrel answers some methods itself (400 for a request it cannot parse) before the site sees them.
        if (!allowed && (sawTheMethod || status != 400))
        {
            if (status != 405) yield return $"{shown}: expected 405";
            else if (headers.GetValueOrDefault("Allow") != "GET, HEAD") yield return $"{shown}: Allow is '{headers.GetValueOrDefault("Allow")}'";
        }
    }

    [GeneratedRegex(@"\bat (System|Microsoft|Site)\.[\w.`<>]+\(|\.cs:line \d|Unhandled exception", RegexOptions.CultureInvariant)]
    private static partial Regex StackTrace();

    /// <summary>One request on its own connection, written byte for byte; the response read to the end (de-chunked).</summary>
    private static async Task<(int Status, IReadOnlyDictionary<string, string> Headers, string Body)> SendRawAsync(Uri address, string method, string target)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(IPAddress.Loopback, address.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(HostileRequests.Raw(method, target), timeout.Token);
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // Kestrel may reset a connection after answering a request it refused; what arrived is kept.
        }

        var bytes = received.ToArray();
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0) return (0, new Dictionary<string, string>(), Encoding.UTF8.GetString(bytes));
        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var body = bytes[(end + 4)..];
        if (headers.GetValueOrDefault("Transfer-Encoding") == "chunked") body = Dechunk(body);
        return (status, headers, Encoding.UTF8.GetString(body));
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        using var body = new MemoryStream();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.AsSpan(position).IndexOf("\r\n"u8);
            if (lineEnd < 0) break;
            var size = Convert.ToInt32(Encoding.ASCII.GetString(chunked, position, lineEnd).Split(';')[0], 16);
            if (size == 0) break;
            var start = position + lineEnd + 2;
            var take = Math.Min(size, chunked.Length - start);
            body.Write(chunked, start, take);
            position = start + take + 2;
        }
        return body.ToArray();
    }
}
