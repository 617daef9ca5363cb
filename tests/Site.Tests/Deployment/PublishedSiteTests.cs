using System.Globalization;
using System.Net;
using AngleSharp.Html.Parser;

namespace Site.Tests.Deployment;

/// <summary>
/// The container build, checked without Docker: the Dockerfile's shape, and the site that its own publish
/// command produces, run as its ENTRYPOINT and ENV say, from a working directory that is not the app's folder.
/// </summary>
[Collection(UsesPublishedSite.Name)]
[Trait(TestCategory.Name, TestCategory.Published)]
public sealed class PublishedSiteTests(PublishedSite site)
{
    [Fact]
    public void Dockerfile_RunsAsNonRootUser()
    {
        var user = site.Dockerfile.RuntimeStage.Arguments("USER").LastOrDefault();

        Assert.NotNull(user);
        var name = user.Split(':')[0];
        Assert.NotEqual("root", name);
        Assert.NotEqual("0", name);
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
    public void Dockerfile_CopiesEveryProjectAndBuildSettingBeforeItsRestore()
    {
        // The restore layer sees only what was copied before it: a project it lacks fails the build, and a settings
        // file it lacks (package versions, the rules .editorconfig turns off) builds differently, or not at all.
        var instructions = site.Dockerfile.BuildStage.Instructions;
        var restore = instructions.ToList().FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet restore", StringComparison.Ordinal));
        Assert.True(restore >= 0, "the build stage runs no 'dotnet restore'");
        var copiedBefore = instructions.Take(restore).Where(i => i.Keyword == "COPY")
            .SelectMany(i => Dockerfile.SplitWords(i.Arguments).SkipLast(1)).ToList();
        var projects = Directory.GetFiles(Path.Combine(site.RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(site.RepositoryRoot, path).Replace('\\', '/'));

        string[] settings = [".editorconfig", "Directory.Build.props", "Directory.Packages.props", "global.json"];

        Assert.All(projects.Concat(settings), file => Assert.Contains(file, copiedBefore));
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
    public async Task EveryPostOnTheHomePage_Answers200WithItsTitle()
    {
        // Whatever posts the repository holds: they are the author's to replace.
        var home = Html.Parse(await GetNonEmptyAsync("/"));
        foreach (var link in home.QuerySelectorAll(".entries .entry h2 a"))
        {
            var page = Html.Parse(await GetNonEmptyAsync(link.GetAttribute("href")!));
            Assert.Equal(link.TextContent.Trim(), page.QuerySelector("h1")?.TextContent.Trim());
        }
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
    public async Task EveryFileOfWwwroot_IsServedAsItIs()
    {
        var wwwroot = Path.Combine(site.RepositoryRoot, "wwwroot");
        foreach (var file in Directory.EnumerateFiles(wwwroot, "*", SearchOption.AllDirectories))
        {
            var path = "/" + Path.GetRelativePath(wwwroot, file).Replace('\\', '/');
            using var response = await site.Client.GetAsync(path);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            Assert.Equal(await File.ReadAllBytesAsync(file), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_file_of_wwwroot_replaced_after_the_build_is_served_as_it_is_now_compressed_copies_aside(string? encoding)
    {
        var favicon = Path.Combine(site.PublishDirectory, "wwwroot", "favicon.svg");
        var (built, builtTime) = (await File.ReadAllBytesAsync(favicon), File.GetLastWriteTimeUtc(favicon));
        var fingerprinted = (await site.Client.GetDocumentAsync("/")).Head!.QuerySelector("link[rel='icon']")!.GetAttribute("href")!;
        var authors = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"teal\"/></svg>\n";
        try
        {
            await File.WriteAllTextAsync(favicon, authors);
            foreach (var path in new[] { "/favicon.svg", fingerprinted })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
                using var response = await site.Client.SendAsync(request);

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Empty(response.Content.Headers.ContentEncoding);
                Assert.Equal(authors, await response.Content.ReadAsStringAsync());
            }
        }
        finally
        {
            await File.WriteAllBytesAsync(favicon, built);
            File.SetLastWriteTimeUtc(favicon, builtTime);
        }
    }

    [Fact]
    public async Task A_file_copied_into_the_running_site_wwwroot_or_posts_folder_is_served_at_once()
    {
        var name = $"added-{Guid.NewGuid():N}.txt";
        var copies = new[] { Path.Combine(site.PublishDirectory, "wwwroot", name), Path.Combine(site.PublishDirectory, "posts", "files", name) };
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/" + name)).StatusCode);
        try
        {
            foreach (var copy in copies)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                await File.WriteAllTextAsync(copy, copy);
            }

            Assert.Equal(copies[0], await site.Client.GetStringAsync("/" + name));
            Assert.Equal(copies[1], await site.Client.GetStringAsync("/files/" + name));
        }
        finally
        {
            foreach (var copy in copies) File.Delete(copy);
        }
    }

    [Fact]
    public async Task CodeBlocks_AreHighlighted_WithTheNativeRegexLibraryPublishedBesideTheApp()
    {
        // TextMateSharp's grammars run on Oniguruma, a native library from the Onigwrap package: the linux-x64 publish
        // must put it beside Site.dll, and the app must load it whatever folder it is started from.
        Assert.True(File.Exists(Path.Combine(site.PublishDirectory, "libonigwrap.so")), "libonigwrap.so is not in the publish output");
        var elsewhere = Directory.CreateTempSubdirectory("site-published-cwd-");
        var (started, client) = await site.StartServerAsync(new Dictionary<string, string?> { ["Site__PostsPath"] = SiteFactory.SamplePostsPath },
            workingDirectory: elsewhere.FullName);
        using (started)
        using (client)
        {
            var page = Html.Parse(await client.GetStringAsync("/posts/annotation-agreement"));

            Assert.Contains(page.QuerySelectorAll("pre.highlight > code.language-python span.nf"), span => span.TextContent == "kappa");
            Assert.Contains(page.QuerySelectorAll("pre.highlight > code.language-yaml span.nt"), span => span.TextContent == "threshold");
        }
        elsewhere.Delete(recursive: true);
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
        var (exitCode, output) = await site.RunAsync("check");

        var summary = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => !line.Contains(": warning: ", StringComparison.Ordinal) && !line.Contains(": note: ", StringComparison.Ordinal));
        var found = System.Text.RegularExpressions.Regex.Match(summary, @"^(\d+) posts?, (\d+) pages?, 0 errors, \d+ warnings?$");
        Assert.True(found.Success, output);
        var postFiles = Directory.EnumerateFiles(Path.Combine(site.PublishDirectory, "posts"), "*.md", SearchOption.AllDirectories).Count();
        Assert.True(postFiles == 0 || int.Parse(found.Groups[1].Value, CultureInfo.InvariantCulture) + int.Parse(found.Groups[2].Value, CultureInfo.InvariantCulture) > 0, "the baked-in posts were not read");
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task SiteSettings_AreOverriddenByEnvironmentVariables()
    {
        var home = Html.Parse(await site.Client.GetStringAsync("/"));
        Assert.Equal(PublishedSite.Title, home.Title);
    }
}
