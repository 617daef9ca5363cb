namespace Site.Content.Images;

/// <summary>
/// The <c>sizes</c> of the site's images: the width each is shown at, as wwwroot/css/site.css lays them out, so that a
/// browser picks its candidate before the stylesheet arrives. Change them with the stylesheet.
/// </summary>
public static class ImageSizes
{
    /// <summary>The body's column (the preview image on a post, body images): <c>.wrap</c> is 42rem wide with 1.25rem on each side.</summary>
    public const string Column = "(min-width: 42rem) 39.5rem, calc(100vw - 2.5rem)";

    /// <summary>
    /// A listing's card: 13rem beside the text from 40rem on; below, the column less the card's padding (1.1rem a side)
    /// and border.
    /// </summary>
    public const string Card = "(min-width: 40rem) 13rem, calc(100vw - 4.9rem)";
}
