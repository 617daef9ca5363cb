using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Site.Web;

namespace Site.Tests;

/// <summary>The site over a posts folder. Keeps every log line so that tests can read what startup reported.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public static string FixturePostsPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "posts");

    /// <summary>A research blog's posts with math, one of them with a TeX error (Fixtures/math).</summary>
    public static string MathPostsPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "math");

    /// <summary>
    /// A copy of the site owner's sample posts (tests/Support/Fixtures/sample), the seed post among them, and a research
    /// post with highlighted code (2024-06-20-annotation-agreement.md) that the browser tests look at.
    /// </summary>
    public static string SamplePostsPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample");

    private readonly string? _postsPath;
    private readonly string _environment;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly TimeProvider? _clock;

    private readonly BuildCatalog? _build;
    private readonly bool _waitForCatalog;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="postsPath">The posts folder; null for the site's own default (the repository's posts/).</param>
    /// <param name="clock">The site's clock; null for the real one.</param>
    /// <param name="build">How the site builds its catalog; null for the real way.</param>
    /// <param name="waitForCatalog">Whether starting the site waits for its first catalog, as most tests want.</param>
    /// <param name="services">What the test changes in the site's services; null for nothing.</param>
    public SiteFactory(string? postsPath, string environment = "Production", IReadOnlyDictionary<string, string>? settings = null,
        TimeProvider? clock = null, BuildCatalog? build = null, bool waitForCatalog = true, Action<IServiceCollection>? services = null)
    {
        _postsPath = postsPath;
        _environment = environment;
        _settings = settings ?? new Dictionary<string, string>();
        _clock = clock;
        _build = build;
        _waitForCatalog = waitForCatalog;
        _services = services;
    }

    public ConcurrentQueue<string> Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        if (_postsPath is not null) builder.UseSetting("Site:PostsPath", _postsPath);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
#if UNDER_PATH
            // Whatever address the test gives the site (or _config.yml, or none), the site is served under the path.
            services.PostConfigure<SiteOptions>(site => site.BaseUrl = site.BaseUrl.TrimEnd('/') + ServedPath.Base);
#endif
            services.AddSingleton<ILoggerProvider>(new QueueLoggerProvider(Logs));
            if (_clock is not null) services.AddSingleton(_clock);
            if (_build is not null) services.AddSingleton(_build);
            _services?.Invoke(services);
        });
    }

    /// <summary>
    /// Starts the site and waits for the first catalog: the site builds it while it starts listening, and a test's first
    /// request must not meet the 503 of a site still reading.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (_waitForCatalog)
        {
            var store = host.Services.GetRequiredService<CatalogStore>();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            while (!store.IsLoaded && DateTime.UtcNow < deadline) Thread.Sleep(5);
        }
        return host;
    }

    /// <summary>
    /// Serves on real Kestrel at 127.0.0.1 on a free port (for browsers, and for what only a real server does, such as
    /// dropping the body of a HEAD response) and returns its address. Call before anything else uses the factory.
    /// </summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.Single());
    }

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient CreateNonRedirectingClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client of the site served at <paramref name="address"/> (on Kestrel, or by a proxy or a copy of it).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Under UNDER_PATH, it reads the site's address.")]
    public HttpClient CreateClientOf(Uri address, bool followRedirects = true)
    {
        HttpMessageHandler handler = new HttpClientHandler { AllowAutoRedirect = followRedirects };
#if UNDER_PATH
        handler = new UnderPathHandler(SiteUrl) { InnerHandler = handler };
#endif
        return new HttpClient(handler) { BaseAddress = address };
    }

#if UNDER_PATH
    /// <summary>The site's address, as it serves it.</summary>
    private Uri SiteUrl => new(Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.BaseUrl);

    /// <summary>The test server's client, through <see cref="UnderPathHandler"/>.</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <summary>The test server's client, through <see cref="UnderPathHandler"/> (inside the handlers of the options, which see the responses as a root site's).</summary>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect) handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.RedirectHandler(options.MaxAutomaticRedirections));
        if (options.HandleCookies) handlers.Add(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler());
        handlers.Add(new UnderPathHandler(SiteUrl));
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }
#endif

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(lines);
        public void Dispose() { }
    }

    private sealed class QueueLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}

/// <summary>The site over the fixture corpus in Fixtures/posts, 5 posts a page.</summary>
public sealed class FixtureSite() : SiteFactory(FixturePostsPath, settings: Settings)
{
    public const string BaseUrl = "https://fixture.example";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Site:PageSize"] = "5",
        ["Site:Title"] = "Fixture Site",
        ["Site:Author"] = "Ada Author",
        ["Site:BaseUrl"] = BaseUrl,
    };
}

/// <summary>The site over the site owner's sample posts, with the default settings.</summary>
public sealed class SampleSite() : SiteFactory(SamplePostsPath);

/// <summary>The site over the math fixtures in Fixtures/math.</summary>
public sealed class MathSite() : SiteFactory(MathPostsPath);
