namespace Site.Content.Images;

/// <summary>The local images a body or a preview names, as their files are now.</summary>
public interface IImageFiles
{
    /// <summary>The image served at <paramref name="sitePath"/> (decoded, without query or fragment); null when no file is there.</summary>
    ImageFile? Find(string sitePath);
}
