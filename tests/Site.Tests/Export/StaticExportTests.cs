using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Site.Tests.Export;

/// <summary>
/// <c>Site.dll export</c> over the fixture site, as an author runs it, then the exported folder served by nginx with the
/// configuration the export wrote: every address of the route table (every page of every listing, every file), every
/// old address and a few unknown ones answer with the status, <c>Location</c> and body the running site gives. (Archive
/// periods other than the years that have posts, <c>/archive/2019-2020</c> or a year with none, are the server's alone.)
/// </summary>
public sealed class StaticExportTests(FixtureSite site) : IClassFixture<FixtureSite>, IDisposable
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("export-");

    [NginxFact]
    public async Task Nginx_serving_the_exported_folder_answers_every_address_as_the_site_does()
    {
        var (exitCode, output) = await ExportAsync();
        Assert.True(exitCode == 0, output);
        Assert.Contains("not exported, as only the running site can answer them: /healthz, /search, /error", output, StringComparison.Ordinal);

        // A site served under a path is served there from the folder, as README.md shows it.
        var served = ServedPath.Base.Length == 0
            ? $$"""
                root {{_out.FullName}};
                include {{_out.FullName}}/_nginx/site.conf;
            """
            : $$"""
                location = {{ServedPath.Base}} { return 301 {{ServedPath.Base}}/; }
                location {{ServedPath.Base}}/ {
                    alias {{_out.FullName}}/;
                    include {{_out.FullName}}/_nginx/site.conf;
                }
            """;
        using var nginx = await Nginx.StartAsync(port => $$"""
            include {{_out.FullName}}/_nginx/redirects.conf;
            server {
                listen 127.0.0.1:{{port}};
            {{served}}
            }
            """);
        using var server = site.CreateNonRedirectingClient();
        using var copy = site.CreateClientOf(nginx.Address, followRedirects: false);

        var catalog = site.Services.GetRequiredService<CatalogStore>().Current;
        var addresses = catalog.Routes.Addresses.SelectMany(address => address.WithPages(pageSize: 5))
            .Where(address => address.Route is null or { NeedsServer: false, DevelopmentOnly: false }).Select(address => address.Path).ToList();
        var oldAddresses = catalog.Posts.SelectMany(post => post.OldUrls).SelectMany(old => new[] { old, old + "/" }).ToList();
        var differences = new List<string>();
        foreach (var path in addresses.Concat(AssetPaths()).Concat(oldAddresses).Concat(Others))
        {
            var url = PathAndQuery(path);
            using var expected = await server.GetAsync(url);
            using var actual = await copy.GetAsync(url);
            var (expectedBody, actualBody) = (await expected.Content.ReadAsByteArrayAsync(), await actual.Content.ReadAsByteArrayAsync());
            if (expected.StatusCode != actual.StatusCode)
                differences.Add($"{path}: {(int)expected.StatusCode} from the site, {(int)actual.StatusCode} from nginx");
            else if (expected.Headers.Location?.OriginalString != actual.Headers.Location?.OriginalString)
                differences.Add($"{path}: Location {expected.Headers.Location} from the site, {actual.Headers.Location} from nginx");
            else if (expected.StatusCode != HttpStatusCode.MovedPermanently && !expectedBody.AsSpan().SequenceEqual(actualBody))
                differences.Add($"{path}: another body ({expectedBody.Length} bytes from the site, {actualBody.Length} from nginx)");
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences) + "\n" + nginx.Output);
        Assert.Contains("/categories/series/page/3", addresses);
        Assert.Contains("/not-found", addresses);
        Assert.Contains(oldAddresses, old => old.EndsWith(".html", StringComparison.Ordinal));
        foreach (var old in oldAddresses)
        {
            using var redirect = await copy.GetAsync(PathAndQuery(old));
            Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        }
    }

    [NginxFact]
    public async Task Hosts_without_nginx_get_the_same_redirects_as_a_redirects_file_and_as_pages_at_the_old_addresses()
    {
        var (exitCode, output) = await ExportAsync();
        Assert.True(exitCode == 0, output);

        var redirects = File.ReadAllLines(Path.Combine(_out.FullName, "_redirects"));
        // A site served under a path has it in every address of the file; the file's own place in the folder has it not.
        var (oldPath, postPath) = (ServedPath.Of("/old/first-light"), ServedPath.Of("/posts/first-light"));
        Assert.Contains($"{oldPath} {postPath} 301", redirects);
        Assert.Contains($"{oldPath}/ {postPath} 301", redirects);
        Assert.Contains(ServedPath.Of("/research%20notes/2017/03/03/Donn%C3%A9es%20Ouvertes.html") + " " + ServedPath.Of("/posts/donn%C3%A9es-ouvertes") + " 301", redirects);

        var page = await File.ReadAllTextAsync(Path.Combine(_out.FullName, "old", "first-light", "index.html"));
        Assert.Contains($"""<link rel="canonical" href="{FixtureSite.BaseUrl}{postPath}">""", page, StringComparison.Ordinal);
        Assert.Contains($"""<meta http-equiv="refresh" content="0; url={postPath}">""", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_out.FullName, "research notes", "2017", "03", "03", "Données Ouvertes.html")));
        Assert.Contains("This page is not here", await File.ReadAllTextAsync(Path.Combine(_out.FullName, "404.html")), StringComparison.Ordinal);
    }

    /// <summary>A page's other spellings, an old address with a query, and addresses the site does not have.</summary>
    private static readonly string[] Others =
    [
        "/posts/first-light/", "/about/", "/page/2/", "/categories/series/page/2/", "/posts/donne\u0301es-ouvertes",
        "/old/first-light/?utm_source=feed", "/no/such/page", "/posts/no-such-post", "/page/9", "/tags/no-such-tag",
    ];

    private IEnumerable<string> AssetPaths() =>
        site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(path => !path.Contains('{', StringComparison.Ordinal));

    private static string PathAndQuery(string pathAndQuery)
    {
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? new PathString(pathAndQuery).ToUriComponent() : new PathString(pathAndQuery[..query]).ToUriComponent() + pathAndQuery[query..];
    }

    private async Task<(int ExitCode, string Output)> ExportAsync(params string[] arguments)
    {
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("Site__", StringComparison.OrdinalIgnoreCase) || name == "ASPNETCORE_ENVIRONMENT")
            .ToDictionary(name => name, string? (_) => null);
        foreach (var (key, value) in FixtureSite.Settings) environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        environment["Site__BaseUrl"] = FixtureSite.BaseUrl + ServedPath.Base;
        using var export = ChildProcess.Start(ChildProcess.DotnetHost,
            [Path.Combine(AppContext.BaseDirectory, "Site.dll"), "export", "--posts", SiteFactory.FixturePostsPath, "--out", _out.FullName, .. arguments],
            AppContext.BaseDirectory, environment);
        var exitCode = await export.WaitForExitAsync(TimeSpan.FromSeconds(120));
        return (exitCode, export.Output);
    }

    public void Dispose() => _out.Delete(recursive: true);
}
