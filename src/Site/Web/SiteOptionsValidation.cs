using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>The checks on <see cref="SiteOptions"/> that need more than attributes: the environment, the time zone, the proxies, the search limits.</summary>
public sealed class SiteOptionsValidation(IHostEnvironment environment) : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        var failures = new List<string>();
        if (options.ShowDrafts && !environment.IsDevelopment())
            failures.Add($"Site:ShowDrafts=true previews unpublished posts and is refused in {environment.EnvironmentName}: use it only with ASPNETCORE_ENVIRONMENT=Development.");
        if (!JekyllUrls.IsValid(options.Permalink))
            failures.Add($"Site:Permalink '{options.Permalink}' {JekyllUrls.ValidForms}.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
            failures.Add($"Site:TimeZone '{options.TimeZone}' is not a known time zone: use an IANA name such as 'Europe/London' or 'UTC'.");
        failures.AddRange(options.Search.Problems().Select(problem => $"Site:Search:{problem}."));
        foreach (var proxy in options.TrustedProxies)
        {
            if (!(proxy.Contains('/') ? System.Net.IPNetwork.TryParse(proxy, out _) : System.Net.IPAddress.TryParse(proxy, out _)))
                failures.Add($"Site:TrustedProxies entry '{proxy}' is neither an IP address nor a network such as '10.0.0.0/8'.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
