namespace Site.Tests.Commands;

/// <summary><c>Site.dll new</c> run as an author runs it: the file it writes, what it prints, and what it refuses.</summary>
public sealed class NewPostCommandTests : IDisposable
{
    private readonly DirectoryInfo _posts = Directory.CreateTempSubdirectory("site-new-");

    public void Dispose() => _posts.Delete(recursive: true);

    private static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        var (exitCode, output) = await SiteCommand.RunAsync(new Dictionary<string, string?>(settings) { ["ASPNETCORE_ENVIRONMENT"] = "Development" },
            AppContext.BaseDirectory, arguments);
        return (exitCode, output.Trim());
    }

    private Task<(int ExitCode, string Output)> NewAsync(params string[] arguments) =>
        RunAsync(new Dictionary<string, string?> { ["Site__PostsPath"] = _posts.FullName, ["Site__TimeZone"] = "Asia/Tokyo" }, ["new", .. arguments]);

    [Fact]
    public async Task Writes_a_post_dated_now_in_the_sites_time_zone_into_the_posts_folder_and_prints_its_path()
    {
        var (exitCode, output) = await NewAsync("My first post", "--category", "notes", "--tags", "field work, data");

        Assert.Equal(0, exitCode);
        var file = Assert.Single(_posts.GetFiles("*.md"));
        Assert.Equal(file.FullName, output);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}-my-first-post\.md$", file.Name);
        var text = await File.ReadAllTextAsync(file.FullName);
        Assert.Matches(@"\ndate: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \+0900\n", text);
        Assert.Contains("\ncategories: [notes]\n", text);
        Assert.Contains("\ntags: [field work, data]\n", text);

        var (checkExit, checkOutput) = await RunAsync(new Dictionary<string, string?>(), "check", "--posts", _posts.FullName);
        Assert.Equal(0, checkExit);
        Assert.EndsWith("1 post, 0 pages, 0 errors, 0 warnings", checkOutput);
    }

    [Fact]
    public async Task Refuses_to_overwrite_a_post_and_leaves_it_as_it_was()
    {
        Assert.Equal(0, (await NewAsync("Twice")).ExitCode);
        var file = Assert.Single(_posts.GetFiles("*.md"));
        await File.AppendAllTextAsync(file.FullName, "Written since.\n");

        var (exitCode, output) = await NewAsync("Twice");

        Assert.Equal(1, exitCode);
        Assert.Equal($"{file.FullName} already exists: nothing written", output);
        Assert.EndsWith("Written since.\n", await File.ReadAllTextAsync(file.FullName));
    }

    [Fact]
    public async Task A_jekyll_site_gets_it_in_posts_and_a_draft_in_drafts()
    {
        _posts.CreateSubdirectory("_posts");

        Assert.Equal(0, (await NewAsync("Published soon")).ExitCode);
        var (exitCode, output) = await NewAsync("Not yet", "--draft");

        Assert.Single(_posts.GetDirectories("_posts").Single().GetFiles("*-published-soon.md"));
        Assert.Equal(0, exitCode);
        Assert.Equal(Path.Combine(_posts.FullName, "_drafts", "not-yet.md"), output);
    }

    [Theory]
    [InlineData(new string[0], "the post needs a title")]
    [InlineData(new[] { "A title", "--categroy", "x" }, "unknown argument '--categroy'")]
    [InlineData(new[] { "..." }, "the title '...' has no letter or digit to name the file by")]
    public async Task A_bad_command_line_exits_2_with_the_reason_and_usage(string[] arguments, string reason)
    {
        var (exitCode, output) = await NewAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.Equal($"{reason}\nusage: Site new \"Title\" [--category NAME]... [--tags A,B] [--draft] [--posts DIR]", output);
        Assert.Empty(_posts.GetFiles("*", SearchOption.AllDirectories));
    }
}
