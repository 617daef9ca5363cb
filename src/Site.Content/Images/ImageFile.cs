namespace Site.Content.Images;

/// <summary>
/// A local image as its file's header describes it: its size in pixels and in bytes, its format, and the version that
/// names its variants, which changes whenever the file does. <see cref="NotResized"/> says why it is sent as it is,
/// when it is (a format the site does not resize, too many pixels, a file it cannot decode); its width and height are
/// 0 when unknown.
/// </summary>
/// <param name="SitePath">Where the site serves it (<c>/assets/img/x.png</c>).</param>
public sealed record ImageFile(string SitePath, int Width, int Height, long Length, string Version, ImageFormat? Format, string? NotResized)
{
    public bool IsResized => NotResized is null;
}
