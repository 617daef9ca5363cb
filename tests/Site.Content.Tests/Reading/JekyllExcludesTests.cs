namespace Site.Content.Tests.Reading;

public class JekyllExcludesTests
{
    [Theory]
    [InlineData("Gemfile")]
    [InlineData("Gemfile.lock")]
    [InlineData("node_modules/pkg/README.md")]
    [InlineData("vendor/bundle/ruby/3.2.0/gems/x/README.md")]
    [InlineData("vendor/cache/x.gem")]
    [InlineData("gemfiles/rails.gemfile")]
    public void Jekylls_default_excludes_are_left_out(string path)
    {
        Assert.True(JekyllExcludes.Defaults.Excludes(path));
    }

    [Theory]
    [InlineData("vendor/js/lib.js")]
    [InlineData("assets/js/plugins/README.md")]
    [InlineData("README.md")]
    public void What_jekyll_copies_by_default_is_kept(string path)
    {
        Assert.False(JekyllExcludes.Defaults.Excludes(path));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("assets/js/plugins/README.md")]
    [InlineData("assets/js/_main.js")]
    [InlineData("site.sublime-project")]
    [InlineData("docs/_posts/2020-01-01-x.md")]
    public void A_configs_exclude_matches_as_jekyll_matches_it_by_prefix_or_glob(string path)
    {
        var excludes = JekyllExcludes.With(["README", "assets/js/plugins", "assets/js/_main.js", "*.sublime-project", "/docs"]);

        Assert.True(excludes.Excludes(path));
        Assert.False(excludes.Excludes("assets/js/main.min.js"));
    }

    [Fact]
    public void A_folder_named_by_a_pattern_with_its_slash_is_left_out()
    {
        Assert.True(JekyllExcludes.Defaults.Excludes("node_modules", isFolder: true));
        Assert.False(JekyllExcludes.Defaults.Excludes("node_modules"));
    }
}
