using Microsoft.Extensions.Options;
using Site.Content.Reading;

namespace Site.Web;

/// <summary>
/// The local images of the site, where it serves them: a file of <c>wwwroot/</c> (the build's, or one added since),
/// else one of the posts folder. Their headers are read once per file for the life of the site.
/// </summary>
public sealed class SiteImages(IOptions<SiteOptions> options, IWebHostEnvironment environment)
{
    private readonly string? _staticFilesFolder = ContentFolders.StaticFilesFolder(environment);
    private readonly string _postsPath = ContentFolders.PostsFolder(options.Value, environment);

    public ImageHeaders Headers { get; } = new(options.Value.MaxImagePixels);

    // The served folder's images, for the variant requests: its _config.yml read once, as FolderFiles reads it.
    private ImageFolders? _served;

    /// <summary>The images of one catalog build over <paramref name="postsPath"/>, with its <c>_config.yml</c> as it is now.</summary>
    public ImageFolders In(string postsPath) => new(WwwrootFile, postsPath, Headers, JekyllConfig.Read(postsPath).Excludes);

    /// <summary>The file the site serves at <paramref name="sitePath"/>, from the posts folder it serves; null when there is none.</summary>
    public string? FullPathOf(string sitePath) => (_served ??= In(_postsPath)).FullPathOf(sitePath);

    private string? WwwrootFile(string sitePath)
    {
        if (environment.WebRootFileProvider.GetFileInfo(sitePath) is { Exists: true, IsDirectory: false, PhysicalPath: { } built }) return built;
        // As FolderFiles serves them: never a dot-file or a file of a dot-folder.
        return _staticFilesFolder is not null && !sitePath.Split('/').Any(part => part.StartsWith('.'))
            && ContainedPath.Resolve(_staticFilesFolder, sitePath.TrimStart('/')) is { } added && File.Exists(added) ? added : null;
    }
}
