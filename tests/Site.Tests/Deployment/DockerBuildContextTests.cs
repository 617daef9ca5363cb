namespace Site.Tests.Deployment;

/// <summary>
/// What the .dockerignore lets into the build context: everything the build stage needs (posts are Markdown,
/// so a broad *.md rule would silently drop them), and none of the host's build output (a host obj/ copied
/// over the container's restore breaks <c>--no-restore</c>) or npm folders (the node stage installs its own).
/// </summary>
public sealed class DockerBuildContextTests
{
    private static readonly string RepositoryRoot = Tests.RepositoryRoot.Path;
    private static readonly DockerIgnore Rules = DockerIgnore.Load(Path.Combine(RepositoryRoot, ".dockerignore"));

    [Theory]
    [InlineData("posts")]
    [InlineData("wwwroot")]
    [InlineData("src")]
    public void Dockerignore_KeepsEverySourceFileOf(string folder)
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryRoot, file).Replace('\\', '/'))
            .Where(file => !file.Contains("/bin/") && !file.Contains("/obj/") && !file.Contains("/node_modules/"))
            .ToList();

        Assert.NotEmpty(files);
        var excluded = files.Where(Rules.Excludes).ToList();
        Assert.True(excluded.Count == 0, "left out of the build context: " + string.Join(", ", excluded));
    }

    [Theory]
    [InlineData("Directory.Build.props")]
    [InlineData("Directory.Packages.props")]
    [InlineData("global.json")]
    [InlineData(".editorconfig")]
    [InlineData("Site.sln")]
    [InlineData("posts/2024-03-12-community-data-stewardship.md")]
    [InlineData("posts/drafts/nested-post.md")]
    [InlineData("src/Site.Content/package.json")]
    [InlineData("src/Site.Content/package-lock.json")]
    public void Dockerignore_Keeps(string path) => Assert.False(Rules.Excludes(path), $"{path} is excluded");

    [Theory]
    [InlineData("src/Site/bin/Debug/net10.0/Site.dll")]
    [InlineData("src/Site/obj/project.assets.json")]
    [InlineData("src/Site.Content/node_modules/temml/dist/temml.min.js")]
    [InlineData("tests/Site.Tests/Site.Tests.csproj")]
    [InlineData("tests/artifacts/report.txt")]
    [InlineData("TestResults/run.trx")]
    [InlineData(".git/HEAD")]
    [InlineData("README.md")]
    public void Dockerignore_Excludes(string path) => Assert.True(Rules.Excludes(path), $"{path} is sent to the build context");
}
