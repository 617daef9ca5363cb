using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>
/// Pages, feeds and the sitemap are made once per catalog and served from memory: ASP.NET's output cache keeps each
/// response whole, compressed (Brotli or gzip, as the client accepts), with its ETag and Cache-Control. Each endpoint
/// chooses: those marked <see cref="KeptAttribute"/> are kept, the others not; search results in a part of the store of
/// their own (<see cref="SplitOutputCacheStore"/>).
/// </summary>
public static class PageCaching
{
    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            // Less than a crawl of every page of a big site would keep: the pages read most stay kept within it, next to
            // what the catalog itself holds (docs/benchmarks.md, step 6).
            options.SizeLimit = 32 * 1024 * 1024;
            options.AddBasePolicy(policy => policy.AddPolicy<CatalogCachePolicy>());
        });
        services.AddSingleton<IOutputCacheStore>(provider =>
            new SplitOutputCacheStore(provider.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit, SplitOutputCacheStore.ApartLimitBytes));
        services.AddResponseCompression(options =>
        {
            // BREACH needs a secret in the page and attacker-chosen text beside it; these pages carry no secret.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/atom+xml"];
        });
        // Each copy is compressed once and then served many times, so the smaller output is worth the time.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>After routing, which says whether the endpoint is one that is kept.</summary>
    public static IApplicationBuilder UsePageCaching(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        app.UseMiddleware<ContentETag>();
        return app.UseWhen(context => context.GetEndpoint()?.Metadata.GetMetadata<KeptAttribute>() is not null, kept => kept.UseResponseCompression());
    }

    /// <summary>Keeps this endpoint's responses (see <see cref="KeptAttribute"/>).</summary>
    public static TBuilder Kept<TBuilder>(this TBuilder builder, Freshness freshness, params string[] varyByQuery) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new KeptAttribute(freshness, varyByQuery));
}
