using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Site.Web;

/// <summary>
/// Gives a response of an endpoint marked with <see cref="KeptAttribute"/> its validators: a strong ETag that is a hash of
/// the bytes as sent (so each content coding has its own), its Cache-Control and its length; and answers 304 to an
/// If-None-Match holding that tag. Only runs when a response is produced: the output cache keeps these headers and
/// answers later requests, 304s included, by itself. The same bytes give the same tag in every process, so replicas
/// behind one proxy or CDN agree.
/// </summary>
public sealed class ContentETag(RequestDelegate next, IWebHostEnvironment environment)
{
    private readonly bool _development = environment.IsDevelopment();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<KeptAttribute>() is not { } kept)
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var body = response.Body;
        var method = context.Request.Method;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        // A HEAD is made as the GET it stands for (minimal APIs would write no body), so that its ETag and length are
        // the GET's; the server drops the body.
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
            context.Request.Method = method;
        }

        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = Tag(bytes.Span);
            response.Headers.ETag = tag;
            response.Headers.CacheControl = _development ? KeptAttribute.DevelopmentCacheControl : kept.CacheControl;
            // Compression adds it only when the client accepts some coding; a CDN must know it for the plain copy too.
            if (StringValues.IsNullOrEmpty(response.Headers.Vary)) response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (Matches(context.Request.Headers.IfNoneMatch, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            response.ContentLength = bytes.Length;
        }
        if (bytes.Length > 0) await body.WriteAsync(bytes, context.RequestAborted);
    }

    /// <summary>128 bits of SHA-256, base64url: collisions are out of reach, and the header stays short.</summary>
    private static string Tag(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        return $"\"{Base64Url.EncodeToString(hash[..16])}\"";
    }

    /// <summary>If-None-Match compares weakly (RFC 9110, 13.1.2): a <c>W/</c> copy of the tag matches too.</summary>
    private static bool Matches(StringValues ifNoneMatch, string tag) =>
        ifNoneMatch.Count > 0 && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var candidates)
            && candidates.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Tag.Equals(tag));
}
