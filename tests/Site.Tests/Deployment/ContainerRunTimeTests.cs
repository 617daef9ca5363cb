using System.Net;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;

namespace Site.Tests.Deployment;

/// <summary>
/// What the container needs at run time, replayed without Docker on the Dockerfile's own publish output: base images
/// pinned, a health check that needs no curl and tells a live site from a dead one, a start as the image's non-root user
/// on a read-only file system with nothing written, and a clear exit when the posts folder is missing.
/// </summary>
[Collection(UsesPublishedSite.Name)]
[SupportedOSPlatform("linux")] // as the container is: setpriv, Unix file modes
[Trait(TestCategory.Name, TestCategory.Published)]
public sealed partial class ContainerRunTimeTests(PublishedSite site)
{
    [Fact]
    public void Dockerfile_PinsEveryBaseImageToAnExactVersion()
    {
        foreach (var stage in site.Dockerfile.Stages)
            Assert.Matches(ExactVersionOrDigest(), stage.BaseImage);
    }

    [GeneratedRegex(@"(:\d+\.\d+\.\d+[\w.-]*|@sha256:[0-9a-f]{64})$")]
    private static partial Regex ExactVersionOrDigest();

    [Fact]
    public void Dockerfile_RunsAsTheImagesNonRootUser()
    {
        Assert.Equal("$APP_UID", site.Dockerfile.RuntimeStage.Arguments("USER").Last());
    }

    [Fact]
    public async Task Healthcheck_OfTheDockerfile_PassesAgainstTheRunningSite_WithoutCurl()
    {
        var command = site.Dockerfile.HealthcheckCommand();
        Assert.Equal(["dotnet", site.Dockerfile.Entrypoint()[1]], command.Take(2));

        var (exitCode, output) = await site.RunAsync([.. command.Skip(2)]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("/healthz: 200 Healthy", output);
    }

    [Fact]
    public async Task Healthcheck_OfTheDockerfile_FailsWhenNothingAnswers()
    {
        var nobody = $"http://127.0.0.1:{PublishedSite.FreeLoopbackPort()}";

        var (exitCode, output) = await site.RunAsync(new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = nobody }, [.. site.Dockerfile.HealthcheckCommand().Skip(2)]);

        Assert.Equal(1, exitCode);
        Assert.Contains("no answer", output);
    }

    [Fact]
    public async Task Sighup_ServesThePostsFolderAsItIsNow_WithoutARestart()
    {
        var posts = Directory.CreateTempSubdirectory("site-hup-");
        await File.WriteAllTextAsync(Path.Combine(posts.FullName, "2024-01-01-one.md"), "---\ntitle: One\n---\n\nOne.\n");
        var (started, client) = await site.StartServerAsync(new Dictionary<string, string?> { ["Site__PostsPath"] = posts.FullName });
        using (started)
        using (client)
        {
            await File.WriteAllTextAsync(Path.Combine(posts.FullName, "2024-01-02-two.md"), "---\ntitle: Two\n---\n\nTwo.\n");
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/posts/two")).StatusCode);

            started.HangUp();

            await Eventually.TrueAsync(async () => (await client.GetAsync("/posts/two")).StatusCode == HttpStatusCode.OK, "the post added before SIGHUP is served");
            Assert.False(started.HasExited, started.Output);
            Assert.Contains("SIGHUP", started.Output);
        }
        posts.Delete(recursive: true);
    }

