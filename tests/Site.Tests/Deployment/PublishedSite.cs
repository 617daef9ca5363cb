using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace Site.Tests.Deployment;

/// <summary>
/// What the container would run, without Docker (no engine on these machines): the Dockerfile's own
/// <c>dotnet publish</c> replayed into a temporary folder, then its ENTRYPOINT started with its runtime ENV
/// from another working directory, on a free loopback port. Shared by a test class; published once.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync, which disposes the client")]
public sealed class PublishedSite : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private DirectoryInfo? _temporaryRoot;
    private ChildProcess? _site;
    private HttpClient? _client;

    public string RepositoryRoot { get; } = Tests.RepositoryRoot.Path;

    internal Dockerfile Dockerfile { get; private set; } = null!;

    public string PublishDirectory { get; private set; } = "";

    /// <summary>Redirects are not followed, so that a 301 shows as such.</summary>
    public HttpClient Client => _client ?? throw new InvalidOperationException("the site is not started");

    /// <summary>The site's console output so far, for failure messages.</summary>
    public string SiteOutput => _site?.Output ?? "";

    /// <summary>The site title given as an environment variable, as <c>docker run -e Site__Title=...</c> would.</summary>
    public const string Title = "Published from the Dockerfile";

    /// <summary>The address the started site listens on.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Runs the published app with other arguments (a verb such as <c>check</c>) in the container's environment.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string?>(), arguments);

    /// <summary>Runs the published app with more environment variables, as <c>docker run -e</c> would, and other arguments.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string?> moreEnvironment, params string[] arguments)
    {
        var entrypoint = Dockerfile.Entrypoint();
        var environment = SiteEnvironment(Address);
        foreach (var (name, value) in moreEnvironment) environment[name] = value;
        using var run = ChildProcess.Start(ChildProcess.DotnetHost, [Path.Combine(PublishDirectory, entrypoint[1]), .. arguments], PublishDirectory, environment);
        var exitCode = await run.WaitForExitAsync(StartTimeout);
        return (exitCode, run.Output.ReplaceLineEndings("\n"));
    }

    /// <summary>The uid of the aspnet image's <c>app</c> user, which <c>USER $APP_UID</c> selects.</summary>
    public const int AppUid = 1654;

    /// <summary>
    /// Runs the published app to its end as the image's non-root user (through setpriv when the tests run as root, who
    /// could read and write anything): what the container does with a folder its user may not read.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task<(int ExitCode, string Output)> RunAsNonRootAsync(IReadOnlyDictionary<string, string?> moreEnvironment, params string[] arguments)
    {
        // An address of its own: the catalog is built while Kestrel binds, so the shared site's address would make the
        // run stop for a port in use before its posts folder is judged.
        var environment = SiteEnvironment(new Uri($"http://127.0.0.1:{FreeLoopbackPort()}"));
        foreach (var (name, value) in moreEnvironment) environment[name] = value;
        MakeReadableByOthers();
        string[] command = [ChildProcess.DotnetHost, Path.Combine(PublishDirectory, Dockerfile.Entrypoint()[1]), .. arguments];
        using var run = Environment.UserName == "root"
            ? ChildProcess.Start("/usr/bin/setpriv", ["--reuid", $"{AppUid}", "--regid", $"{AppUid}", "--clear-groups", .. command], PublishDirectory, environment)
            : ChildProcess.Start(command[0], command[1..], PublishDirectory, environment);
        var exitCode = await run.WaitForExitAsync(StartTimeout);
        return (exitCode, run.Output.ReplaceLineEndings("\n"));
    }

    /// <summary>The published app readable (and its folders traversable) by any user, as the image's files are.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void MakeReadableByOthers()
    {
        var root = new DirectoryInfo(Path.GetDirectoryName(PublishDirectory)!);
        root.UnixFileMode |= UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        foreach (var entry in new DirectoryInfo(PublishDirectory).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Prepend(new DirectoryInfo(PublishDirectory)))
        {
            if (entry.LinkTarget is null) entry.UnixFileMode |= UnixFileMode.OtherRead | (entry is DirectoryInfo ? UnixFileMode.OtherExecute : 0);
        }
    }

    /// <summary>
    /// Starts another instance of the published app as a server on a free loopback port, in the container's environment
    /// with <paramref name="moreEnvironment"/> on top, through <paramref name="wrapper"/> (<c>prlimit</c>, <c>setpriv</c>)
    /// when given, in <paramref name="workingDirectory"/> (the app's folder by default); waits until <c>/healthz</c>
    /// answers 200 unless told not to.
    /// </summary>
    internal async Task<(ChildProcess Site, HttpClient Client)> StartServerAsync(
        IReadOnlyDictionary<string, string?> moreEnvironment, IReadOnlyList<string>? wrapper = null, bool waitUntilHealthy = true,
        string? workingDirectory = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var environment = SiteEnvironment(address);
        foreach (var (name, value) in moreEnvironment) environment[name] = value;
        string[] command = [ChildProcess.DotnetHost, Path.Combine(PublishDirectory, Dockerfile.Entrypoint()[1])];
        var started = wrapper is { Count: > 0 }
            ? ChildProcess.Start(wrapper[0], [.. wrapper.Skip(1), .. command], workingDirectory ?? PublishDirectory, environment)
            : ChildProcess.Start(command[0], command[1..], workingDirectory ?? PublishDirectory, environment);
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        if (waitUntilHealthy) await WaitUntilHealthyAsync(client, started);
        return (started, client);
    }

    /// <summary>Polls <c>/healthz</c> until it answers 200; fails when the process exits or after the start timeout.</summary>
    internal static async Task WaitUntilHealthyAsync(HttpClient client, ChildProcess started)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        var lastProblem = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (started.HasExited)
                throw new InvalidOperationException($"the site exited with code {started.ExitCode} before /healthz answered. Output:\n{started.Output}");
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
                lastProblem = $"/healthz answered {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lastProblem = e.Message;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"/healthz did not answer 200 within {StartTimeout.TotalSeconds:0} s ({lastProblem}). Output:\n{started.Output}");
    }

    public async Task InitializeAsync()
    {
        Dockerfile = Dockerfile.Load(Path.Combine(RepositoryRoot, "Dockerfile"));
        _temporaryRoot = Directory.CreateTempSubdirectory("site-published-");
        PublishDirectory = Path.Combine(_temporaryRoot.FullName, "app");
        var otherWorkingDirectory = Directory.CreateDirectory(Path.Combine(_temporaryRoot.FullName, "elsewhere")).FullName;

        await PublishAsync();

        var entrypoint = Dockerfile.Entrypoint();
        if (entrypoint.Count != 2 || entrypoint[0] != "dotnet")
            throw new InvalidOperationException($"expected ENTRYPOINT [\"dotnet\", \"<app>.dll\"], got [{string.Join(", ", entrypoint)}]");

        Address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        _site = ChildProcess.Start(ChildProcess.DotnetHost, [Path.Combine(PublishDirectory, entrypoint[1])], otherWorkingDirectory, SiteEnvironment(Address));
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            await WaitUntilHealthyAsync(_client, _site);
        }
        catch
        {
            _site.Kill();
            throw;
        }
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        _site?.Dispose();
        try
        {
            _temporaryRoot?.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up.
        }
        return Task.CompletedTask;
    }

    /// <summary>Runs the Dockerfile's publish command from the repository root (the build stage's WORKDIR mirrors it).</summary>
    private async Task PublishAsync()
    {
        var arguments = Dockerfile.PublishArgumentsWithOutput(PublishDirectory);
        using var publish = ChildProcess.Start(ChildProcess.DotnetHost, ["publish", .. arguments], RepositoryRoot, new Dictionary<string, string?>());
        var exitCode = await publish.WaitForExitAsync(PublishTimeout);
        if (exitCode != 0)
            throw new InvalidOperationException($"'{publish.CommandLine}' failed with exit code {exitCode}. Output:\n{publish.Output}");
    }

    /// <summary>
    /// The runtime stage's ENV, as in the container, with nothing of this machine's ASP.NET Core or site settings,
    /// and an address override: in the image it listens on 8080, here on a free loopback port.
    /// </summary>
    internal Dictionary<string, string?> SiteEnvironment(Uri address)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
            if (name.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || name.StartsWith("Site__", StringComparison.OrdinalIgnoreCase) || name == "DOTNET_ENVIRONMENT")
                environment[name] = null;
        foreach (var (name, value) in Dockerfile.RuntimeStage.Environment())
            environment[name] = value;
        environment["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/');
        environment["Site__Title"] = Title;
        return environment;
    }

    internal static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}

/// <summary>The test classes that share one publish: two publishes at once from one repository would fight over obj/.</summary>
[CollectionDefinition(Name)]
public sealed class UsesPublishedSite : ICollectionFixture<PublishedSite>
{
    public const string Name = "published site";
}
