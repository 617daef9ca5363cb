using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Site.Content;
using Term = Lucene.Net.Index.Term;
using Site.Content.Catalog;
using Site.Content.Search;

// Lucene.Net 4.8 and the site's own index (Site.Content.Search) on the same published posts, doing the same work:
// build an index of title, categories + tags + summary and body; answer a query mix (1, 2 and 3 words, a prefix, a
// typo, a quoted phrase) with the top 10 and a marked snippet of each. Prints Markdown.
//
//   SearchEngines report CORPUS [ROUNDS]      ROUNDS: builds per engine and timed runs of each query (default 5)
//   SearchEngines queries CORPUS COUNT        COUNT queries of each kind as /search?q=... lines, for wrk

if (args is ["queries", var folder, var countText])
{
    var posts = Corpus.Load(folder).Posts;
    foreach (var (_, query) in QueryMix.Make(posts, int.Parse(countText, CultureInfo.InvariantCulture)))
        Console.WriteLine("/search?q=" + Uri.EscapeDataString(query));
    return 0;
}
if (args is not ["report", var corpus, .. var rest])
{
    Console.Error.WriteLine("usage: SearchEngines report CORPUS [ROUNDS] | SearchEngines queries CORPUS COUNT");
    return 2;
}
var rounds = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 5;
var limits = new SearchLimits();
var (catalogMs, catalog) = Corpus.Timed(() => Corpus.Load(corpus));
var published = catalog.Published;

var ownBuild = Measure.Builds(rounds, () => SearchIndex.Build(published));
var luceneBuild = Measure.Builds(rounds, () => new LuceneEngine(published));
var own = SearchIndex.Build(published);
using var lucene = new LuceneEngine(published);

var mix = QueryMix.Make(catalog.Posts, 40);
var ownTimes = Measure.Queries(mix, rounds, query => own.Search(SearchQuery.Parse(query, limits), 0, 10, catalog.Now, limits).Hits.Count);
var luceneTimes = Measure.Queries(mix, rounds, query => lucene.Search(query, limits));
// The same queries counted but not listed: what ranking costs without the ten snippets.
var rankingTimes = Measure.Queries(mix, rounds, query => own.Search(SearchQuery.Parse(query, limits), 0, 0, catalog.Now, limits).Total).Select(t => t.Microseconds).ToList();

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {published.Count} published posts and pages of `{Path.GetFileName(corpus.TrimEnd('/'))}`; catalog build (reading, rendering and the site's index) {catalogMs:F0} ms in this process. {rounds} builds per engine (medians); each query of the mix ({mix.Count} queries, {mix.Count / QueryMix.Kinds.Length} of each kind) run once to warm up, then {rounds} times; one thread.");
report.AppendLine();
report.AppendLine("| | site's index | Lucene.Net 4.8 | Lucene / site |");
report.AppendLine("| --- | ---: | ---: | ---: |");
report.AppendLine(CultureInfo.InvariantCulture, $"| index build | {ownBuild.Milliseconds:F0} ms | {luceneBuild.Milliseconds:F0} ms | {luceneBuild.Milliseconds / ownBuild.Milliseconds:F2} |");
report.AppendLine(CultureInfo.InvariantCulture, $"| index build, share of the catalog build | {100 * ownBuild.Milliseconds / (catalogMs - ownBuild.Milliseconds):F0}% | {100 * luceneBuild.Milliseconds / (catalogMs - ownBuild.Milliseconds):F0}% | |");
report.AppendLine(CultureInfo.InvariantCulture, $"| managed memory kept by the index | {ownBuild.Megabytes:F1} MB | {luceneBuild.Megabytes:F1} MB | {luceneBuild.Megabytes / ownBuild.Megabytes:F2} |");
foreach (var kind in QueryMix.Kinds.Append("all"))
{
    var a = ownTimes.Where(t => kind == "all" || t.Kind == kind).Select(t => t.Microseconds).ToList();
    var b = luceneTimes.Where(t => kind == "all" || t.Kind == kind).Select(t => t.Microseconds).ToList();
    report.AppendLine(CultureInfo.InvariantCulture,
        $"| {kind}: median / p99 (top 10 and snippets) | {Measure.Percentile(a, 50):F0} / {Measure.Percentile(a, 99):F0} µs | {Measure.Percentile(b, 50):F0} / {Measure.Percentile(b, 99):F0} µs | {Measure.Percentile(b, 50) / Measure.Percentile(a, 50):F2} |");
}
report.AppendLine(CultureInfo.InvariantCulture, $"| all, site's index: ranking only (no top 10, no snippets): median / p99 | {Measure.Percentile(rankingTimes, 50):F0} / {Measure.Percentile(rankingTimes, 99):F0} µs | | |");
report.AppendLine();
report.AppendLine("Examples of the mix: " + string.Join(", ", QueryMix.Kinds.Select(kind => $"{kind} `{mix.First(q => q.Kind == kind).Query}`")));
Console.Write(report);
return 0;

static class Corpus
{
    public static PostCatalog Load(string folder) =>
        CatalogBuilder.Build(new CatalogSource(Path.GetFullPath(folder), null, TimeZoneInfo.Utc), DateTimeOffset.UtcNow);

    public static (double Milliseconds, T Result) Timed<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        return (clock.Elapsed.TotalMilliseconds, result);
    }
}

/// <summary>Queries drawn from the posts' own words, the same for every run with the same corpus.</summary>
static class QueryMix
{
    public static readonly string[] Kinds = ["1 word", "2 words", "3 words", "prefix", "typo", "phrase"];