    [Fact]
    public async Task MissingPostsFolder_ExitsWithCode1AndOneClearLine()
    {
        var (exitCode, output) = await site.RunAsync(new Dictionary<string, string?> { ["Site__PostsPath"] = "/no/such/posts" });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("/no/such/posts"));
        Assert.EndsWith("Posts folder /no/such/posts not found (Site:PostsPath): stopping, as Site:MissingPostsFolder is Exit", line);
        Assert.DoesNotContain("   at ", output);
    }

    /// <summary>
    /// The published folder and HOME read-only, the process as the image's non-root user (through setpriv when the tests
    /// run as root, who could write anyway): the site starts healthy, serves pages, and no file appears or changes in the
    /// app's folder, HOME or the temp folder; only the cache of resized images, given a folder of its own, is written. DataProtection is the usual culprit: it writes keys under HOME.
    /// </summary>
    [Fact]
    public async Task ReadOnlyStart_AsANonRootUser_WritesNothing()
    {
        var root = Path.GetDirectoryName(site.PublishDirectory)!;
        var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
        var temp = Directory.CreateDirectory(Path.Combine(root, "tmp")).FullName;
        var watched = new[] { site.PublishDirectory, home, temp };
        var asRoot = Environment.UserName == "root";
        if (asRoot && !File.Exists("/usr/bin/setpriv")) Assert.Fail("running as root without /usr/bin/setpriv: cannot start the site as a non-root user");

        File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        foreach (var folder in watched) SetWritable(folder, false);
        try
        {
            var before = Snapshot(watched);
            var port = PublishedSite.FreeLoopbackPort();
            var address = new Uri($"http://127.0.0.1:{port}");
            // As in the image: the port from ASPNETCORE_HTTP_PORTS (its value here a free port, not 8080), no URLS.
            var ports = new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = null, ["ASPNETCORE_HTTP_PORTS"] = $"{port}" };
            var environment = site.SiteEnvironment(address);
            foreach (var (name, value) in ports) environment[name] = value;
            environment["HOME"] = home;
            environment["TMPDIR"] = temp;
            // The one folder it writes: resized images, on the volume (or tmpfs) a read-only container is given for them.
            var cache = Directory.CreateDirectory(Path.Combine(root, "cache")).FullName;
            File.SetUnixFileMode(cache, (UnixFileMode)0b111_111_111);
            environment["Site__CachePath"] = cache;
            // As a deployment sets it: the default address is warned about at start, and this run must warn about nothing.
            environment["Site__BaseUrl"] = "https://notes.example";
            // The tests' own posts, which warn about nothing (the baked-in posts are the adopter's, and so are their
            // warnings), copied where the app's user can read them.
            var posts = Directory.CreateDirectory(Path.Combine(root, "sample-posts")).FullName;
            foreach (var post in Directory.EnumerateFiles(SiteFactory.SamplePostsPath)) File.Copy(post, Path.Combine(posts, Path.GetFileName(post)), overwrite: true);
            environment["Site__PostsPath"] = posts;
            var entrypoint = Path.Combine(site.PublishDirectory, site.Dockerfile.Entrypoint()[1]);
            string[] command = asRoot
                ? ["--reuid", $"{PublishedSite.AppUid}", "--regid", $"{PublishedSite.AppUid}", "--clear-groups", ChildProcess.DotnetHost, entrypoint]
                : [entrypoint];
            using var started = ChildProcess.Start(asRoot ? "/usr/bin/setpriv" : ChildProcess.DotnetHost, command, root, environment);
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };

            await PublishedSite.WaitUntilHealthyAsync(client, started);
            foreach (var path in new[] { "/", "/posts/community-data-stewardship", "/feed.xml", "/no-such-page", "/archive" })
                (await client.GetAsync(path)).Dispose();
            var (healthcheck, healthOutput) = await site.RunAsync(ports, [.. site.Dockerfile.HealthcheckCommand().Skip(2)]);
            started.Kill();

            Assert.True(healthcheck == 0, healthOutput);
            Assert.DoesNotContain("fail", started.Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("warn:", started.Output);
            Assert.Equal(before, Snapshot(watched));
        }
        finally
        {
            foreach (var folder in watched) SetWritable(folder, true);
        }
    }

    /// <summary>Every file and folder under the folders, with its size and last write time.</summary>
    private static string Snapshot(IEnumerable<string> folders) => string.Join("\n",
        folders.SelectMany(folder => new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Prepend(new DirectoryInfo(folder)))
            .Select(entry => $"{entry.FullName} {(entry is FileInfo file ? file.Length : -1)} {entry.LastWriteTimeUtc:O}")
            .Order(StringComparer.Ordinal));

    private static void SetWritable(string folder, bool writable)
    {
        const UnixFileMode write = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Prepend(new DirectoryInfo(folder)))
        {
            if (entry.LinkTarget is not null) continue;
            var mode = entry.UnixFileMode;
            // Readable and (for folders) traversable by the other user that the site runs as; writable by nobody.
            mode |= UnixFileMode.OtherRead | (entry is DirectoryInfo ? UnixFileMode.OtherExecute : 0);
            entry.UnixFileMode = writable ? (mode | UnixFileMode.UserWrite) : (mode & ~write);
        }
    }
}
