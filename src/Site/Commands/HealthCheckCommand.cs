using Microsoft.AspNetCore.Http;

namespace Site.Commands;

/// <summary>
/// <c>Site healthcheck [--url URL]</c>: asks the running site's <c>/healthz</c> on the loopback address and exits 0 when it
/// answers 200 (Healthy or Degraded), 1 otherwise. The container's <c>HEALTHCHECK</c> runs it, so the image needs no curl.
/// Without <c>--url</c>, the port is the one Kestrel listens on: <c>ASPNETCORE_URLS</c> (which wins over the ports), else
/// <c>ASPNETCORE_HTTP_PORTS</c>, else Kestrel's default 5000.
/// </summary>
public static class HealthCheckCommand
{
    public const string Usage = "usage: Site healthcheck [--url http://127.0.0.1:8080/healthz]";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, Func<string, string?> environment, TextWriter output)
    {
        Uri url;
        switch (args)
        {
            case []: url = DefaultUrl(environment); break;
            case ["--url", var given] when Uri.TryCreate(given, UriKind.Absolute, out var parsed): url = parsed; break;
            default:
                output.WriteLine(Usage);
                return 2;
        }

        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"{url}: {(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            output.WriteLine($"{url}: no answer: {e.Message}");
            return 1;
        }
    }

    internal static Uri DefaultUrl(Func<string, string?> environment)
    {
        var port = UrlPort(environment("ASPNETCORE_URLS")) ?? FirstPort(environment("ASPNETCORE_HTTP_PORTS")) ?? 5000;
        return new Uri($"http://127.0.0.1:{port}/healthz");
    }

    private static int? FirstPort(string? ports) =>
        ports?.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && int.TryParse(first, out var port)
            ? port : null;

    /// <summary>The port of the first <c>http://</c> address in <c>ASPNETCORE_URLS</c>, read as Kestrel reads it; its host (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>) does not matter here.</summary>
    private static int? UrlPort(string? urls)
    {
        foreach (var url in urls?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [])
        {
            try
            {
                if (BindingAddress.Parse(url) is { Scheme: "http", Port: > 0 } address) return address.Port;
            }
            catch (FormatException)
            {
                // Not an address Kestrel would listen on either.
            }
        }
        return null;
    }
}
