using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Images;

/// <summary>Markdown images as a reader's browser gets them: sized from the file, with variants, fetched in the right order.</summary>
public class ImageLoadingTests
{
    private sealed class Files(params ImageFile[] files) : IImageFiles
    {
        public ImageFile? Find(string sitePath) => files.FirstOrDefault(file => file.SitePath == sitePath);
    }

    private static readonly ImageFile Photo = new("/assets/img/photo.png", 3000, 2000, 9_800_000, "0123456789ab", ImageFormat.Png, null);
    private static readonly ImageFile Small = new("/assets/img/small.jpg", 500, 400, 40_000, "ba9876543210", ImageFormat.Jpeg, null);
    private static readonly ImageFile Diagram = new("/assets/img/diagram.svg", 0, 0, 2_000_000, "aaaaaaaaaaaa", null, "an SVG is sent as it is");
    private static readonly ImageFile Huge = new("/assets/img/huge.png", 20000, 20000, 1_500_000, "bbbbbbbbbbbb", ImageFormat.Png, "its 20000x20000 pixels are over the 50,000,000 the site resizes");

    private static (IDocument Html, RenderedBody Body) Render(string markdown, bool firstImageMayLead = true)
    {
        var body = BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts)
        {
            Images = new Files(Photo, Small, Diagram, Huge),
            FirstImageMayLead = firstImageMayLead,
        });
        return (new HtmlParser().ParseDocument(body.Html), body);
    }

    [Fact]
    public void A_large_local_image_gets_its_size_and_webp_and_png_variants_no_wider_than_1600()
    {
        var (html, body) = Render("![A photo](/assets/img/photo.png)");

        var image = Assert.Single(html.QuerySelectorAll("picture > img"));
        Assert.Equal(("3000", "2000"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("A photo", image.GetAttribute("alt"));
        Assert.Equal(ImageSizes.Column, image.GetAttribute("sizes"));
        Assert.Equal([360, 720, 1080, 1600], SrcSet.Urls(image.GetAttribute("srcset")!).Select(WidthOf));
        Assert.All(SrcSet.Urls(image.GetAttribute("srcset")!), url => Assert.EndsWith(".png", url));
        // A browser without srcset gets the widest variant, never the 9.8 MB file.
        Assert.Equal("/variants/photo.0123456789ab.1600.png", image.GetAttribute("src"));
        var webP = Assert.Single(html.QuerySelectorAll("picture > source"));
        Assert.Equal("image/webp", webP.GetAttribute("type"));
        Assert.Equal([360, 720, 1080, 1600], SrcSet.Urls(webP.GetAttribute("srcset")!).Select(WidthOf));
        Assert.Equal(8, Assert.Single(body.Pictures).Variants.Count);
    }

    [Fact]
    public void A_small_image_is_its_own_widest_candidate()
    {
        var (html, _) = Render("![Small](/assets/img/small.jpg)");

        var image = html.QuerySelector("img")!;
        Assert.Equal(["/variants/small.ba9876543210.360.jpg", "/assets/img/small.jpg"], SrcSet.Urls(image.GetAttribute("srcset")!));
        Assert.Equal("/assets/img/small.jpg", image.GetAttribute("src"));
        Assert.Equal(["/variants/small.ba9876543210.360.webp", "/variants/small.ba9876543210.500.webp"],
            SrcSet.Urls(html.QuerySelector("source")!.GetAttribute("srcset")!));
    }

    [Fact]
    public void The_first_image_near_the_top_is_fetched_first_and_the_others_lazily()
    {
        var (html, _) = Render("Intro.\n\n![One](/assets/img/photo.png)\n\nText.\n\n![Two](/assets/img/small.jpg)\n");

        var images = html.QuerySelectorAll("img");
        Assert.Equal("high", images[0].GetAttribute("fetchpriority"));
        Assert.Null(images[0].GetAttribute("loading"));
        Assert.Equal("lazy", images[1].GetAttribute("loading"));
        Assert.Null(images[1].GetAttribute("fetchpriority"));
        Assert.All(images, image => Assert.Equal("async", image.GetAttribute("decoding")));
    }

    [Fact]
    public void Below_a_preview_image_or_far_down_the_body_the_first_image_loads_lazily()
    {
        Assert.Equal("lazy", Render("![One](/assets/img/photo.png)", firstImageMayLead: false).Html.QuerySelector("img")!.GetAttribute("loading"));
        Assert.Equal("lazy", Render("One.\n\nTwo.\n\nThree.\n\n![One](/assets/img/photo.png)").Html.QuerySelector("img")!.GetAttribute("loading"));
    }

    [Fact]
    public void External_and_svg_images_and_sizes_the_author_gave_stay_as_written()
    {
        var (html, body) = Render("""
            ![Far](https://example.org/x.png) ![Diagram](/assets/img/diagram.svg)

            ![Mine](/assets/img/photo.png){: width="300"}
            """);

        var images = html.QuerySelectorAll("img");
        Assert.Equal(["https://example.org/x.png", "/assets/img/diagram.svg", "/assets/img/photo.png"], images.Select(i => i.GetAttribute("src")));
        Assert.All(images, image => Assert.Null(image.GetAttribute("srcset")));
        Assert.Equal("300", images[2].GetAttribute("width"));
        Assert.Null(images[2].GetAttribute("height"));
        Assert.Empty(html.QuerySelectorAll("picture"));
        Assert.Empty(body.Pictures);
    }

    [Fact]
    public void An_image_over_the_pixel_limit_keeps_its_size_and_is_sent_as_it_is()
    {
        var (html, body) = Render("Text.\n\n![Huge](/assets/img/huge.png)");

        var image = html.QuerySelector("img")!;
        Assert.Equal(("20000", "20000", "/assets/img/huge.png"), (image.GetAttribute("width"), image.GetAttribute("height"), image.GetAttribute("src")));
        Assert.Null(image.GetAttribute("srcset"));
        var problem = Assert.Single(body.Problems);
        Assert.Equal("local image '/assets/img/huge.png' is 1.4 MB and is sent as it is: its 20000x20000 pixels are over the 50,000,000 the site resizes", problem.Message);
        Assert.Equal((3, 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void An_image_without_alt_text_is_reported_where_it_is_written()
    {
        var (_, body) = Render("Text.\n\nSee ![](/assets/img/small.jpg) here.");

        var problem = Assert.Single(body.Problems);
        Assert.Equal("image '/assets/img/small.jpg' has no alt text: describe it between the brackets, ![like this](/assets/img/small.jpg)", problem.Message);
        Assert.Equal((3, 5), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_raw_html_image_without_alt_is_reported_and_one_with_an_empty_alt_is_decoration()
    {
        var (html, body) = Render("""<img src="/assets/img/small.jpg"> <img src="/assets/img/photo.png" alt="">""");

        var problem = Assert.Single(body.Problems);
        Assert.Equal("image '/assets/img/small.jpg' has no alt text: describe it in alt=\"...\" (alt=\"\" for a decoration)", problem.Message);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        // Raw HTML reaches the page as written.
        Assert.All(html.QuerySelectorAll("img"), image => Assert.Null(image.GetAttribute("srcset")));
    }

    private static int WidthOf(string url) => int.Parse(url.Split('.')[^2], System.Globalization.CultureInfo.InvariantCulture);
}
