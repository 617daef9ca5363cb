using System.Diagnostics;
using System.Text;

namespace Site.Tests;

/// <summary>A started process whose standard output and error are collected, for failure messages; killed (with its children) on dispose.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildProcess(Process process) => _process = process;

    /// <summary>The dotnet host running these tests, else the one on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public string CommandLine => $"{_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)}";

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything written to standard output and error so far, interleaved.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <param name="environment">Variables to set (a null value removes one) on top of this process's environment.</param>
    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
        {
            if (value is null) startInfo.Environment.Remove(name);
            else startInfo.Environment[name] = value;
        }

        var child = new ChildProcess(new Process { StartInfo = startInfo });
        child._process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the process to end; kills it and throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"'{CommandLine}' did not end within {timeout.TotalSeconds:0} s. Output:\n{Output}");
        }
        return _process.ExitCode;
    }

    public int Id => _process.Id;

    /// <summary>Asks the process to stop, as <c>docker stop</c> does: SIGTERM.</summary>
    public void Terminate() => Signal("TERM");

    /// <summary>Asks the process to reload, as <c>docker kill --signal=HUP</c> does: SIGHUP.</summary>
    public void HangUp() => Signal("HUP");

    private void Signal(string name)
    {
        using var kill = Process.Start("kill", [$"-{name}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
