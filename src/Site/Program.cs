using Microsoft.Extensions.Options;
using Site.Commands;
using Site.Content;
using Site.Web;

var isCheck = args is ["check", ..];

// The content root is the app's own folder (bin/ when run, the publish folder in the container), where the
// build puts wwwroot/, posts/ and appsettings.json, whatever folder the process was started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = isCheck ? [] : args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.WebHost.UseStaticWebAssets();
builder.Logging.AddSimpleConsole(console => console.SingleLine = true);

builder.Services.AddOptions<SiteOptions>()
    .Bind(builder.Configuration.GetSection(SiteOptions.Section))
    .ValidateDataAnnotations()
    .ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidation>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<CatalogStore>();
builder.Services.AddSingleton<CatalogLoader>();
builder.Services.AddSingleton<SiteUrls>();
builder.Services.AddSingleton<AtomFeed>();
builder.Services.AddSingleton<Sitemap>();
builder.Services.AddSingleton<StructuredData>();
builder.Services.AddRazorPages();
builder.Services.AddPageCaching();
builder.Services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog");
if (builder.Environment.IsDevelopment())
{
    builder.Services.AddSingleton<LiveReload>();
    builder.Services.AddHostedService<ContentWatcher>();
}

var app = builder.Build();

if (isCheck)
{
    return CheckCommand.Run(args[1..], app.Services.GetRequiredService<IOptions<SiteOptions>>().Value,
        app.Environment, app.Services.GetRequiredService<TimeProvider>(), Console.Out);
}

app.Services.GetRequiredService<CatalogLoader>().Load();

app.UseMiddleware<MethodFilter>();
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseMiddleware<LegacyUrlRedirect>();
app.UseRouting();
app.UseMiddleware<CanonicalUrlRedirect>();
app.UsePageCaching();
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapSyndication();
if (app.Environment.IsDevelopment()) LiveReload.Map(app);
app.MapRazorPages().WithStaticAssets().Kept(Freshness.Page);

app.Run();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
