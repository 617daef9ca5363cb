namespace Site.Content.Images;

/// <summary>When a browser should fetch an image.</summary>
public enum ImagePriority
{
    /// <summary>When it comes near the screen: an image further down the page.</summary>
    Lazy,

    /// <summary>At once, among the page's other resources: an image likely in view as the page opens.</summary>
    Eager,

    /// <summary>At once and before other images: the one likely to be the page's largest paint.</summary>
    Lead,
}
