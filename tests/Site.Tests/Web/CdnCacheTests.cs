using System.Net;

namespace Site.Tests.Web;

/// <summary>
/// docs/nginx-cache.conf, the cache docs/deploy.md puts in front of the site, run with nginx in front of two replicas
/// over the same posts: it keeps what the site lets it keep, and answers with it when both replicas are stopped.
/// (bench/cdn.sh also waits for the copies to expire, and shows them served stale.)
/// </summary>
public sealed class CdnCacheTests
{
    [NginxFact]
    public async Task The_documented_cache_answers_from_its_copies_when_both_replicas_are_stopped()
    {
        await using var replicaA = new FixtureSite();
        await using var replicaB = new FixtureSite();
        var (a, b) = (replicaA.StartKestrel(), replicaB.StartKestrel());
        // Inside nginx's own temporary prefix, which goes with it.
        const string cache = "cache";
        var configuration = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "nginx-cache.conf"))
            .Replace("server 10.0.0.11:8080", $"server {a.Authority}", StringComparison.Ordinal)
            .Replace("server 10.0.0.12:8080", $"server {b.Authority}", StringComparison.Ordinal)
            .Replace("/var/cache/nginx/site", cache, StringComparison.Ordinal);
        using var nginx = await Nginx.StartAsync(port => configuration.Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal));
        using var client = replicaA.CreateClientOf(nginx.Address);
        string[] urls = ["/", "/posts/first-light", "/page/2", "/feed.xml"];

        var first = new Dictionary<string, (string? Tag, byte[] Body)>();
        foreach (var url in urls)
        {
            using var miss = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
            Assert.Equal("MISS", CacheStatus(miss));
            first[url] = (miss.Headers.ETag?.Tag, await miss.Content.ReadAsByteArrayAsync());
            using var hit = await client.GetAsync(url);
            Assert.Equal("HIT", CacheStatus(hit));
        }

        await replicaA.DisposeAsync();
        await replicaB.DisposeAsync();

        foreach (var url in urls)
        {
            using var kept = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
            Assert.Equal(first[url].Tag, kept.Headers.ETag?.Tag);
            Assert.Equal(first[url].Body, await kept.Content.ReadAsByteArrayAsync());
        }
        using var never = await client.GetAsync("/archive");
        Assert.Equal(HttpStatusCode.BadGateway, never.StatusCode);
    }

    private static string? CacheStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Cache-Status", out var values) ? values.Single() : null;
}
