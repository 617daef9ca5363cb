using Microsoft.Net.Http.Headers;

namespace Site.Web;

/// <summary>
/// Answers <see cref="SiteRoutes.ImageVariant"/>: a variant that is made, from the cache folder, to be kept for a year
/// unchanged (its name changes with the file); one that is not made yet, with the file itself meanwhile, to be asked
/// again (<c>no-cache</c>), its making queued. A name the catalog does not show is a 404.
/// </summary>
public static class ImageVariantEndpoint
{
    public const string Immutable = "public, max-age=31536000, immutable";

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapImageVariants(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(SiteRoutes.ImageVariant.Template, GetAndHead, (string name, HttpContext context, CatalogStore store, SiteImages images,
            ImageVariantCache cache, ImageVariantWorker worker) =>
        {
            if (!ImageVariant.TryParse(name, out var variant) || store.Current.FindPicture(variant.Version) is not { } picture
                || !picture.Variants.Contains(variant) || variant.UrlOf(picture.File) != SiteRoutes.ImageVariant.For(name)
                || images.FullPathOf(picture.File.SitePath) is not { } full)
                return Results.NotFound();

            var source = new FileInfo(full);
            var current = ImageFolders.VersionOf(picture.File.SitePath, source) == variant.Version;
            if (current && cache.Find(source, variant) is { } made)
            {
                context.Response.Headers.CacheControl = Immutable;
                return Results.File(made, ImageVariant.ContentTypeOf(variant.Format));
            }

            if (current) worker.Request(picture);
            context.Response.Headers.CacheControl = "no-cache";
            return Results.File(full, picture.File.Format is { } format ? ImageVariant.ContentTypeOf(format) : "application/octet-stream",
                lastModified: source.LastWriteTimeUtc, entityTag: new EntityTagHeaderValue($"\"{variant.Version}\""));
        });
        return endpoints;
    }
}
