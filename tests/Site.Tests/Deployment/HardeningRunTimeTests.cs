using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Tests.Deployment;

/// <summary>
/// What a hostile client or a hurried host does to the published app, reproduced on a process of its own: a flood of
/// idle connections under a low open-file limit, a posts folder that can be listed but not entered, a stop that
/// comes while a response is still being sent.
/// </summary>
[Collection(UsesPublishedSite.Name)]
[SupportedOSPlatform("linux")] // prlimit, setpriv, Unix file modes, SIGTERM
[Trait(TestCategory.Name, TestCategory.Published)]
public sealed partial class HardeningRunTimeTests(PublishedSite site) : IDisposable
{
    private readonly string _posts = Directory.CreateTempSubdirectory("site-hardening-").FullName;

    public void Dispose()
    {
        File.SetUnixFileMode(_posts, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_posts, recursive: true);
    }

    private Dictionary<string, string?> Posts(params (string Name, string Text)[] files)
    {
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(_posts, name), text);
        return new Dictionary<string, string?> { ["Site__PostsPath"] = _posts };
    }

    [Fact]
    public async Task A_flood_of_idle_connections_is_turned_away_and_the_site_serves_as_soon_as_it_ends()
    {
        var environment = Posts(("2024-01-01-one.md", "---\ntitle: One\n---\nBody.\n"));
        var (started, client) = await site.StartServerAsync(environment, ["/usr/bin/prlimit", "--nofile=600:600"]);
        using (started)
        using (client)
        {
            Assert.Matches(ConnectionLimit(), started.Output);
            var flood = new List<Socket>();
            try
            {
                for (var i = 0; i < 600; i++)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    flood.Add(socket);
                    try
                    {
                        await socket.ConnectAsync(IPAddress.Loopback, client.BaseAddress!.Port);
                    }
                    catch (SocketException)
                    {
                        // Refused or reset: turned away, as it should be.
                    }
                }
                // Without a limit below the open-file limit, every accept failed from here on, and the site's memory
                // grew by ~10 MB/s until the runtime gave up ("Out of memory.", exit 134) after ~15 s.
                await Task.Delay(TimeSpan.FromSeconds(1));
                var before = ResidentMegabytes(started.Id);
                await Task.Delay(TimeSpan.FromSeconds(8));
                Assert.False(started.HasExited, $"the site died under the flood:\n{started.Output}");
                var growth = ResidentMegabytes(started.Id) - before;
                Assert.True(growth < 30, $"memory grew by {growth} MB in 8 s of the flood");
                // Kestrel logs a warning per refused connection: a flood would fill the log (and the disk) with them.
                Assert.DoesNotContain("maximum number of concurrent connections", started.Output, StringComparison.Ordinal);
            }
            finally
            {
                foreach (var socket in flood) socket.Dispose();
            }

            var clock = Stopwatch.StartNew();
            await PublishedSite.WaitUntilHealthyAsync(client, started);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"served again only after {clock.Elapsed}");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/posts/one")).StatusCode);
            Assert.True(ResidentMegabytes(started.Id) < 400, $"{ResidentMegabytes(started.Id)} MB resident after the flood");
        }
    }

    [Fact]
    public async Task A_posts_folder_that_can_be_listed_but_not_entered_stops_the_site_with_one_line()
    {
        var environment = Posts(("2024-01-01-one.md", "---\ntitle: One\n---\nBody.\n"));
        File.SetUnixFileMode(_posts, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var (exitCode, output) = await site.RunAsNonRootAsync(environment);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.Contains(_posts, StringComparison.Ordinal));
        Assert.Contains("unreadable", line, StringComparison.Ordinal);
        Assert.EndsWith("stopping, as Site:MissingPostsFolder is Exit", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_posts", false)]
    [InlineData("files", false)]
    [InlineData("_posts", true)]
    [InlineData("files", true)]
    public async Task A_posts_folder_whose_posts_the_site_may_not_open_stops_the_site_instead_of_serving_nothing(string what, bool besideAPage)
    {
        // The folder itself may be entered by the site's user (a temporary folder is its owner's only).
        File.SetUnixFileMode(_posts, (UnixFileMode)0b111_101_101);
        var posts = Directory.CreateDirectory(Path.Combine(_posts, "_posts")).FullName;
        var post = Path.Combine(posts, "2024-01-01-one.md");
        File.WriteAllText(post, "---\ntitle: One\n---\nBody.\n");
        // As an rsync with the author's umask, or files owned by another user than the container's, leaves them.
        if (what == "_posts") File.SetUnixFileMode(posts, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        else File.SetUnixFileMode(post, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        // A page that can be read is no post: the site would be its about page alone.
        var environment = besideAPage ? Posts(("about.md", "---\ntitle: About\nlayout: page\n---\nAbout me.\n")) : Posts();

        var (exitCode, output) = await site.RunAsNonRootAsync(environment);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("stopping, as Site:MissingPostsFolder is Exit", StringComparison.Ordinal));
        Assert.Contains("no post could be read", line, StringComparison.Ordinal);
        Assert.Contains("_posts", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stop_cuts_a_response_that_outlives_the_shutdown_timeout_and_says_so_in_its_exit_code()
    {
        // A body far larger than the socket buffers, sent to a client that reads none of it: the response stays under way.
        var body = new StringBuilder();
        while (body.Length < 24_000_000) body.Append("A paragraph of the long post, written out to fill the page.\n\n");
        var environment = Posts(("2024-01-01-long.md", "---\ntitle: Long\n---\n" + body));
        environment["Site__MaxPostBytes"] = "30000000";
        // Rendered in seconds, more on a loaded machine: the parse limit is not what this test is about.
        environment["Site__MaxParseMilliseconds"] = "120000";
        environment["Site__ShutdownTimeoutSeconds"] = "1";
        var (started, client) = await site.StartServerAsync(environment);
        using (started)
        using (client)
        using (var reader = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024 })
        {
            await reader.ConnectAsync(IPAddress.Loopback, client.BaseAddress!.Port);
            await reader.SendAsync(Encoding.ASCII.GetBytes("GET /posts/long HTTP/1.1\r\nHost: site.example\r\n\r\n"));
            await Task.Delay(TimeSpan.FromSeconds(2));

            var clock = Stopwatch.StartNew();
            started.Terminate();
            var exitCode = await started.WaitForExitAsync(TimeSpan.FromSeconds(20));

            Assert.True(exitCode == 1, started.Output);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"stopped after {clock.Elapsed}");
            Assert.Contains("Stopped with 1 responses cut short", started.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_stop_with_nothing_under_way_exits_at_once_with_code_0()
    {
        var (started, client) = await site.StartServerAsync(Posts(("2024-01-01-one.md", "---\ntitle: One\n---\nBody.\n")));
        using (started)
        using (client)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/posts/one")).StatusCode);
            var clock = Stopwatch.StartNew();
            started.Terminate();

            Assert.Equal(0, await started.WaitForExitAsync(TimeSpan.FromSeconds(20)));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"stopped after {clock.Elapsed}");
        }
    }

    private static long ResidentMegabytes(int pid) =>
        long.Parse(Regex.Match(File.ReadAllText($"/proc/{pid}/status"), @"VmRSS:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) / 1024;

    [GeneratedRegex(@"Serving at most \d+ connections at once \(open files allowed: 600\)")]
    private static partial Regex ConnectionLimit();
}
