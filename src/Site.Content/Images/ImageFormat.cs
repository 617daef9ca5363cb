namespace Site.Content.Images;

/// <summary>The raster formats the site resizes.</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
    Gif,
    Webp,
}
