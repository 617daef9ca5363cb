namespace Site.Tests;

/// <summary>
/// The traits that let the slow tests be left out of an inner loop:
/// <c>dotnet test --filter "Category!=Browser&amp;Category!=Published"</c>.
/// </summary>
public static class TestCategory
{
    public const string Name = "Category";

    /// <summary>Drives Debian's Chromium.</summary>
    public const string Browser = "Browser";

    /// <summary>Publishes the site as the Dockerfile does and runs the published app.</summary>
    public const string Published = "Published";
}
