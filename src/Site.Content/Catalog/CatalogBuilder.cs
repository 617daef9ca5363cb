using System.Globalization;

namespace Site.Content.Catalog;

/// <summary>
/// Builds a <see cref="PostCatalog"/> from a posts folder: files -> front matter -> slugs -> rendered posts.
/// A file with an error is reported and skipped; everything else is served.
/// </summary>
public static partial class CatalogBuilder
{
    /// <summary>
    /// A file given its slug and date. A class, not a record: entries are told apart by identity, as keys of lookups,
    /// where a record's equality would hash each post's whole text, many times a post (docs/benchmarks.md, step 9).
    /// </summary>
    private sealed class Entry(PostSource source, string slug, DateTimeOffset? date)
    {
        public PostSource Source { get; } = source;
        public string Slug { get; } = slug;
        public DateTimeOffset? Date { get; } = date;

        public PostLayout Layout => Source.FrontMatter.Layout;
        public string Url => Content.Post.UrlOf(Layout, Slug);
    }

    public static PostCatalog Build(CatalogSource source, DateTimeOffset now)
    {
        var diagnostics = new List<ContentDiagnostic>();
        if (PostReader.FolderProblem(source.PostsPath) is { } problem)
        {
            diagnostics.Add(ContentDiagnostic.Error(source.PostsPath, $"posts folder {problem}") with { Setting = SourceSetting.PostsPath });
            return new PostCatalog([], diagnostics, now);
        }

        var config = JekyllConfig.Read(source.PostsPath);
        diagnostics.AddRange(config.Diagnostics);
        var themeMath = MathJaxConfig.InIncludes(source.PostsPath);
        if (themeMath is not null) diagnostics.Add(themeMath);
        var siteDollarMath = config.DollarMath || themeMath is not null;
        var currentYear = TimeZoneInfo.ConvertTime(now, source.TimeZone).Year;
        var reader = new PostReader(source.PostsPath, source.MaxPostBytes, new FrontMatterParser(source.TimeZone, currentYear, config.Defaults), config.Excludes, config.PostFiles);
        var limit = TimeSpan.FromMilliseconds(source.MaxParseMilliseconds);
        var found = reader.FindFiles(diagnostics);
        var read = GuardedWork.Run(found.Posts, path => path, limit, (path, own) => reader.Read(path, own));
        diagnostics.AddRange(read.SelectMany(r => r.Diagnostics));
        // No post read, and some could not be (a _posts/ folder or post files the site's user may not open): the folder is
        // as unreadable as a missing one, not a site of its pages alone (an about.md beside them) nor an empty one.
        if (!read.Any(r => r.Result?.FrontMatter.Layout == PostLayout.Post) && diagnostics.Where(d => d.Unreadable).ToList() is [var first, ..] unreadable)
            diagnostics.Add(ContentDiagnostic.Error(source.PostsPath, string.Create(CultureInfo.InvariantCulture,
                $"posts folder unreadable: no post could be read, and {unreadable.Count} of its folders and files could not be opened ({first.Path}: {first.Message})")) with { Setting = SourceSetting.PostsPath });

        var files = SiteFiles.Of(source.Files, found, diagnostics);
        var entries = SettleSlugs(read.Select(r => r.Result).OfType<PostSource>(), source.TimeZone, files, diagnostics);
        var published = entries.Where(e => e.Source.FrontMatter.Published).ToList();
        var oldUrls = SettleOldUrls(published, source, files, diagnostics);
        var resolver = new LinkResolver(
            entries.GroupBy(e => e.Source.FileName, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Url, StringComparer.Ordinal),
            oldUrls.ToDictionary(pair => pair.Key, pair => pair.Value.Url, StringComparer.Ordinal),
            files,
            basePath: source.BasePath,
            ownAddresses: new OwnAddresses([(source.Site?.GetValueOrDefault("url") as string) + source.BasePath, config.BaseUrl]),
            postFiles: config.PostFiles);
        var oldUrlsByEntry = oldUrls.ToLookup(pair => pair.Value, pair => pair.Key);

        var pages = new LiquidPages(source, published, now);
        var liquid = new LiquidSite(
            () => SiteVariables.Of(config.Values, source.Site ?? new Dictionary<string, object?>(), TimeZoneInfo.ConvertTime(now, source.TimeZone), pages.Posts, pages.Pages),
            IncludeFolder.Beside(source.PostsPath, source.MaxPostBytes), source.TimeZone, LiquidLimits.For(source.MaxParseMilliseconds, source.MaxPostBytes));
        var shown = source.IncludeDrafts ? entries : published;
        var rendered = GuardedWork.Run(shown, e => e.Source.RelativePath, limit,
            (e, own) => Render(e, resolver.For(e.Source.RelativePath, e.Source.FrontMatter.MediaPath), source, config, siteDollarMath, liquid, pages, [.. oldUrlsByEntry[e]], own));
        diagnostics.AddRange(rendered.SelectMany(r => r.Diagnostics));
        var posts = rendered.Select(r => r.Result).OfType<Post>().ToList();

        var unpublishedUrls = entries.Where(e => !e.Source.FrontMatter.Published).Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(LinkChecker.Check(posts, unpublishedUrls, source.Files is null ? null : files));

        // A default of _config.yml that is wrong is found in every post it applies to, and said once.
        var ordered = diagnostics.Distinct().OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0);
        return new PostCatalog(posts, ordered, now, files);
    }

    /// <summary>
    /// Finishes every published body now (the work each would otherwise do when first wanted: highlighting, math) and
    /// gives what that found wrong, as warnings on the post's file.
    /// </summary>
    public static IEnumerable<ContentDiagnostic> Finish(PostCatalog catalog) =>
        catalog.Published.OrderBy(post => post.SourcePath, StringComparer.Ordinal).SelectMany(post => post.Body.Problems
            .Select(problem => ContentDiagnostic.Warning(post.SourcePath, problem.Message, problem.Line, problem.Column)));

    /// <summary>
    /// The old addresses that answer 301 to each post: its <c>redirect_from</c> (and <c>aliases</c>) entries, its own
    /// <c>permalink</c>, its URLs under Jekyll's default style and the site's permalink, and <c>/posts/{slug}.html</c>. One
    /// that is an address of the route table (a page, a listing, a feed, a static file) is ignored, and reported when the
    /// author wrote it, so that no redirect takes over what the site serves or loops. An address Jekyll gave a post stays
    /// that post's, whatever file order, as the links out there meant it; one the author wrote naming it is reported and
    /// ignored. Otherwise the earlier file (by path) wins.
    /// </summary>
    private static Dictionary<string, Entry> SettleOldUrls(List<Entry> published, CatalogSource source, StaticFiles files, List<ContentDiagnostic> diagnostics)
    {
        var routes = RouteTable.Of([.. published.Select(e => new RoutedContent(e.Url, e.Layout,
            Terms(e.Source.FrontMatter.Categories), Terms(e.Source.FrontMatter.Tags), e.Source.FrontMatter.Range, e.Date))], files);
        // Each old address, the field that named it (null for those Jekyll gave the post itself), the value as written
        // there, and whether the author wrote it so (not a form of it, with or without .html, reported only as written).
        var claims = new List<(Entry Entry, string Path, string? Field, string? Written, bool AsWritten)>();
        foreach (var entry in published.Where(e => e.Layout == PostLayout.Post))
        {
            var frontMatter = entry.Source.FrontMatter;
            foreach (var url in frontMatter.RedirectFrom)
            {
                if (url.Contains('?') || url.Contains('#') || url.Contains("://"))
                    diagnostics.Add(Warning(entry, url, $"redirect_from '{url}' ignored: give a path on this site, without a query or fragment, such as /blog/old-name/"));
                else
                    claims.AddRange(OldPath.Forms(SitePath.Decode(url)).Select((path, i) => (entry, path, (string?)"redirect_from", (string?)url, i == 0)));
            }
            string[] categories = [.. FolderCategories(entry.Source.RelativePath), .. frontMatter.Categories];
            if (frontMatter.Permalink is { } own)
                claims.AddRange(JekyllUrls.For(entry.Source.FileName, categories, entry.Date, source.TimeZone, frontMatter.Slug, own).Select(path => (entry, path, (string?)"permalink", (string?)own, true)));
            claims.AddRange(JekyllUrls.ForFile(entry.Source.RelativePath, categories, entry.Date, source.TimeZone, frontMatter.Slug, JekyllUrls.DefaultStyle, source.Permalink)
                .Append(OldPath.Normalize(SiteRoutes.Post.For(entry.Slug) + ".html"))
                .Select(path => (entry, path, (string?)null, (string?)null, false)));
        }

        var owners = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (entry, path, field, written, asWritten) in claims.OrderBy(claim => claim.Field is not null))
        {
            // Chirpy's permalink, /posts/:title/, names the post's own address here: nothing to redirect.
            if (field != "redirect_from" && SitePath.Canonical(path) == SitePath.Canonical(entry.Url)) continue;
            string? problem = null;
            if (routes.Serves(path))
                problem = "it is an address the site serves";
            else if (owners.TryGetValue(path, out var owner) && owner != entry)
                problem = $"{owner.Source.RelativePath} already redirects it";
            if (problem is null) owners[path] = entry;
            else if (field is not null && asWritten) diagnostics.Add(Warning(entry, written, $"{field} '{path}' ignored: {problem}"));
        }
        return owners;
    }

    /// <summary>
    /// Gives each file its slug and date. Of two files with one slug (posts among posts, pages among pages) the earlier
    /// (by date, then path) keeps it, and the other is served at the slug and its date (<c>talk-2024-03-01</c>, then
    /// <c>-2</c>...), as Jekyll serves both under their dates; a page may not take the first segment of a route or the
    /// name of a file or folder at the top of the static files.
    /// </summary>
    private static List<Entry> SettleSlugs(IEnumerable<PostSource> sources, TimeZoneInfo zone, StaticFiles files, List<ContentDiagnostic> diagnostics)
    {
        var owners = new Dictionary<(PostLayout, string), string>();
        var entries = new List<Entry>();
        var dated = sources.Select(source =>
        {
            var hasFileDate = PostDate.TryFromFileName(Path.GetFileNameWithoutExtension(source.FileName), zone, out var fileDate, out var nameAfterDate);
            return (Source: source, Date: source.FrontMatter.Date ?? (hasFileDate ? fileDate : source.DraftDate), Name: nameAfterDate);
        });
        foreach (var (source, date, nameAfterDate) in dated.OrderBy(d => d.Date is null).ThenBy(d => d.Date).ThenBy(d => d.Source.RelativePath, StringComparer.Ordinal))
        {
            var frontMatter = source.FrontMatter;
            var slug = Slug.From(frontMatter.Slug ?? nameAfterDate);

            if (slug.Length == 0)
            {
                diagnostics.Add(ContentDiagnostic.Error(source.RelativePath, "the slug is empty: give the file a name with letters or digits, or set 'slug'"));
                continue;
            }
            if (slug.Length > Post.MaxSlugLength)
            {
                var cut = Slug.Shorten(slug, Post.MaxSlugLength);
                diagnostics.Add(ContentDiagnostic.Warning(source.RelativePath, $"the slug is {slug.Length} characters long, too long for an address: cut to '{cut}'"));
                slug = cut;
            }
            if (frontMatter.Layout == PostLayout.Page && (SiteRoutes.ReservedSegments.Contains(slug) || files.HasTopLevel(slug)))
            {
                diagnostics.Add(ContentDiagnostic.Error(source.RelativePath, $"page slug '{slug}' is a reserved route (/{slug}): choose another 'slug'"));
                continue;
            }
            if (owners.TryGetValue((frontMatter.Layout, slug), out var owner))
            {
                var taken = new List<string>();
                var unique = Unique(slug, date, zone, candidate =>
                {
                    if (!owners.TryGetValue((frontMatter.Layout, candidate), out var holder)) return false;
                    if (candidate != slug) taken.Add($"'{candidate}' by {holder}");
                    return true;
                });
                // A third file with one slug also meets the one that took the dated slug: both are named.
                var also = taken.Count == 0 ? "" : ", and " + string.Join(", ", taken);
                diagnostics.Add(ContentDiagnostic.Warning(source.RelativePath,
                    $"slug '{slug}' is taken by {owner}, which is earlier{also}: this one is served at '{unique}' (set 'slug' to choose another)"));
                slug = unique;
            }
            owners[(frontMatter.Layout, slug)] = source.RelativePath;
            entries.Add(new Entry(source, slug, date));
        }
        return entries;
    }

    /// <summary>A warning about an old address of <paramref name="entry"/>, at the line where <paramref name="written"/> is written.</summary>
    private static ContentDiagnostic Warning(Entry entry, string? written, string message) =>
        written is not null && entry.Source.FrontMatter.OldAddressesAt.TryGetValue(written, out var at)
            ? ContentDiagnostic.Warning(entry.Source.RelativePath, message, at.Line, at.Column)
            : ContentDiagnostic.Warning(entry.Source.RelativePath, message);

    /// <summary>The folders above a <c>_posts/</c> folder, which Jekyll makes categories of: <c>news/_posts/x.md</c> is in <c>news</c>.</summary>
    private static string[] FolderCategories(string relativePath)
    {
        var folders = relativePath.Split('/')[..^1];
        var posts = Array.IndexOf(folders, PostReader.PostsFolder);
        return posts > 0 ? folders[..posts] : [];
    }

    /// <summary>The slug with the date, then a number, until no file has it.</summary>
    private static string Unique(string slug, DateTimeOffset? date, TimeZoneInfo zone, Func<string, bool> taken)
    {
        var dated = date is { } when ? string.Create(CultureInfo.InvariantCulture, $"{slug}-{TimeZoneInfo.ConvertTime(when, zone):yyyy-MM-dd}") : slug;
        var candidate = dated;
        for (var n = 2; taken(candidate); n++) candidate = string.Create(CultureInfo.InvariantCulture, $"{dated}-{n}");
        return candidate;
    }

    /// <param name="siteDollarMath">Whether every post's <c>$...$</c> is math: the site's config or theme says so.</param>
    private static Post Render(Entry entry, LinkResolver resolver, CatalogSource source, JekyllConfig config, bool siteDollarMath, LiquidSite liquid, LiquidPages pages,
        IReadOnlyList<string> oldUrls, List<ContentDiagnostic> diagnostics)
    {
        var frontMatter = entry.Source.FrontMatter;
        var html = config.PostFiles.IsHtmlPost(entry.Source.RelativePath);
        var context = new BodyContext(resolver, entry.Source.Text.BodyFirstLine, frontMatter.ExcerptSeparator ?? source.ExcerptSeparator, liquid, () => pages.Of(entry))
        {
            Typography = source.Typography,
            Quotes = config.Quotes,
            ParseBlockHtml = config.ParseBlockHtml,
            DollarMath = siteDollarMath || frontMatter.DollarMath || MathJaxConfig.InBody(entry.Source.Text.Body, html),
            RendersLiquid = frontMatter.RendersLiquid,
            Html = html,
            Images = source.Images,
            FirstImageMayLead = frontMatter.Image is null,
        };
        var body = BodyPipeline.For(context).Render(entry.Source.Text.Body, context);
        string Typeset(string text) => source.Typography ? Typography.Of(text, config.Quotes) : text;
        var image = frontMatter.Image is { } written ? resolver.ResolveMedia(written) : null;
        foreach (var problem in body.Problems)
        {
            diagnostics.Add(ContentDiagnostic.Warning(entry.Source.RelativePath, problem.Message, problem.Line, problem.Column));
        }
        var imageFile = image is not null && SitePath.IsSitePath(image) ? source.Images?.Find(SitePath.PathOf(image)) : null;
        if (imageFile is not null && ImageLoading.LargeImageProblem(imageFile) is { } large)
            diagnostics.Add(ContentDiagnostic.Warning(entry.Source.RelativePath, large, frontMatter.ImageAt?.Line, frontMatter.ImageAt?.Column));
        var preview = imageFile is { Width: > 0 } ? ResponsiveImage.For(imageFile) : null;
        return new Post
        {
            SourcePath = entry.Source.RelativePath,
            Slug = entry.Slug,
            Title = Typeset(frontMatter.Title),
            Layout = frontMatter.Layout,
            Range = frontMatter.Range,
            Date = entry.Date,
            Categories = Terms(frontMatter.Categories),
            Tags = Terms(frontMatter.Tags),
            Image = image,
            Preview = preview,
            Pictures = preview is { Variants.Count: > 0 } ? [preview, .. body.Pictures] : body.Pictures,
            Summary = (frontMatter.Description is { } description && Summary.TextOf(description) is { } text ? Typeset(text) : null) ?? body.MarkedExcerpt ?? Summary.Cut(body.FirstParagraphText),
            Body = body.Body,
            OldUrls = oldUrls,
            Fields = frontMatter.Fields,
            Links = image is not null && frontMatter.ImageAt is { } at ? [new BodyLink(image, IsImage: true, at.Line, at.Column), .. body.Links] : body.Links,
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(body.WordCount / WordsPerMinute)),
            IsDraft = !frontMatter.Published,
        };
    }

    private const double WordsPerMinute = 230;

    private static IReadOnlyList<Term> Terms(IEnumerable<string> names) =>
        [.. names.Select(Term.From).Where(term => term.Slug.Length > 0).DistinctBy(term => term.Slug)];
}
