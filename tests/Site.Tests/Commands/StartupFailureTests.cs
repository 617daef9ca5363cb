using System.Net;
using System.Net.Sockets;
using Site.Tests.Deployment;
using Site.Web;

namespace Site.Tests.Commands;

/// <summary>
/// Every way a newcomer can keep the site from starting ends in one line that says what to change, and exit code 1:
/// no stack trace, no crash (exit 134) for <c>docker run --restart</c> to loop on. Run as the author runs Site.dll.
/// </summary>
public sealed class StartupFailureTests
{
    private static async Task<(int ExitCode, string[] Lines)> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        var environment = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{PublishedSite.FreeLoopbackPort()}" };
        foreach (var (name, value) in settings) environment[name] = value;
        var (exitCode, output) = await SiteCommand.RunAsync(environment, AppContext.BaseDirectory, arguments);
        return (exitCode, output.Trim().Split('\n'));
    }

    /// <summary>The output's lines but the site's informational log: what the author is told.</summary>
    private static string[] Told(string[] lines) => [.. lines.Where(line => !line.StartsWith("info: ", StringComparison.Ordinal) && !line.StartsWith("warn: ", StringComparison.Ordinal))];

    [Theory]
    [InlineData("Site__PageSize", "0", "Site:PageSize: The field PageSize must be between 1 and 1000.")]
    [InlineData("Site__BaseUrl", "not-a-url", "Site:BaseUrl: The BaseUrl field is not a valid fully-qualified http, https, or ftp URL.")]
    [InlineData("Site__Permalink", "fancy", "Site:Permalink 'fancy' is neither one of Jekyll's styles (date, pretty, ordinal, weekdate, none) nor a pattern such as '/:categories/:title/'.")]
    [InlineData("Site__ShowDrafts", "true", "Site:ShowDrafts=true previews unpublished posts and is refused in Production: use it only with ASPNETCORE_ENVIRONMENT=Development.")]
    [InlineData("Site__Search__MaxWords", "40", "Site:Search:MaxWords must be from 1 to 31.")]
    [InlineData("Site__TimeZone", "Mars/Olympus", "Site:TimeZone 'Mars/Olympus' is not a known time zone: use an IANA name such as 'Europe/London' or 'UTC'.")]
    public async Task A_bad_setting_is_one_line_naming_the_key_and_exit_1_when_serving_and_in_check(string name, string value, string line)
    {
        foreach (var arguments in new[] { Array.Empty<string>(), ["check"] })
        {
            var (exitCode, lines) = await RunAsync(new Dictionary<string, string?> { [name] = value }, arguments);

            Assert.Equal(1, exitCode);
            Assert.Equal([line], Told(lines));
        }
    }

    [Fact]
    public async Task A_missing_posts_folder_is_one_line_and_exit_1()
    {
        var (exitCode, lines) = await RunAsync(new Dictionary<string, string?> { ["Site__PostsPath"] = "/no/such/posts" });

        Assert.Equal(1, exitCode);
        Assert.Equal(["crit: Site.Web.CatalogLoader[0] Posts folder /no/such/posts not found (Site:PostsPath): stopping, as Site:MissingPostsFolder is Exit"], Told(lines));
    }

    [Fact]
    public async Task A_json_mistake_names_the_file_line_and_column_and_the_trace_comes_only_at_debug()
    {
        var environmentName = $"Broken{Guid.NewGuid():N}";
        var file = Path.Combine(AppContext.BaseDirectory, $"appsettings.{environmentName}.json");
        await File.WriteAllTextAsync(file, "{\n  \"Site\": {\n    \"Title\" \"no colon\"\n  }\n}\n");
        try
        {
            var settings = new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = environmentName };
            var (exitCode, lines) = await RunAsync(settings);

            Assert.Equal(1, exitCode);
            Assert.Equal([$"{file}:3:13: not valid JSON, so the site did not start: '\"' is invalid after a property name. Expected a ':'."], Told(lines));

            settings["Logging__LogLevel__Default"] = "Debug";
            Assert.Contains(Told((await RunAsync(settings)).Lines), line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_json_file_copied_by_the_build_is_named_by_its_source_in_the_repository()
    {
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "src", "Site", "appsettings.json"),
            ContentFolders.EditedFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
    }

    [Fact]
    public async Task A_port_in_use_says_which_and_what_to_pass_instead()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, lines) = await RunAsync(new Dictionary<string, string?> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });

        Assert.Equal(1, exitCode);
        Assert.Equal([$"http://127.0.0.1:{port} is in use by another program: pass --urls http://127.0.0.1:{port + 1} (or set ASPNETCORE_URLS) to listen elsewhere"], Told(lines));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_lists_the_commands_and_exits_0(string argument)
    {
        var (exitCode, lines) = await RunAsync(new Dictionary<string, string?>(), argument);

        Assert.Equal(0, exitCode);
        Assert.Equal("usage: Site [command] [options]", lines[0]);
        foreach (var command in new[] { "check", "new", "export", "healthcheck", "help" })
            Assert.Contains(lines, line => line.TrimStart().StartsWith(command + " ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_command_is_refused_not_taken_for_a_start()
    {
        var (exitCode, lines) = await RunAsync(new Dictionary<string, string?>(), "serve");

        Assert.Equal(1, exitCode);
        Assert.Equal(["unknown command 'serve': the commands are check, new, export, healthcheck, help, or none to serve the site (Site --help)"], lines);
    }
}
