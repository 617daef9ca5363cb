namespace Site.Tests;

/// <summary>
/// Runs the built Site.dll as an author runs it from a shell (<c>check</c>, <c>new</c>, a start that fails), with none
/// of this machine's <c>Site__*</c> settings, and returns its exit code and output.
/// </summary>
internal static class SiteCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] arguments)
    {
        var settings = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("Site__", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(name => name, _ => (string?)null);
        foreach (var (name, value) in environment) settings[name] = value;
        using var run = ChildProcess.Start(ChildProcess.DotnetHost, [Path.Combine(AppContext.BaseDirectory, "Site.dll"), .. arguments], workingDirectory, settings);
        var exitCode = await run.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, run.Output.ReplaceLineEndings("\n"));
    }
}
