using System.Globalization;

namespace Site.Content.Tests.Rendering.Liquid;

/// <summary>Liquid's standard filters and Jekyll's own, as a post's Liquid uses them.</summary>
public class LiquidFiltersTests
{
    private static readonly Dictionary<string, object?> Page = new()
    {
        ["date"] = new DateTimeOffset(2008, 11, 7, 13, 7, 54, TimeSpan.FromHours(-8)),
        ["published_on"] = "2023-01-05",
        ["said"] = "Ada's \"notes\" -- 2023...",
        ["members"] = new List<object?>
        {
            new Dictionary<string, object?> { ["name"] = "Ada", ["team"] = "core", ["year"] = 2019L, ["langs"] = new List<object?> { "ruby", "c" } },
            new Dictionary<string, object?> { ["name"] = "Grace", ["team"] = "docs", ["year"] = 2021L, ["langs"] = new List<object?> { "cobol" } },
            new Dictionary<string, object?> { ["name"] = "Linus", ["team"] = "core", ["langs"] = new List<object?> { "c" } },
        },
    };

    private static readonly LiquidSite Pacific = LiquidBody.Site(zone: TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"));

    private static string Run(string written, LiquidSite? site = null) => LiquidBody.Output(written, site, Page);

    [Theory]
    [InlineData("{{ 'hello world' | capitalize | append: '!' }}", "Hello world!")]
    [InlineData("{{ 'a,b,c' | split: ',' | reverse | join: '-' }}", "c-b-a")]
    [InlineData("{{ 'Jekyll & Hyde' | escape }}", "Jekyll &amp; Hyde")]
    [InlineData("{{ 4 | times: 2.5 | round }}", "10")]
    [InlineData("{{ 'a  b' | replace: ' ', '_' | size }}", "4")]
    [InlineData("{{ page.nothing | default: 'fallback' }}", "fallback")]
    [InlineData("{{ '<p>A <em>bold</em> claim</p>' | strip_html }}", "A bold claim")]
    [InlineData("{{ 'one two three four five' | truncatewords: 3 }}", "one two three...")]
    [InlineData("{{ 'one two three four five' | truncatewords: 3, ' (more)' }}", "one two three (more)")]
    [InlineData("{{ page.date | date: '%Y-%m-%d %H:%M' }}", "2008-11-07 13:07")]
    public void Standard_filters_work(string written, string expected) => Assert.Equal(expected, Run(written));

    [Theory]
    [InlineData("{{ '/assets/a.png' | relative_url }}", "/assets/a.png")]
    [InlineData("{{ 'assets/my file.png' | relative_url }}", "/assets/my%20file.png")]
    [InlineData("{{ 'https://other.org/x' | relative_url }}", "https://other.org/x")]
    [InlineData("{{ 'feed.xml' | absolute_url }}", "https://example.org/feed.xml")]
    [InlineData("{{ page.url | absolute_url }}", "https://example.org/posts/x")]
    [InlineData("{{ 'mailto:a@b.org' | absolute_url }}", "mailto:a@b.org")]
    [InlineData("{{ page.path | uri_escape }}", "foo,%20bar%20%5Cbaz?")]
    [InlineData("{{ 'foo,bar;baz? é' | cgi_escape }}", "foo%2Cbar%3Bbaz%3F+%C3%A9")]
    [InlineData("{{ 'foo \"bar\" <baz> & it' | xml_escape }}", "foo &quot;bar&quot; &lt;baz&gt; &amp; it")]
    public void Url_filters_work_as_in_jekyll(string written, string expected)
    {
        Assert.Equal(expected, LiquidBody.Output(written, page: new() { ["url"] = "/posts/x", ["path"] = @"foo, bar \baz?" }));
    }

    [Fact]
    public void Relative_url_puts_the_sites_baseurl_first()
    {
        var site = LiquidBody.Site(variables: new() { ["url"] = "https://example.org", ["baseurl"] = "/blog/" });

        Assert.Equal("/blog/about/ https://example.org/blog/about/", LiquidBody.Output("{{ 'about/' | relative_url }} {{ '/about/' | absolute_url }}", site));
    }

    [Theory]
    [InlineData("{{ page.date | date_to_string }}", "07 Nov 2008")]
    [InlineData("{{ page.date | date_to_string: 'ordinal' }}", "7th Nov 2008")]
    [InlineData("{{ page.date | date_to_string: 'ordinal', 'US' }}", "Nov 7th, 2008")]
    [InlineData("{{ page.date | date_to_long_string }}", "07 November 2008")]
    [InlineData("{{ page.date | date_to_long_string: 'ordinal', 'US' }}", "November 7th, 2008")]
    [InlineData("{{ page.date | date_to_xmlschema }}", "2008-11-07T13:07:54-08:00")]
    [InlineData("{{ page.date | date_to_rfc822 }}", "Fri, 07 Nov 2008 13:07:54 -0800")]
    [InlineData("{{ page.published_on | date_to_long_string }}", "05 January 2023")]
    [InlineData("{{ page.nothing | date_to_string }}", "")]
    public void Date_filters_show_dates_in_the_sites_time_zone(string written, string expected) => Assert.Equal(expected, Run(written, Pacific));

    [Fact]
    public void Dates_do_not_depend_on_the_servers_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("07 November 2008, Nov 7th, 2008, Friday 1.5", Run("{{ page.date | date_to_long_string }}, {{ page.date | date_to_string: 'ordinal', 'US' }}, {{ page.date | date: '%A' }} {{ 3 | divided_by: 2.0 }}", Pacific));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("{{ 'The _config.yml file' | slugify }}", "the-config-yml-file")]
    [InlineData("{{ 'The _config.yml file' | slugify: 'pretty' }}", "the-_config.yml-file")]
    [InlineData("{{ 'The _cönfig.yml file' | slugify: 'ascii' }}", "the-c-nfig-yml-file")]
    [InlineData("{{ 'The cönfig.yml file' | slugify: 'latin' }}", "the-config-yml-file")]
    [InlineData("{{ 'The  _config.yml file' | slugify: 'raw' }}", "the-_config.yml-file")]
    [InlineData("{{ 'The Config File' | slugify: 'none' }}", "the config file")]
    [InlineData("{{ 'Données Ouvertes' | slugify }}", "données-ouvertes")]
    public void Slugify_has_jekylls_modes(string written, string expected) => Assert.Equal(expected, Run(written));

