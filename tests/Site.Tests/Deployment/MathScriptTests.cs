using System.Text.Json;
using Jint;

namespace Site.Tests.Deployment;

/// <summary>
/// temml, the math typesetter's script, in the container build without Docker: a pinned node stage installs it from
/// package-lock.json and hands it to the build stage, whose publish carries it (with its licence) into the app folder,
/// where the published app typesets with it, whatever folder it is started from.
/// </summary>
[Collection(UsesPublishedSite.Name)]
[Trait(TestCategory.Name, TestCategory.Published)]
public sealed class MathScriptTests(PublishedSite site)
{
    private const string ScriptInProject = "src/Site.Content/node_modules/temml/dist/temml.min.js";

    [Fact]
    public void Dockerfile_installs_temml_with_npm_ci_in_a_node_stage_from_the_projects_lock_file()
    {
        var node = Assert.Single(site.Dockerfile.Stages, stage => stage.BaseImage.StartsWith("node:", StringComparison.Ordinal));

        var copied = node.Arguments("COPY").SelectMany(arguments => Dockerfile.SplitWords(arguments).SkipLast(1));
        Assert.Equal(["src/Site.Content/package.json", "src/Site.Content/package-lock.json"], copied);
        Assert.Contains(node.Arguments("RUN"), run => run.StartsWith("npm ci", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_hands_the_script_to_the_build_stage_where_the_project_looks_for_it_before_the_publish()
    {
        var node = site.Dockerfile.Stages.Single(stage => stage.BaseImage.StartsWith("node:", StringComparison.Ordinal));
        var instructions = site.Dockerfile.BuildStage.Instructions.ToList();
        var publish = instructions.FindIndex(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));

        var handed = instructions.Take(publish).Where(i => i.Keyword == "COPY").Select(i => Dockerfile.SplitWords(i.Arguments))
            .Where(words => words[0] == $"--from={node.Name}")
            .Select(words => words[^1].TrimEnd('/') + "/" + Path.GetFileName(words[^2]));
        Assert.Contains(ScriptInProject, handed);
        Assert.Contains("src/Site.Content/node_modules/temml/LICENSE", handed);
    }

    [Fact]
    public void The_publish_output_holds_the_temml_that_package_lock_json_pins_and_its_licence()
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.RepositoryRoot, "src", "Site.Content", "package-lock.json")));
        var pinned = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/temml").GetProperty("version").GetString();

        var script = File.ReadAllText(Path.Combine(site.PublishDirectory, "temml", "temml.min.js"));
        using var engine = new Engine();
        Assert.Equal(pinned, engine.Execute(script).Evaluate("temml.version").AsString());
        Assert.Contains("MIT License", File.ReadAllText(Path.Combine(site.PublishDirectory, "temml", "LICENSE")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_published_app_serves_math_as_mathml_started_from_another_folder()
    {
        var elsewhere = Directory.CreateTempSubdirectory("site-published-cwd-");
        var (started, client) = await site.StartServerAsync(new Dictionary<string, string?> { ["Site__PostsPath"] = SiteFactory.MathPostsPath },
            workingDirectory: elsewhere.FullName);
        using (started)
        using (client)
        {
            var page = Html.Parse(await client.GetStringAsync("/posts/attention-as-a-soft-lookup"));

            Assert.Equal(3, page.QuerySelectorAll(".post-body div.math-display > math").Length);
            Assert.Empty(page.QuerySelectorAll(".post-body [data-math], .post-body .math-error"));
        }
        elsewhere.Delete(recursive: true);
    }

    [Fact]
    public async Task The_published_app_typesets_math_with_its_own_copy_of_temml()
    {
        var (exitCode, output) = await site.RunAsync("check", "--posts", SiteFactory.MathPostsPath);

        // The reason is temml's own words: it ran.
        Assert.Contains(@"2024-06-02-a-typo-in-a-sum.md:8:1: warning: math '\sum_{i=1}^n i = \frac{n(n+1)}{2' could not be typeset: Unexpected end of input", output, StringComparison.Ordinal);
        Assert.EndsWith("3 posts, 0 pages, 0 errors, 1 warning\n", output, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
    }
}
