using System.Net;
using System.Net.Sockets;

namespace Site.Tests;

/// <summary>
/// Debian's nginx, run in the foreground as one process over a temporary prefix and a free loopback port, with the
/// <c>http { }</c> configuration a test gives; stopped (and its prefix removed) on dispose.
/// </summary>
internal sealed class Nginx : IDisposable
{
    public const string ExecutablePath = "/usr/sbin/nginx";

    /// <summary>Why tests that need nginx cannot run here; null when they can. With CI=true they run anyway and fail.</summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath) || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : $"{ExecutablePath} not found: install it with 'sudo apt-get install nginx' to run the tests that serve the site through nginx";

    private readonly ChildProcess _process;
    private readonly string _prefix;

    private Nginx(ChildProcess process, string prefix, Uri address)
    {
        _process = process;
        _prefix = prefix;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>A free port on 127.0.0.1, for a server that cannot be asked to choose one itself.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts nginx and waits until it answers.</summary>
    /// <param name="http">What goes inside <c>http { }</c>, given the port to listen on (as <c>listen 127.0.0.1:{port};</c>).</param>
    public static async Task<Nginx> StartAsync(Func<int, string> http)
    {
        var prefix = Directory.CreateTempSubdirectory("nginx-").FullName;
        var port = FreePort();
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
            daemon off;
            master_process off;
            pid {{prefix}}/nginx.pid;
            error_log stderr warn;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                access_log off;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
            {{http(port)}}
            }
            """);
        var process = ChildProcess.Start(ExecutablePath, ["-e", "stderr", "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf")], prefix, new Dictionary<string, string?>());
        var nginx = new Nginx(process, prefix, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient();
        for (var deadline = DateTime.UtcNow.AddSeconds(20); ; await Task.Delay(50))
        {
            Assert.False(process.HasExited, $"nginx stopped: {process.Output}");
            try
            {
                // Any answer will do; at an address no test asks for, so that no cache in the configuration keeps it.
                using var response = await client.GetAsync(new Uri(nginx.Address, "/nginx-started"));
                return nginx;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }
        }
    }

    public string Output => _process.Output;

    public void Dispose()
    {
        _process.Dispose();
        Directory.Delete(_prefix, recursive: true);
    }
}

/// <summary>A test that needs nginx: skipped, saying how to install it, where there is none (but with CI=true).</summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (Nginx.SkipReason is { } reason) Skip = reason;
    }
}
