using System.Net;
using AngleSharp.Html.Parser;

namespace Site.Tests.Deployment;

/// <summary>
/// The container build, checked without Docker: the Dockerfile's shape, and the site that its own publish
/// command produces, run as its ENTRYPOINT and ENV say, from a working directory that is not the app's folder.
/// </summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class PublishedSiteTests(PublishedSite site)
{
    private const string SeedPostPath = "/posts/community-data-stewardship";
    private const string SeedPostTitle = "community data stewardship and alternatives to Big AI";

    [Fact]
    public void Dockerfile_RunsAsNonRootUser()
    {
        var user = site.Dockerfile.RuntimeStage.Arguments("USER").LastOrDefault();

        Assert.NotNull(user);
        var name = user.Split(':')[0];
        Assert.DoesNotContain(name, new[] { "root", "0" });
    }

    [Fact]
    public void Dockerfile_ExposesPort8080AndListensOnIt()
    {
        var runtime = site.Dockerfile.RuntimeStage;
        var exposed = runtime.Arguments("EXPOSE").SelectMany(Dockerfile.SplitWords).Select(p => p.Split('/')[0]);
        var environment = runtime.Environment();

        Assert.Contains("8080", exposed);
        Assert.True(
            environment.GetValueOrDefault("ASPNETCORE_HTTP_PORTS") == "8080" || environment.GetValueOrDefault("ASPNETCORE_URLS", "").EndsWith(":8080", StringComparison.Ordinal),
            "the runtime ENV must make the site listen on 8080 (ASPNETCORE_HTTP_PORTS or ASPNETCORE_URLS)");
    }

    [Fact]
    public void Dockerfile_RuntimeEnvironmentIsProduction()
    {
        var environment = site.Dockerfile.RuntimeStage.Environment();

        Assert.Equal("Production", environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT") ?? environment.GetValueOrDefault("DOTNET_ENVIRONMENT"));
    }

    [Theory]
    [InlineData("src")]
    [InlineData("wwwroot")]
    [InlineData("posts")]
    public void Dockerfile_BuildStageCopiesFolder(string folder)
    {
        // COPY [--flags] source... destination; a bare "." copies the whole context.
        var sources = site.Dockerfile.BuildStage.Arguments("COPY")
            .Select(Dockerfile.SplitWords)
            .SelectMany(words => words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1))
            .Select(source => source.TrimStart('.', '/').TrimEnd('/'));

        Assert.Contains(sources, source => source == folder || source.Length == 0);
    }

    [Fact]
    public void Dockerfile_CopiesEveryProjectFileBeforeItsRestore()
    {
        // The restore layer sees only what was copied before it: a project it lacks fails the build.
        var instructions = site.Dockerfile.BuildStage.Instructions;
        var restore = instructions.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        Assert.True(restore >= 0, "the build stage runs no 'dotnet restore'");
        var copiedBefore = instructions.Take(restore).Where(i => i.Keyword == "COPY")
            .SelectMany(i => Dockerfile.SplitWords(i.Arguments).SkipLast(1)).ToList();
        var projects = Directory.GetFiles(Path.Combine(site.RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(site.RepositoryRoot, path).Replace('\\', '/'));

        Assert.All(projects, project => Assert.Contains(project, copiedBefore));
    }

    [Fact]
    public void Dockerfile_RuntimeStageCopiesThePublishOutput()
    {
        var publishOutput = site.Dockerfile.PublishOutput().TrimEnd('/');
        var copies = site.Dockerfile.RuntimeStage.Arguments("COPY").Select(Dockerfile.SplitWords);

        Assert.Contains(copies, words => words.Any(w => w.StartsWith("--from=", StringComparison.Ordinal)) && words.Any(w => w.TrimEnd('/') == publishOutput));
    }

    [Fact]
    public async Task Healthz_Answers200()
    {
        using var response = await site.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HomePage_Answers200WithContent()
    {
        var html = await GetNonEmptyAsync("/");

        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SeedPost_Answers200WithItsTitle()
    {
        var html = await GetNonEmptyAsync(SeedPostPath);

        Assert.Contains(SeedPostTitle, html);
    }

    [Fact]
    public async Task StylesheetLinkedFromHomePage_IsServedAsNonEmptyCss()
    {
        var document = new HtmlParser().ParseDocument(await GetNonEmptyAsync("/"));
        var href = document.QuerySelector("link[rel=stylesheet][href]")?.GetAttribute("href");
        Assert.False(string.IsNullOrEmpty(href), "the home page links no stylesheet");

        using var response = await site.Client.GetAsync(new Uri(site.Client.BaseAddress!, href));

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} answered {(int)response.StatusCode}");
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task StylesheetLinkedFromHomePage_IsImmutable()
    {
        // Only a published app serves fingerprinted assets as immutable: a build's output answers no-cache.
        var document = new HtmlParser().ParseDocument(await GetNonEmptyAsync("/"));
        var href = document.QuerySelector("link[rel=stylesheet][href]")!.GetAttribute("href");

        using var response = await site.Client.GetAsync(new Uri(site.Client.BaseAddress!, href));

        Assert.Contains(response.Headers.CacheControl?.Extensions ?? [], extension => extension.Name == "immutable");
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task PreviewImage_IsServedNonEmpty()
    {
        using var response = await site.Client.GetAsync("/assets/img/ml-pipeline-preview.png");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"the image answered {(int)response.StatusCode}");
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<string> GetNonEmptyAsync(string path)
    {
        using var response = await site.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}. Site output:\n{site.SiteOutput}");
        Assert.False(string.IsNullOrWhiteSpace(body), $"{path} answered 200 with an empty body");
        return body;
    }

    [Fact]
    public async Task CheckVerb_RunsFromThePublishedFolder_OnTheBakedInPosts()
    {
        var (exitCode, output) = await site.RunAsync("check", "--strict");

        Assert.Equal("4 posts, 1 page, 0 errors, 0 warnings\n", output);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task SiteSettings_AreOverriddenByEnvironmentVariables()
    {
        var home = Html.Parse(await site.Client.GetStringAsync("/"));
        Assert.Equal(PublishedSite.Title, home.Title);
    }
}
