using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Site.Commands;
using Site.Web;

if (args is ["healthcheck", ..]) return await HealthCheckCommand.RunAsync(args[1..], Environment.GetEnvironmentVariable, Console.Out);

if (Help.IsAsked(args))
{
    Console.Out.WriteLine(Help.Text);
    return 0;
}
if (Help.UnknownCommand(args) is { } unknown)
{
    await Console.Error.WriteLineAsync(unknown);
    return 1;
}

// A site that cannot start says why in one line on stderr and exits 1, in every command; the stack trace follows only
// at the Debug log level. HostAbortedException is how the tests' WebApplicationFactory stops the host it took.
try
{
    return await ServeAsync(args);
}
catch (Exception failure) when (failure is not HostAbortedException)
{
    await Console.Error.WriteLineAsync(StartupFailure.Describe(failure));
    if (StartupFailure.WantsTrace(new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build()))
        await Console.Error.WriteLineAsync(failure.ToString());
    return 1;
}

static async Task<int> ServeAsync(string[] args)
{
    var isCheck = args is ["check", ..];
    var isNew = args is ["new", ..];
    var isExport = args is ["export", ..];

    // The content root is the app's own folder (bin/ when run, the publish folder in the container), where the
    // build puts wwwroot/, posts/ and appsettings.json, whatever folder the process was started from.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = isCheck || isNew || isExport ? [] : args,
        ContentRootPath = AppContext.BaseDirectory,
        EnvironmentName = isExport ? Environments.Production : null, // a static copy is what the published site serves
    });
    builder.WebHost.UseStaticWebAssets();
    builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Error);
    // The host logs a failed start with its stack trace before rethrowing it; the one line below says it instead. A
    // background service that stops the host is still logged (Critical).
    if (!StartupFailure.WantsTrace(builder.Configuration)) builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

    builder.Services.AddOptions<SiteOptions>()
        .Bind(builder.Configuration.GetSection(SiteOptions.Section))
        .ValidateDataAnnotations()
        .ValidateOnStart();
    builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidation>();
    builder.Services.AddSingleton<ServerLimits>();
    builder.Services.AddSingleton<IConfigureOptions<KestrelServerOptions>>(services => services.GetRequiredService<ServerLimits>());
    builder.Services.AddHostedService(services => services.GetRequiredService<ServerLimits>());
    builder.Services.AddOptions<HostOptions>().Configure<IOptions<SiteOptions>>((host, site) => host.ShutdownTimeout = TimeSpan.FromSeconds(site.Value.ShutdownTimeoutSeconds));
    builder.Services.AddSingleton<ShutdownReport>();
    builder.Services.AddHostedService(services => services.GetRequiredService<ShutdownReport>());
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddSingleton<CatalogStore>();
    builder.Services.AddSingleton<BuildCatalog>(CatalogBuilder.Build);
    builder.Services.AddSingleton<SiteImages>();
    builder.Services.AddSingleton<ImageVariantCache>();
    builder.Services.AddSingleton<ImageVariantWorker>();
    builder.Services.AddHostedService(services => services.GetRequiredService<ImageVariantWorker>());
    builder.Services.AddSingleton<CatalogLoader>();
    builder.Services.AddSingleton<SiteUrls>();
    builder.Services.AddSingleton<BuildErrors>();
    builder.Services.AddSingleton<AtomFeed>();
    builder.Services.AddSingleton<Sitemap>();
    builder.Services.AddSingleton<OpenSearchDescription>();
    builder.Services.AddSingleton<StructuredData>();
    builder.Services.AddRazorPages(pages => pages.Conventions.Add(new PageRoutes()));
    builder.Services.AddPageCaching();
    // Razor Pages brings antiforgery, which wants data protection; the site has no forms, cookies or sessions that need a
    // key to outlive the process, and the container's file system is read-only: keys stay in memory. ASP.NET still starts
    // its XML key ring at startup, which writes a key under HOME although the ephemeral provider never reads it
    // (dotnet/aspnetcore#54234), so that start is left out; the read-only start test keeps it so.
    builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
    builder.Services.Remove(builder.Services.Single(service =>
        service.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService"));
    builder.Services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>, TrustedProxies>();
    builder.Services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog");
    builder.Services.AddSingleton<CatalogStartup>();
    builder.Services.AddHostedService(services => services.GetRequiredService<CatalogStartup>());
    builder.Services.AddHostedService<NewYearRebuild>();
    builder.Services.AddSingleton<LiveReload>();
    builder.Services.AddHostedService<ContentReloader>();

    // _config.yml's settings sit above appsettings.json and below the environment, from the posts folder the other sources
    // name; added before the options are first read, which building the host already does.
    if (isExport) ExportCommand.Configure(builder, args[1..]);
    JekyllConfiguration.AddTo(builder.Configuration, (isCheck || isNew || isExport) && PostsArgument.In(args[1..]) is { } postsArgument
        ? Path.GetFullPath(postsArgument)
        : ContentFolders.PostsFolder(builder.Configuration[$"{SiteOptions.Section}:{nameof(SiteOptions.PostsPath)}"] ?? new SiteOptions().PostsPath, builder.Environment));
    var app = builder.Build();

    if (isCheck)
    {
        return CheckCommand.Run(args[1..], app.Services.GetRequiredService<IOptions<SiteOptions>>().Value,
            app.Environment, app.Services.GetRequiredService<SiteImages>(), app.Services.GetRequiredService<TimeProvider>(), Console.Out);
    }

    if (isNew)
    {
        return NewPostCommand.Run(args[1..], app.Services.GetRequiredService<IOptions<SiteOptions>>().Value,
            app.Environment, app.Services.GetRequiredService<TimeProvider>(), Console.Out);
    }

    if (!app.Services.GetRequiredService<CatalogLoader>().MayStart())
    {
        await app.DisposeAsync(); // flushes the console logger, which writes on a thread of its own: else the one line is lost
        return 1;
    }

    // The middleware, outermost first. The shutdown's count of responses under way sees every one. Forwarded headers come
    // next, so that all after them see the client's address and scheme, then the path the site is served under
    // (Site:BaseUrl's), which all after it see as the path base, and a request outside it is answered once the status code
    // pages can make its 404 page; the error page and HSTS wrap everything else, and
    // security headers go on every response, 404s and 500s included. A method other than GET or HEAD is answered before
    // anything reads the catalog. A 404 is made again at /not-found, through everything below. Old URLs redirect before
    // routing, since an old address (/2023/01/05/x.html, /old-name) would match no route, or the catch-all /{slug}; the
    // catalog never lets one be an address of the route table, so a redirect cannot shadow a page or a file. Routing's
    // answer tells which files are served as they are on disk (those the build did not know, the posts folder's), what may
    // be answered while the first catalog is built (files and /healthz), which pages are canonicalised (never a static
    // file, whose name is the author's), and whether a response is kept.
    app.Use(app.Services.GetRequiredService<ShutdownReport>().Track);
    app.UseForwardedHeaders();
    app.UsePathBase(PathString.FromUriComponent(app.Services.GetRequiredService<SiteUrls>().BasePath));
    if (!app.Environment.IsDevelopment()) app.UseExceptionHandler(SiteRoutes.Error.Path);
    if (!app.Environment.IsDevelopment()) app.UseHsts();
    app.UseMiddleware<SecurityHeaders>();
    app.UseMiddleware<MethodFilter>();
    app.UseStatusCodePagesWithReExecute(SiteRoutes.NotFound.Path);
    app.UseMiddleware<OutsideBasePath>();
    app.UseMiddleware<LegacyUrlRedirect>();
    app.UseRouting();
    app.UseMiddleware<FolderFiles>();
    app.UseMiddleware<CatalogReadiness>();
    app.UseMiddleware<CanonicalUrlRedirect>();
    app.UsePageCaching();
    app.MapStaticAssets();
    app.MapHealthChecks(SiteRoutes.Health.Path);
    app.MapSyndication();
    app.MapImageVariants();
    if (app.Environment.IsDevelopment()) LiveReload.Map(app);
    app.MapRazorPages().WithStaticAssets();

    if (isExport) return await ExportCommand.RunAsync(app, args[1..], Console.Out);

    if (app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.BaseUrlProblem(app.Environment) is { } baseUrlProblem)
        app.Logger.LogWarning("{Problem}", baseUrlProblem);

    var startup = app.Services.GetRequiredService<CatalogStartup>();
    var shutdown = app.Services.GetRequiredService<ShutdownReport>();
    await app.RunAsync();
    return startup.Failed || shutdown.Cut > 0 ? 1 : 0;
}

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