    [Theory]
    [InlineData("{{ 'Hello *world*' | markdownify }}", "<p>Hello <em>world</em></p>\n")]
    [InlineData("{{ 'one two  three\nfour' | number_of_words }}", "4")]
    [InlineData("{{ '你好 world' | number_of_words: 'cjk' }}", "3")]
    [InlineData("{{ page.members | map: 'name' | array_to_sentence_string }}", "Ada, Grace, and Linus")]
    [InlineData("{{ 'a,b' | split: ',' | array_to_sentence_string: 'or' }}", "a or b")]
    [InlineData("{{ page.members.first | jsonify }}", "{\"name\":\"Ada\",\"team\":\"core\",\"year\":2019,\"langs\":[\"ruby\",\"c\"]}")]
    [InlineData("{{ 'Zoë' | jsonify }}", "\"Zoë\"")]
    [InlineData("{{ '  a\n\tb   c ' | normalize_whitespace }}", "a b c")]
    [InlineData("{{ page.said | smartify }}", "Ada’s “notes” – 2023…")]
    public void Text_filters_work_as_in_jekyll(string written, string expected) => Assert.Equal(expected, Run(written));

    [Theory]
    [InlineData("{{ page.members | where: 'team', 'core' | map: 'name' | join: ',' }}", "Ada,Linus")]
    [InlineData("{{ page.members | where: 'langs', 'c' | map: 'name' | join: ',' }}", "Ada,Linus")]
    [InlineData("{{ page.members | where: 'year', '2021' | map: 'name' | join: ',' }}", "Grace")]
    [InlineData("{{ page.members | where_exp: 'm', 'm.year > 2018 and m.team == \"core\"' | map: 'name' | join: ',' }}", "Ada")]
    [InlineData("{{ page.members | sort: 'year' | map: 'name' | join: ',' }}", "Linus,Ada,Grace")]
    [InlineData("{{ page.members | sort: 'year', 'last' | map: 'name' | join: ',' }}", "Ada,Grace,Linus")]
    [InlineData("{{ page.members | sort: 'name' | reverse | map: 'name' | join: ',' }}", "Linus,Grace,Ada")]
    [InlineData("{{ 'b,c,a' | split: ',' | sort | join: ',' }}", "a,b,c")]
    public void Where_where_exp_and_sort_work_as_in_jekyll(string written, string expected) => Assert.Equal(expected, Run(written));

    [Fact]
    public void Group_by_gives_name_items_and_size()
    {
        const string written = "{% assign teams = page.members | group_by: 'team' %}{% for team in teams %}{{ team.name }}={{ team.size }}({{ team.items | map: 'name' | join: '+' }}) {% endfor %}";

        Assert.Equal("core=2(Ada+Linus) docs=1(Grace) ", Run(written));
    }
}
