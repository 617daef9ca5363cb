namespace Site.Content.Tests.Catalog;

/// <summary>A posts folder with one good post, for posts written to break the site beside it (a class of its own each runs in parallel).</summary>
public abstract class HostilePostsFolder : IDisposable
{
    protected static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    protected HostilePostsFolder() => Folder.Post("2024-01-01-good.md", "title: Good");

    protected TempPostsFolder Folder { get; } = new();

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    protected PostCatalog Build(int maxParseMilliseconds = CatalogSource.DefaultMaxParseMilliseconds) =>
        CatalogBuilder.Build(new CatalogSource(Folder.PostsPath, null, TimeZoneInfo.Utc, MaxParseMilliseconds: maxParseMilliseconds), Now);

    /// <summary>The hostile file is the one error, and the good post is served.</summary>
    protected static ContentDiagnostic SkippedAndTheRestServed(PostCatalog catalog, string path)
    {
        Assert.Equal("Good", catalog.FindPost("good")?.Title);
        var error = Assert.Single(catalog.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(path, error.Path);
        return error;
    }
}
