namespace Site.Content.Catalog;

/// <summary>
/// Builds a <see cref="PostCatalog"/> from a posts folder: files -> front matter -> slugs -> rendered posts.
/// A file with an error is reported and skipped; everything else is served.
/// </summary>
public static class CatalogBuilder
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

        var currentYear = TimeZoneInfo.ConvertTime(now, source.TimeZone).Year;
        var reader = new PostReader(source.PostsPath, source.MaxPostBytes, new FrontMatterParser(source.TimeZone, currentYear));
        var limit = TimeSpan.FromMilliseconds(source.MaxParseMilliseconds);
        var read = GuardedWork.Run(reader.FindFiles(diagnostics), path => path, limit, (path, own) => reader.Read(path, own));
        diagnostics.AddRange(read.SelectMany(r => r.Diagnostics));

        var files = source.Files ?? StaticFiles.None;
        var entries = SettleSlugs(read.Select(r => r.Result).OfType<PostSource>(), source.TimeZone, files, diagnostics);
        var published = entries.Where(e => e.Source.FrontMatter.Published).ToList();
        var oldUrls = SettleOldUrls(published, source.TimeZone, files, diagnostics);
        var resolver = new LinkResolver(
            entries.GroupBy(e => e.Source.FileName, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().Url, StringComparer.Ordinal),
            oldUrls.ToDictionary(pair => pair.Key, pair => pair.Value.Url, StringComparer.Ordinal));
        var oldUrlsByEntry = oldUrls.ToLookup(pair => pair.Value, pair => pair.Key);

        var liquid = new LiquidSite(source.Site ?? new Dictionary<string, object?>(), IncludeFolder.Beside(source.PostsPath, source.MaxPostBytes),
            source.TimeZone, LiquidLimits.For(source.MaxParseMilliseconds, source.MaxPostBytes));
        var shown = source.IncludeDrafts ? entries : published;
        var rendered = GuardedWork.Run(shown, e => e.Source.RelativePath, limit,
            (e, own) => Render(e, resolver, liquid, [.. oldUrlsByEntry[e]], own));
        diagnostics.AddRange(rendered.SelectMany(r => r.Diagnostics));
        var posts = rendered.Select(r => r.Result).OfType<Post>().ToList();

        var unpublishedUrls = entries.Where(e => !e.Source.FrontMatter.Published).Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(LinkChecker.Check(posts, unpublishedUrls, source.Files));

        var ordered = diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0);
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
    /// The old addresses that answer 301 to each post: its <c>redirect_from</c> entries, Jekyll's URLs for it and
    /// <c>/posts/{slug}.html</c>. One that is an address of the route table (a page, a listing, a feed, a static file) is
    /// reported and ignored, so that no redirect takes over what the site serves or loops. An address Jekyll gave a post stays that post's, whatever file order, as the links out there
    /// meant it; a <c>redirect_from</c> naming it is reported and ignored. Otherwise the earlier file (by path) wins.
    /// </summary>
    private static Dictionary<string, Entry> SettleOldUrls(List<Entry> published, TimeZoneInfo zone, StaticFiles files, List<ContentDiagnostic> diagnostics)
    {
        var routes = RouteTable.Of([.. published.Select(e => new RoutedContent(e.Url, e.Layout,
            Terms(e.Source.FrontMatter.Categories), Terms(e.Source.FrontMatter.Tags), e.Source.FrontMatter.Range, e.Date))], files);
        var claims = new List<(Entry Entry, string Path, bool Written)>();
        foreach (var entry in published.Where(e => e.Layout == PostLayout.Post))
        {
            var frontMatter = entry.Source.FrontMatter;
            foreach (var url in frontMatter.RedirectFrom)
            {
                if (url.Contains('?') || url.Contains('#') || url.Contains("://"))
                    diagnostics.Add(ContentDiagnostic.Warning(entry.Source.RelativePath, $"redirect_from '{url}' ignored: give a path on this site, without a query or fragment, such as /blog/old-name/"));
                else
                    claims.Add((entry, OldPath.Normalize(SitePath.Decode(url)), true));
            }
            claims.AddRange(JekyllUrls.For(entry.Source.FileName, frontMatter.Categories, entry.Date, zone, frontMatter.Slug)
                .Append(OldPath.Normalize(SiteRoutes.Post.For(entry.Slug) + ".html"))
                .Select(path => (entry, path, false)));
        }

        var owners = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (entry, path, isWritten) in claims.OrderBy(claim => claim.Written))
        {
            string? problem = null;
            if (routes.Serves(path))
                problem = "it is an address the site serves";
            else if (owners.TryGetValue(path, out var owner) && owner != entry)
                problem = $"{owner.Source.RelativePath} already redirects it";
            if (problem is null) owners[path] = entry;
            else if (isWritten) diagnostics.Add(ContentDiagnostic.Warning(entry.Source.RelativePath, $"redirect_from '{path}' ignored: {problem}"));
        }
        return owners;
    }

    /// <summary>
    /// Gives each file its slug and date. Of two files with one slug (posts among posts, pages among pages), the one whose
    /// path sorts first (ordinal) keeps it; a page may not take the first segment of a route or the name of a file or
    /// folder at the top of the static files.
    /// </summary>
    private static List<Entry> SettleSlugs(IEnumerable<PostSource> sources, TimeZoneInfo zone, StaticFiles files, List<ContentDiagnostic> diagnostics)
    {
        var owners = new Dictionary<(PostLayout, string), string>();
        var entries = new List<Entry>();
        foreach (var source in sources.OrderBy(s => s.RelativePath, StringComparer.Ordinal))
        {
            var frontMatter = source.FrontMatter;
            var baseName = Path.GetFileNameWithoutExtension(source.FileName);
            var hasFileDate = PostDate.TryFromFileName(baseName, zone, out var fileDate, out var nameAfterDate);
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
                diagnostics.Add(ContentDiagnostic.Error(source.RelativePath, $"duplicate slug '{slug}': {owner} already has it and is served; set another 'slug' in one of them"));
                continue;
            }
            owners[(frontMatter.Layout, slug)] = source.RelativePath;
            entries.Add(new Entry(source, slug, frontMatter.Date ?? (hasFileDate ? fileDate : null)));
        }
        return entries;
    }

    private static Post Render(Entry entry, LinkResolver resolver, LiquidSite liquid, IReadOnlyList<string> oldUrls, List<ContentDiagnostic> diagnostics)
    {
        var frontMatter = entry.Source.FrontMatter;
        var body = BodyPipeline.Default.Render(entry.Source.Text.Body, new BodyContext(resolver, entry.Source.Text.BodyFirstLine,
            frontMatter.ExcerptSeparator ?? BodyContext.DefaultExcerptSeparator, liquid,
            () => LiquidPage.Of(frontMatter, entry.Source.RelativePath, entry.Url, entry.Slug, entry.Date)));
        foreach (var problem in body.Problems)
        {
            diagnostics.Add(ContentDiagnostic.Warning(entry.Source.RelativePath, problem.Message, problem.Line, problem.Column));
        }
        return new Post
        {
            SourcePath = entry.Source.RelativePath,
            Slug = entry.Slug,
            Title = frontMatter.Title,
            Layout = frontMatter.Layout,
            Range = frontMatter.Range,
            Date = entry.Date,
            Categories = Terms(frontMatter.Categories),
            Tags = Terms(frontMatter.Tags),
            Image = frontMatter.Image is { } image ? resolver.Resolve(image) : null,
            Summary = frontMatter.Description ?? body.MarkedExcerpt ?? Summary.Cut(body.FirstParagraphText),
            Body = body.Body,
            OldUrls = oldUrls,
            Fields = frontMatter.Fields,
            Links = body.Links,
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(body.WordCount / WordsPerMinute)),
            IsDraft = !frontMatter.Published,
        };
    }

    private const double WordsPerMinute = 230;

    private static IReadOnlyList<Term> Terms(IEnumerable<string> names) =>
        [.. names.Select(Term.From).Where(term => term.Slug.Length > 0).DistinctBy(term => term.Slug)];
}
