namespace Site.Content;

/// <summary>
/// Builds a <see cref="PostCatalog"/> from a posts folder: files -> front matter -> slugs -> rendered posts.
/// A file with an error is reported and skipped; everything else is served.
/// </summary>
public static class CatalogBuilder
{
    /// <summary>
    /// First URL segments the site's own routes use, which a page may not take. (feed.xml, sitemap.xml and robots.txt
    /// need no entry: a slug never holds a dot.)
    /// </summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal)
    {
        "posts", "categories", "archive", "tags", "healthz", "not-found",
    };

    private sealed record Entry(PostSource Source, string Slug, DateTimeOffset? Date)
    {
        public PostLayout Layout => Source.FrontMatter.Layout;
        public string Url => Layout == PostLayout.Page ? "/" + Slug : "/posts/" + Slug;
    }

    public static PostCatalog Build(CatalogSource source, DateTimeOffset now)
    {
        var diagnostics = new List<ContentDiagnostic>();
        if (!Directory.Exists(source.PostsPath))
        {
            diagnostics.Add(ContentDiagnostic.Error(source.PostsPath, "posts folder not found (Site:PostsPath)"));
            return new PostCatalog([], diagnostics, now);
        }

        var currentYear = TimeZoneInfo.ConvertTime(now, source.TimeZone).Year;
        var reader = new PostReader(source.PostsPath, source.MaxPostBytes, new FrontMatterParser(source.TimeZone, currentYear));
        var read = reader.FindFiles(diagnostics)
            .AsParallel().AsOrdered()
            .Select(path =>
            {
                var found = new List<ContentDiagnostic>();
                return (Source: Guarded(path, found, () => reader.Read(path, found)), Diagnostics: found);
            })
            .ToList();
        diagnostics.AddRange(read.SelectMany(r => r.Diagnostics));

        var entries = SettleSlugs(read.Select(r => r.Source).OfType<PostSource>(), source, diagnostics);
        var resolver = new LinkResolver(entries
            .GroupBy(e => e.Source.FileName, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First().Url, StringComparer.Ordinal));

        var rendered = entries
            .Where(e => e.Source.FrontMatter.Published)
            .AsParallel().AsOrdered()
            .Select(e =>
            {
                var found = new List<ContentDiagnostic>();
                return (Post: Guarded(e.Source.RelativePath, found, () => Render(e, resolver)), Diagnostics: found);
            })
            .ToList();
        diagnostics.AddRange(rendered.SelectMany(r => r.Diagnostics));
        var posts = rendered.Select(r => r.Post).OfType<Post>().ToList();

        var unpublishedUrls = entries.Where(e => !e.Source.FrontMatter.Published).Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(LinkChecker.Check(posts, unpublishedUrls, source.StaticFilesPath));

        var ordered = diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0);
        return new PostCatalog(posts, ordered, now);
    }

    /// <summary>
    /// Gives each file its slug and date. Of two files with one slug (posts among posts, pages among pages), the one whose
    /// path sorts first (ordinal) keeps it; a page may not take a reserved route.
    /// </summary>
    private static List<Entry> SettleSlugs(IEnumerable<PostSource> sources, CatalogSource catalogSource, List<ContentDiagnostic> diagnostics)
    {
        var staticFolders = catalogSource.StaticFilesPath is { } root && Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        var owners = new Dictionary<(PostLayout, string), string>();
        var entries = new List<Entry>();
        foreach (var source in sources.OrderBy(s => s.RelativePath, StringComparer.Ordinal))
        {
            var frontMatter = source.FrontMatter;
            var baseName = Path.GetFileNameWithoutExtension(source.FileName);
            var hasFileDate = PostDate.TryFromFileName(baseName, catalogSource.TimeZone, out var fileDate, out var nameAfterDate);
            var slug = Slug.From(frontMatter.Slug ?? nameAfterDate);

            if (slug.Length == 0)
            {
                diagnostics.Add(ContentDiagnostic.Error(source.RelativePath, "the slug is empty: give the file a name with letters or digits, or set 'slug'"));
                continue;
            }
            if (frontMatter.Layout == PostLayout.Page && (ReservedSlugs.Contains(slug) || staticFolders.Contains(slug)))
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

    private static Post Render(Entry entry, LinkResolver resolver)
    {
        var frontMatter = entry.Source.FrontMatter;
        var body = MarkdownRenderer.Render(entry.Source.Text.Body, resolver, entry.Source.Text.BodyFirstLine);
        return new Post
        {
            SourcePath = entry.Source.RelativePath,
            Slug = entry.Slug,
            Title = frontMatter.Title,
            Layout = frontMatter.Layout,
            Range = frontMatter.Range,
            Date = entry.Date,
            Categories = DistinctTerms(frontMatter.Categories),
            Tags = DistinctTerms(frontMatter.Tags),
            Image = frontMatter.Image is { } image ? resolver.Resolve(image) : null,
            Summary = frontMatter.Description ?? Summary.Cut(body.FirstParagraphText),
            Html = body.Html,
            RedirectFrom = frontMatter.RedirectFrom,
            Extra = frontMatter.Extra,
            Links = body.Links,
        };
    }

    /// <summary>One file that breaks a library (a parser's depth limit, say) is reported and skipped; it never stops the others.</summary>
    private static T? Guarded<T>(string path, List<ContentDiagnostic> diagnostics, Func<T?> work) where T : class
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(ContentDiagnostic.Error(path, $"could not be read: {e.Message}"));
            return null;
        }
    }

    private static List<Term> DistinctTerms(IEnumerable<string> names) =>
        [.. names.Select(Term.From).Where(term => term.Slug.Length > 0).DistinctBy(term => term.Slug)];
}
