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
            await WaitUntilHealthyAsync();
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

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        var lastProblem = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            if (_site!.HasExited)
                throw new InvalidOperationException($"the site exited with code {_site.ExitCode} before /healthz answered. Output:\n{_site.Output}");
            try
            {
                using var response = await Client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
                lastProblem = $"/healthz answered {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                lastProblem = e.Message;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"/healthz did not answer 200 within {StartTimeout.TotalSeconds:0} s ({lastProblem}). Output:\n{_site!.Output}");
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
