using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed only from the proxies in <c>Site:TrustedProxies</c>
/// (addresses or networks such as <c>10.0.0.0/8</c>); ASP.NET's default of trusting loopback is dropped. With none
/// configured the headers are not read at all: ASP.NET believes them from any address when both of its lists are
/// empty, so that any client could claim HTTPS (and its HSTS) or another address.
/// </summary>
public sealed class TrustedProxies(IOptions<SiteOptions> site) : IConfigureOptions<ForwardedHeadersOptions>
{
    public void Configure(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = site.Value.TrustedProxies.Length == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in site.Value.TrustedProxies)
        {
            if (proxy.Contains('/')) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            else options.KnownProxies.Add(IPAddress.Parse(proxy));
        }
    }
}
