using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering.Liquid;

/// <summary>
/// The themes' includes the site has built in, called as minimal-mistakes, academicpages, Chirpy and al-folio posts call
/// them, whose files a site using the theme's gem does not have.
/// </summary>
public sealed class BuiltInIncludeTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (IDocument Page, IEnumerable<string> Problems) Render(string markdown, LinkResolver? resolver = null)
    {
        var rendered = BodyPipeline.Default.Render(markdown, new BodyContext(resolver ?? LiquidBody.Resolver, liquid: LiquidBody.Site()));
        return (new HtmlParser().ParseDocument(rendered.Html), rendered.Problems.Select(p => p.Message));
    }

    /// <summary>The whole body's HTML, asserting that nothing was reported.</summary>
    private static IDocument Page(string markdown, LinkResolver? resolver = null)
    {
        var (page, problems) = Render(markdown, resolver);
        Assert.Empty(problems);
        return page;
    }

    [Fact]
    public void Minimal_mistakes_figure_is_the_image_with_its_caption_read_as_markdown()
    {
        var page = Page("""
            Some text.

            {% include figure image_path="/assets/images/unsplash-image-10.jpg" alt="A placeholder image" caption="Photo by **Jane**, [Unsplash](https://unsplash.com)." class="align-center" %}

            More text.
            """);

        var figure = Assert.Single(page.QuerySelectorAll("figure"));
        Assert.Equal("align-center", figure.ClassName);
        var image = figure.QuerySelector("img")!;
        Assert.Equal(("/assets/images/unsplash-image-10.jpg", "A placeholder image"), (image.GetAttribute("src"), image.GetAttribute("alt")));
        var caption = figure.QuerySelector("figcaption")!;
        Assert.Equal("Photo by Jane, Unsplash.", caption.TextContent);
        Assert.Equal("Jane", caption.QuerySelector("strong")!.TextContent);
        Assert.Equal("https://unsplash.com", caption.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("More text.", page.QuerySelectorAll("p")[^1].TextContent);
    }

    [Fact]
    public void Minimal_mistakes_figure_with_popup_links_to_its_image_and_one_without_alt_has_none_which_is_warned_of()
    {
        var (page, problems) = Render("""{% include figure image_path="/assets/images/map.png" popup=true %}""");
        var image = page.QuerySelector("figure > a.image-popup > img")!;

        Assert.StartsWith("image '/assets/images/map.png' has no alt text", Assert.Single(problems), StringComparison.Ordinal);
        Assert.Equal("/assets/images/map.png", image.ParentElement!.GetAttribute("href"));
        Assert.False(image.HasAttribute("alt"));
        Assert.Null(image.ParentElement!.ParentElement!.QuerySelector("figcaption"));
    }

    [Fact]
    public void Al_folio_figure_inside_its_grid_resolves_the_path_as_any_image_under_the_base_path()
    {
        var page = Page("""
            <div class="row mt-3">
                <div class="col-sm mt-3 mt-md-0">
                    {% include figure.liquid loading="eager" path="assets/img/9.jpg" class="img-fluid rounded z-depth-1" zoomable=true alt="A lake" %}
                </div>
                <div class="col-sm mt-3 mt-md-0">
                    {% include figure.html path="assets/img/7.jpg" alt="A hill" title="example image" class="img-fluid rounded z-depth-1" caption="A caption." %}
                </div>
            </div>
            """, LiquidBody.ResolverUnder("/al-folio"));

        var images = page.QuerySelectorAll("div.row figure img");
        Assert.Equal(["/al-folio/assets/img/9.jpg", "/al-folio/assets/img/7.jpg"], images.Select(i => i.GetAttribute("src")));
        Assert.All(images, image => Assert.Equal("img-fluid rounded z-depth-1", image.ClassName));
        Assert.Equal("A lake", images[0].GetAttribute("alt"));
        Assert.Equal("example image", images[1].GetAttribute("title"));
        Assert.Equal("A caption.", page.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Every_parameter_is_escaped()
    {
        var page = Page("""
            {% include figure image_path='/x.png" onerror="alert(1)' alt='"Quoted" <b>bold</b> & more' caption='<script>alert(1)</script> *ok*' class='a" onclick="b' %}

            {% include video.liquid path='/v.mp4" onplay="x' title='<i>T</i>' %}

            {% include embed/youtube.html id='x" onclick="y&z=<1>' %}
            """);

        Assert.Empty(page.QuerySelectorAll("script, b, i, [onerror], [onclick], [onplay]"));
        var image = page.QuerySelector("img")!;
        Assert.Equal(("/x.png\" onerror=\"alert(1)", "\"Quoted\" <b>bold</b> & more"), (image.GetAttribute("src"), image.GetAttribute("alt")));
        Assert.Equal("<script>alert(1)</script> ok", page.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("a\" onclick=\"b", page.QuerySelector("figure")!.ClassName);
        Assert.Equal("<i>T</i>", page.QuerySelector("video")!.GetAttribute("title"));
        Assert.Equal("https://www.youtube.com/watch?v=x%22+onclick%3D%22y%26z%3D%3C1%3E", page.QuerySelector("p.video-link a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("""{% include video id="XsxDH4HcOWA" provider="youtube" %}""", "https://www.youtube.com/watch?v=XsxDH4HcOWA", "Watch the video on YouTube")]
    [InlineData("""{% include video id="212731897" provider="vimeo" %}""", "https://vimeo.com/212731897", "Watch the video on Vimeo")]
    [InlineData("""{% include video id="1u6kAlbRmF5LRWZ6hBVHQjjCm-Ep2l5Iz" provider="google-drive" %}""", "https://drive.google.com/file/d/1u6kAlbRmF5LRWZ6hBVHQjjCm-Ep2l5Iz/view", "Watch the video on Google Drive")]
    [InlineData("""{% include video id="BV1sb411s7Yx" provider="bilibili" %}""", "https://www.bilibili.com/video/BV1sb411s7Yx", "Watch the video on Bilibili")]
    [InlineData("{% include embed/youtube.html id='Balreaj8Yqs' %}", "https://www.youtube.com/watch?v=Balreaj8Yqs", "Watch the video on YouTube")]
    [InlineData("{% include embed/bilibili.html id='BV1Q44y1B7Wf' %}", "https://www.bilibili.com/video/BV1Q44y1B7Wf", "Watch the video on Bilibili")]
    [InlineData("{% include embed/twitch.html id='1634779211' %}", "https://www.twitch.tv/videos/1634779211", "Watch the video on Twitch")]
    [InlineData("{% include embed/spotify.html id='3OuMIIFP5TxM8tLXMWYPGV' %}", "https://open.spotify.com/track/3OuMIIFP5TxM8tLXMWYPGV", "Listen to the audio on Spotify")]
    [InlineData("""{% include video.liquid path="https://www.youtube.com/embed/jNQXAC9IVRw" class="img-fluid rounded z-depth-1" %}""", "https://www.youtube.com/watch?v=jNQXAC9IVRw", "Watch the video on YouTube")]
    [InlineData("""{% include video.liquid path="https://player.vimeo.com/video/524933864?h=1ac4fd9fb4&title=0" class="img-fluid" controls=true %}""", "https://vimeo.com/524933864", "Watch the video on Vimeo")]
    [InlineData("""{% include video.liquid path="https://example.org/talk.mp4" title="My talk" %}""", "https://example.org/talk.mp4", "Watch “My talk”")]
    [InlineData("{% include embed/video.html src='https://cdn.example.org/demo.mp4' %}", "https://cdn.example.org/demo.mp4", "Watch the video")]
    [InlineData("{% include embed/audio.html src='https://cdn.example.org/song.mp3' title='A song' %}", "https://cdn.example.org/song.mp3", "Listen to “A song”")]
    public void A_video_or_audio_at_another_host_is_a_link_to_it_and_nothing_is_loaded_from_there(string include, string url, string text)
    {
        var page = Page($"Intro.\n\n{include}\n\nAfter.");

        var link = Assert.Single(page.QuerySelectorAll("p > a"));
        Assert.Equal((url, text), (link.GetAttribute("href"), link.TextContent));
        Assert.Empty(page.QuerySelectorAll("iframe, video, audio, script, embed, object"));
        Assert.Equal("After.", page.QuerySelectorAll("p")[^1].TextContent);
    }

    [Fact]
    public void Chirpy_video_and_audio_of_the_site_play_in_place_with_controls_from_the_media_subpath()
    {
        var resolver = LiquidBody.Resolver.For("_posts/2024-01-01-demo.md", mediaPath: "/assets/media/demo");
        var page = Page("""
            {% include embed/video.html src='clip.mp4' poster='poster.png' title='Demo video' autoplay=true loop=true muted=true %}

            {% include embed/audio.html src='/assets/audio/sample.mp3' title='Sample' %}
            """, resolver);

        var video = page.QuerySelector("figure.video > video")!;
        Assert.Equal(("/assets/media/demo/clip.mp4", "/assets/media/demo/poster.png"), (video.GetAttribute("src"), video.GetAttribute("poster")));
        Assert.All(["controls", "autoplay", "loop", "muted"], attribute => Assert.True(video.HasAttribute(attribute), attribute));
        Assert.Equal("Demo video", video.ParentElement!.QuerySelector("figcaption")!.TextContent);
        var audio = page.QuerySelector("figure.audio > audio[controls]")!;
        Assert.Equal("/assets/audio/sample.mp3", audio.GetAttribute("src"));
        Assert.Equal("Sample", audio.ParentElement!.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Al_folio_video_of_the_site_plays_in_place_with_controls()
    {
        var page = Page("""
            <div class="row mt-3">
                <div class="col-sm mt-3 mt-md-0">
                    {% include video.liquid path="assets/video/pexels-engin-akyurt-6069112-960x540-30fps.mp4" class="img-fluid rounded z-depth-1" controls=true autoplay=true %}
                </div>
            </div>
            """, LiquidBody.ResolverUnder("/al-folio"));

        var video = page.QuerySelector("div.row video")!;
        Assert.Equal("/al-folio/assets/video/pexels-engin-akyurt-6069112-960x540-30fps.mp4", video.GetAttribute("src"));
        Assert.Equal("img-fluid rounded z-depth-1", video.ClassName);
        Assert.True(video.HasAttribute("controls") && video.HasAttribute("autoplay"));
    }

    [Fact]
    public void Minimal_mistakes_toc_is_the_table_of_contents_of_the_posts_headings_under_its_title()
    {
        var page = Page("""
            {% include toc title="Contents" icon="file-alt" %}

            Intro.

            ## Setup

            ### Windows

            ## Usage
            """);

        var toc = page.QuerySelector("nav.toc")!;
        Assert.Equal("Contents", toc.GetAttribute("aria-label"));
        Assert.Equal("Contents", toc.QuerySelector(".toc-title")!.TextContent);
        Assert.Equal(["#setup", "#windows", "#usage"], toc.QuerySelectorAll("#markdown-toc a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("TOC", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Intro.", page.QuerySelector("nav + p")!.TextContent);
    }

    [Fact]
    public void Academicpages_base_path_holds_the_sites_address_after_the_include()
    {
        var output = LiquidBody.Output("""
            {% include base_path %}
            <img src="{{ base_path }}/images/chart.png" alt="Chart">
            """, LiquidBody.Site(variables: new() { ["url"] = "https://jane.github.io", ["baseurl"] = "/research" }));

        Assert.Equal("\n<img src=\"https://jane.github.io/research/images/chart.png\" alt=\"Chart\">", output);
    }

    [Fact]
    public void Minimal_mistakes_gallery_shows_the_front_matters_images()
    {
        var gallery = new List<object?>
        {
            new Dictionary<string, object?> { ["url"] = "/assets/images/a.jpg", ["image_path"] = "/assets/images/a-th.jpg", ["alt"] = "First", ["title"] = "Image 1" },
            new Dictionary<string, object?> { ["image_path"] = "/assets/images/b-th.jpg", ["alt"] = "Second" },
        };
        var output = LiquidBody.Output("""{% include gallery id="gallery2" layout="half" caption="Two *photos*." %}""", page: new() { ["gallery2"] = gallery });
        var figure = new HtmlParser().ParseDocument(output).QuerySelector("figure.gallery.half")!;

        Assert.Equal(["/assets/images/a-th.jpg", "/assets/images/b-th.jpg"], figure.QuerySelectorAll("img").Select(i => i.GetAttribute("src")));
        Assert.Equal(("/assets/images/a.jpg", "Image 1"), (figure.QuerySelector("a")!.GetAttribute("href"), figure.QuerySelector("a")!.GetAttribute("title")));
        Assert.Equal("Two photos.", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void A_chirpy_post_without_an_includes_folder_is_read_without_a_warning()
    {
        _folder.Write("assets/media/demo/clip.mp4", "not really a video");
        _folder.Post("_posts/2024-05-01-demo.md", "title: Demo\nmedia_subpath: /assets/media/demo", """
            Here is the talk:

            {% include embed/youtube.html id='Balreaj8Yqs' %}

            And the clip:

            {% include embed/video.html src='clip.mp4' title='The clip' %}
            """);

        var catalog = CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(catalog.Diagnostics);
        var page = new HtmlParser().ParseDocument(Assert.Single(catalog.Posts).Html);
        Assert.Equal("https://www.youtube.com/watch?v=Balreaj8Yqs", page.QuerySelector("p.video-link a")!.GetAttribute("href"));
        Assert.Equal("/assets/media/demo/clip.mp4", page.QuerySelector("video")!.GetAttribute("src"));
    }

    [Fact]
    public void The_sites_own_include_of_the_same_name_wins()
    {
        _folder.Write("_includes/figure", "<p class=\"mine\">{{ include.image_path }}</p>");
        _folder.Write("_includes/embed/youtube.html", "[{{ include.id }} {{ include.provider }}]");

        var output = LiquidBody.Output("{% include figure image_path=\"/x.png\" %}\n{% include embed/youtube.html id='abc' %}\n{% include toc %}",
            LiquidBody.Site(Path.Combine(_folder.PostsPath, "_includes")));

        Assert.StartsWith("<p class=\"mine\">/x.png</p>\n[abc ]\n<nav class=\"toc\"", output, StringComparison.Ordinal);
    }
}
