namespace Site.Content.Catalog;

public static partial class CatalogBuilder
{
    /// <summary>
    /// Liquid's <c>page.*</c> of each post (<see cref="LiquidPage"/>), and <c>site.posts</c> and <c>site.pages</c>, made
    /// from the files alone, never from a rendered post: what Jekyll gives that needs a post rendered first
    /// (<c>page.excerpt</c>) is not given. A post's <c>previous</c> and <c>next</c> are its neighbours in
    /// <c>site.posts</c> (older and newer), each with its own <c>page.*</c> but theirs.
    /// </summary>
    /// <param name="published">The published posts and pages.</param>
    /// <param name="now">When the catalog is built: a post dated later is not listed (nor anyone's neighbour) until then.</param>
    private sealed class LiquidPages(CatalogSource source, List<Entry> published, DateTimeOffset now)
    {
        private readonly Lazy<(List<Entry> Posts, Dictionary<Entry, int> Places)> _listed = new(() =>
        {
            List<Entry> posts = [.. published.Where(e => e.Layout == PostLayout.Post && Post.IsVisibleAt(e.Date, now))
                .Select(e => (Entry: e, Key: (Post.SortDateOf(e.Date, e.Source.FrontMatter.Range), e.Source.FrontMatter.Title, e.Slug)))
                .OrderBy(listed => listed.Key, Comparer<(DateTimeOffset, string, string)>.Create((a, b) => Post.CompareForListing(a, b)))
                .Select(listed => listed.Entry)];
            return (posts, posts.Select((entry, place) => (entry, place)).ToDictionary(pair => pair.entry, pair => pair.place));
        });

        /// <summary>The <c>page.*</c> of <paramref name="entry"/>, with its neighbours (none for a page, or a post not listed).</summary>
        public Dictionary<string, object?> Of(Entry entry)
        {
            var page = Alone(entry);
            var (listed, places) = _listed.Value;
            var place = places.TryGetValue(entry, out var found) ? found : -1;
            page["previous"] = place >= 0 && place + 1 < listed.Count ? Alone(listed[place + 1]) : null;
            page["next"] = place > 0 ? Alone(listed[place - 1]) : null;
            return page;
        }

        /// <summary>
        /// The posts as <c>site.posts</c> lists them: those visible when the catalog is built, in the listings' order. One
        /// dated later is left out, so that no post shows its title or address before its time.
        /// </summary>
        public List<ListedPost> Posts() =>
            [.. _listed.Value.Posts.Select(entry => new ListedPost(Of(entry), entry.Source.FrontMatter.Categories, entry.Source.FrontMatter.Tags))];

        /// <summary>The pages as <c>site.pages</c> lists them: those visible when the catalog is built, by path, as the navigation shows them.</summary>
        public List<IReadOnlyDictionary<string, object?>> Pages() =>
            [.. published.Where(e => e.Layout == PostLayout.Page && Post.IsVisibleAt(e.Date, now))
                .OrderBy(e => e.Source.RelativePath, StringComparer.Ordinal).Select(Of)];

        private Dictionary<string, object?> Alone(Entry entry) =>
            LiquidPage.Of(entry.Source.FrontMatter, entry.Source.RelativePath, entry.Url, entry.Slug,
                entry.Date is { } date ? TimeZoneInfo.ConvertTime(date, source.TimeZone) : null, entry.Layout == PostLayout.Post ? JekyllId(entry) : null);

        /// <summary>
        /// Jekyll's id of a post: its address under the permalink it had there (its own, else the site's), without the
        /// output extension, its last segment the post's slug (<c>/2020/01/07/my-post</c>), as comment threads keyed by
        /// it expect.
        /// </summary>
        private string? JekyllId(Entry entry)
        {
            var frontMatter = entry.Source.FrontMatter;
            var url = JekyllUrls.ForFile(entry.Source.RelativePath, [.. FolderCategories(entry.Source.RelativePath), .. frontMatter.Categories],
                entry.Date, source.TimeZone, frontMatter.Slug, frontMatter.Permalink ?? source.Permalink).FirstOrDefault();
            if (url is null) return null;
            if (url.EndsWith(".html", StringComparison.Ordinal)) url = url[..^".html".Length];
            var slug = frontMatter.Slug ?? PostDate.TitleOfFileName(Path.GetFileNameWithoutExtension(entry.Source.FileName));
            return url[..url.LastIndexOf('/')] + "/" + slug;
        }
    }
}
