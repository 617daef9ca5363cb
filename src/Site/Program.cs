using Site.Content;
using Site.Web;

// The content root is the app's own folder (bin/ when run, the publish folder in the container), where the
// build puts wwwroot/, posts/ and appsettings.json, whatever folder the process was started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();
builder.Logging.AddSimpleConsole(console => console.SingleLine = true);

builder.Services.AddOptions<SiteOptions>()
    .Bind(builder.Configuration.GetSection(SiteOptions.Section))
    .ValidateDataAnnotations()
    .ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<CatalogStore>();
builder.Services.AddSingleton<CatalogLoader>();
builder.Services.AddSingleton<SiteUrls>();
builder.Services.AddSingleton<AtomFeed>();
builder.Services.AddSingleton<Sitemap>();
builder.Services.AddSingleton<StructuredData>();
builder.Services.AddRazorPages();
builder.Services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog");

var app = builder.Build();

app.Services.GetRequiredService<CatalogLoader>().Load();

app.UseMiddleware<MethodFilter>();
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseMiddleware<LegacyUrlRedirect>();
app.UseRouting();
app.UseMiddleware<CanonicalUrlRedirect>();
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapSyndication();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
