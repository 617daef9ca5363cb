namespace Site.Tests.Commands;

/// <summary>
/// <c>Site.dll export</c>'s command line and the folder it writes: a mistake is said with the usage (exit 2), a folder
/// holding other files is never touched, and a second export replaces the first whole. What it writes is in
/// <c>Export/StaticExportTests</c>.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("export-command-");

    private async Task<(int ExitCode, string Output)> ExportAsync(params string[] arguments)
    {
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("Site__", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(name => name, string? (_) => null);
        using var export = ChildProcess.Start(ChildProcess.DotnetHost, [Path.Combine(AppContext.BaseDirectory, "Site.dll"), "export", .. arguments], _work.FullName, environment);
        var exitCode = await export.WaitForExitAsync(TimeSpan.FromSeconds(120));
        return (exitCode, export.Output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(new string[0], "say where to write the site with --out DIR")]
    [InlineData(new[] { "--out" }, "unknown argument '--out'")]
    [InlineData(new[] { "--out", "site", "--strict" }, "unknown argument '--strict'")]
    public async Task A_bad_command_line_is_said_with_the_usage_and_exits_2(string[] arguments, string problem)
    {
        var (exitCode, output) = await ExportAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Equal($"{problem}\nusage: Site export --out DIR [--posts DIR]\n", output);
    }

    [Fact]
    public async Task A_folder_of_other_files_is_left_alone_and_an_earlier_export_is_replaced_whole()
    {
        var posts = SiteFactory.FixturePostsPath;
        var mine = Directory.CreateDirectory(Path.Combine(_work.FullName, "mine"));
        File.WriteAllText(Path.Combine(mine.FullName, "notes.txt"), "mine");

        var (refused, refusal) = await ExportAsync("--out", "mine", "--posts", posts);
        Assert.Equal(1, refused);
        Assert.Contains("mine holds files that no export wrote: give an empty or new folder", refusal, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], mine.EnumerateFileSystemInfos().Select(entry => entry.Name));

        var (first, output) = await ExportAsync("--out", "site", "--posts", posts);
        Assert.True(first == 0, output);
        var stale = Path.Combine(_work.FullName, "site", "posts", "removed-since.html");
        File.WriteAllText(stale, "a page the site no longer has");
        var (second, again) = await ExportAsync("--out", "site", "--posts", posts);
        Assert.True(second == 0, again);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(Path.Combine(_work.FullName, "site", "posts", "first-light.html")));
    }

    public void Dispose() => _work.Delete(recursive: true);
}
