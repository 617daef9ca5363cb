using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Site.Tests.Web;

/// <summary>
/// An exception in a page: the visitor gets the site's own 500 page with a request id and nothing of the exception;
/// the log gets an entry with the same id. The failure is provoked by a test-only middleware behind the site's pipeline.
/// </summary>
public sealed class ErrorPageTests : IDisposable
{
    private const string FailingPath = "/test-only/throws";
    private const string Secret = "SECRET-DETAIL-OF-THE-FAILURE";

    private readonly ThrowingSite _site = new();

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public async Task An_exception_gives_the_sites_500_page_and_a_log_entry_with_the_request_id(string method)
    {
        using var response = await _site.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), FailingPath));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        if (method == "HEAD") return;
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = Html.Parse(body);
        Assert.Equal("Something went wrong on our side", page.QuerySelector("h1")!.TextContent);
        var requestId = page.QuerySelector(".request-id")!.TextContent;
        Assert.NotEmpty(requestId);
        Assert.DoesNotContain(Secret, body);
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("   at ", body);
        Assert.Contains(_site.Logs, line => line.StartsWith("Error: ", StringComparison.Ordinal) && line.Contains(requestId) && line.Contains(Secret));
    }

    [Fact]
    public async Task The_error_page_asked_for_directly_is_the_404_page()
    {
        using var response = await _site.CreateClient().GetAsync("/error");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _site.Dispose();

    private sealed class ThrowingSite() : SiteFactory(FixturePostsPath)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowBehindThePipeline>());
        }
    }

    /// <summary>Appended after the site's own pipeline, so that the site's exception handling is what meets the exception.</summary>
    private sealed class ThrowBehindThePipeline : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate _) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException(Secret)
                : Task.CompletedTask);
        };
    }
}