    public static List<(string Kind, string Query)> Make(IReadOnlyList<Post> posts, int perKind)
    {
        var random = new Random(42);
        var mix = new List<(string, string)>();
        List<string> WordsOf(Post post)
        {
            var text = HtmlText.Of(post.Body.Written);
            return [.. WordSpans.Of(text).Select(range => text[range]).Where(word => word.Length >= 4 && word.All(char.IsLetter))];
        }
        string Pick(List<string> words) => words[random.Next(words.Count)].ToLowerInvariant();
        for (var i = 0; i < perKind; i++)
        {
            foreach (var kind in Kinds)
            {
                var words = WordsOf(posts[random.Next(posts.Count)]);
                if (words.Count < 3) continue;
                var long6 = words.Where(word => word.Length >= 6).ToList();
                var at = random.Next(words.Count - 1);
                mix.Add((kind, kind switch
                {
                    "1 word" => Pick(words),
                    "2 words" => $"{Pick(words)} {Pick(words)}",
                    "3 words" => $"{Pick(words)} {Pick(words)} {Pick(words)}",
                    "prefix" => $"{Pick(words)} {Pick(words)[..4]}",
                    "typo" => Typo(long6.Count > 0 ? Pick(long6) : Pick(words), random),
                    _ => $"\"{words[at].ToLowerInvariant()} {words[at + 1].ToLowerInvariant()}\"",
                }));
            }
        }
        return mix;
    }

    /// <summary>One letter inside the word dropped: the commonest slip.</summary>
    private static string Typo(string word, Random random)
    {
        var at = 1 + random.Next(word.Length - 2);
        return word[..at] + word[(at + 1)..];
    }
}

static class Measure
{
    /// <summary>The median time of <paramref name="rounds"/> builds, and the managed memory one build keeps.</summary>
    public static (double Milliseconds, double Megabytes) Builds(int rounds, Func<object> build)
    {
        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var built = build();
            times.Add(clock.Elapsed.TotalMilliseconds);
            (built as IDisposable)?.Dispose();
        }
        return (Percentile(times, 50), Kept(build));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static double Kept(Func<object> build)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var built = build();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(built);
        (built as IDisposable)?.Dispose();
        return (after - before) / 1048576.0;
    }

    public static List<(string Kind, double Microseconds)> Queries(List<(string Kind, string Query)> mix, int rounds, Func<string, int> search)
    {
        var times = new List<(string, double)>();
        foreach (var (kind, query) in mix)
        {
            search(query);
            for (var round = 0; round < rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                search(query);
                times.Add((kind, clock.Elapsed.TotalMicroseconds));
            }
        }
        return times;
    }

    public static double Percentile(List<double> values, double percent)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100 * sorted.Count) - 1)];
    }
}

/// <summary>
/// Lucene.Net doing what the site's index does: the same fields and weights, StandardTokenizer + lower case + ASCII
/// folding + Porter stemming, BM25; a query's words as term queries over the fields, its last word also as a prefix, a
/// word of five letters or more that the index lacks as a fuzzy query (one edit), quoted phrases as phrase queries;
/// the top 10, each with the Highlighter's best fragment of its body marked.
/// </summary>
sealed class LuceneEngine : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly (string Field, float Boost)[] Fields = [("title", 4f), ("meta", 2f), ("body", 1f)];
    private readonly Analyzer _analyzer = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Post[] _posts;

    public LuceneEngine(IReadOnlyList<Post> published)
    {
        _posts = [.. published.Where(post => !post.IsDraft)];
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE }))
        {
            for (var i = 0; i < _posts.Length; i++)
            {
                var post = _posts[i];
                writer.AddDocument(new Document
                {
                    new TextField("title", post.Title, Field.Store.NO),
                    new TextField("meta", string.Join(' ', post.Categories.Concat(post.Tags).Select(term => term.Name)) + " " + post.Summary, Field.Store.NO),
                    new TextField("body", HtmlText.Of(post.Body.Written), Field.Store.NO),
                });
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public int Search(string text, SearchLimits limits)
    {
        var parsed = SearchQuery.Parse(text, limits);
        var query = new BooleanQuery();
        for (var i = 0; i < parsed.Words.Count; i++)
        {
            var word = parsed.Words[i];
            var term = Analyze(word.Folded).FirstOrDefault();
            if (term is null) continue;
            var clauses = new BooleanQuery();
            var known = Fields.Sum(field => _reader.DocFreq(new Term(field.Field, term))) > 0;
            foreach (var (field, boost) in Fields)
            {
                clauses.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
                if (word.InPhrase) continue;
                if (parsed.PrefixWord == i) clauses.Add(new PrefixQuery(new Term(field, word.Folded)) { Boost = boost * 0.7f }, Occur.SHOULD);
                if (!known && word.Folded.Length >= SearchIndex.MinTypoLength) clauses.Add(new FuzzyQuery(new Term(field, term), 1) { Boost = boost * 0.7f }, Occur.SHOULD);
            }
            query.Add(clauses, Occur.SHOULD);
        }
        foreach (var phrase in parsed.Phrases)
        {
            var fields = new BooleanQuery();
            foreach (var (field, boost) in Fields)
            {
                var phraseQuery = new PhraseQuery { Boost = boost };
                foreach (var word in phrase) phraseQuery.Add(new Term(field, Analyze(parsed.Words[word].Folded).FirstOrDefault() ?? parsed.Words[word].Folded));
                fields.Add(phraseQuery, Occur.SHOULD);
            }
            query.Add(fields, Occur.MUST);
        }

        var top = _searcher.Search(query, 10);
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new QueryScorer(query, "body"));
        var snippets = 0;
        foreach (var hit in top.ScoreDocs)
        {
            if (highlighter.GetBestFragment(_analyzer, "body", HtmlText.Of(_posts[hit.Doc].Body.Written)) is not null) snippets++;
        }
        return top.ScoreDocs.Length + snippets;
    }

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream("body", text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(attribute.ToString());
        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
