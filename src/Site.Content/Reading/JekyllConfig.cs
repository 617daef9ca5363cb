using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Reading;

/// <summary>
/// A Jekyll site's <c>_config.yml</c>, at the top of the posts folder: the settings this site shares with Jekyll
/// (each checked, and left out with a warning when it is not usable), the front matter defaults, the plain values
/// Liquid shows as <c>site.*</c>, and a note of the keys only Jekyll's build reads. A file that is not YAML is an
/// error, and none of it is used.
/// </summary>
public sealed class JekyllConfig
{
    public const string FileName = "_config.yml";

    /// <summary>A config file larger than this is not read: Jekyll's run to a few kilobytes.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>Keys of Jekyll's build, its plugins' and its themes': they do nothing here.</summary>
    private static readonly HashSet<string> BuildKeys = new(StringComparer.Ordinal)
    {
        "plugins", "gems", "whitelist", "theme", "remote_theme", "sass", "keep_files", "source",
        "destination", "collections_dir", "plugins_dir", "layouts_dir", "data_dir", "includes_dir", "safe", "incremental",
        "profile", "quiet", "verbose", "strict_front_matter", "liquid", "markdown", "highlighter",
        "lsi", "limit_posts", "future", "unpublished", "show_drafts", "encoding", "port", "host", "livereload", "webrick",
        "detach", "baseurl_prefix", "paginate_path", "pagination", "autopages", "jekyll-archives", "jekyll_compose",
        "compress_html", "feed", "collections", "show_dir_listing", "relative_permalinks", "textile_ext", "disable_disk_cache",
    };

    /// <summary>The scope types of <c>defaults</c> that Jekyll renamed, and what it reads them as.</summary>
    private static readonly Dictionary<string, string> OldTypeNames = new(StringComparer.Ordinal)
    {
        ["post"] = "posts", ["page"] = "pages", ["draft"] = "drafts",
    };

    /// <summary>Keys this site reads itself, which are not also shown as plain values.</summary>
    private static readonly HashSet<string> SiteKeys = new(StringComparer.Ordinal) { "defaults" };

    public string? Title { get; private init; }
    public string? Description { get; private init; }
    public string? Author { get; private init; }
    /// <summary><c>url</c> and <c>baseurl</c> together: where the old site was, its public address.</summary>
    public string? BaseUrl { get; private init; }
    public string? TimeZone { get; private init; }
    public string? Permalink { get; private init; }
    public string? ExcerptSeparator { get; private init; }
    /// <summary><c>paginate</c>: posts a listing page.</summary>
    public int? PageSize { get; private init; }
    public FrontMatterDefaults Defaults { get; private init; } = FrontMatterDefaults.None;

    /// <summary><c>exclude</c>, less what <c>include</c> names again: what Jekyll neither reads nor copies, besides its own defaults.</summary>
    public JekyllExcludes Excludes { get; private init; } = JekyllExcludes.Defaults;

    /// <summary>
    /// kramdown's <c>parse_block_html</c> (under <c>kramdown:</c>): Markdown inside every raw HTML block is read, as if
    /// each had <c>markdown="1"</c>. Off by default, as in kramdown: such a block is raw to its end tag.
    /// </summary>
    public bool ParseBlockHtml { get; private init; }

    /// <summary>
    /// kramdown's <c>smart_quotes</c> (under <c>kramdown:</c>): what typography writes curled quotes and apostrophes as,
    /// four entities as a list or separated by commas; one that names no character is a warning, and kramdown's default is used.
    /// </summary>
    public SmartQuotes Quotes { get; private init; } = SmartQuotes.Kramdown;

    /// <summary>Whether the site's theme typesets <c>$...$</c> as math in every post (<see cref="MathFlags"/>).</summary>
    public bool DollarMath { get; private init; }

    /// <summary><c>markdown_ext</c>: which files are Markdown, and so posts; Jekyll's list by default.</summary>
    public PostFiles PostFiles { get; private init; } = PostFiles.Jekyll;

    /// <summary>Every top-level key but those of Jekyll's build and <c>defaults</c>, as written: Liquid's <c>site.*</c>.</summary>
    public IReadOnlyDictionary<string, YamlNode> Values { get; private init; } = new Dictionary<string, YamlNode>();

    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; private init; } = [];

    public static readonly JekyllConfig None = new();

    /// <summary>The posts folder's <c>_config.yml</c> (or <c>_config.yaml</c>); <see cref="None"/> when it has none.</summary>
    public static JekyllConfig Read(string postsFolder)
    {
        var name = File.Exists(Path.Combine(postsFolder, FileName)) ? FileName : "_config.yaml";
        var path = Path.Combine(postsFolder, name);
        if (!File.Exists(path)) return None;
        string text;
        try
        {
            using var file = RegularFile.OpenRead(path, out var problem);
            if (file is null) return Failed(name, $"{problem}: not read");
            if (file.Length > MaxBytes) return Failed(name, string.Create(CultureInfo.InvariantCulture, $"larger than {MaxBytes:N0} bytes: not read"));
            using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true));
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return Failed(name, $"unreadable: {e.Message}");
        }
        return Parse(name, text);
    }

    public static JekyllConfig Parse(string name, string text)
    {
        var diagnostics = new List<ContentDiagnostic>();
        // As in front matter, the last of two keys with one name counts, as Jekyll reads it.
        text = YamlDuplicateKeys.WithoutEarlier(text, out var duplicates);
        diagnostics.AddRange(duplicates.Select(duplicate => ContentDiagnostic.Warning(name,
            $"key '{duplicate.Key}' is written twice: the last one counts", (int)duplicate.Later.Line, (int)duplicate.Later.Column)));
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var problem = YamlProblem.Of(text, e);
            return Failed(name, $"invalid YAML, so none of it is used: {problem.Reason}", problem.Line, problem.Column);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode) return None;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            return Failed(name, "must be a mapping of settings (`title: ...`), not a list: none of it is used", 1, 1);

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
            if (key is YamlScalarNode { Value: { } keyName }) fields[keyName] = value;

        var ignored = fields.Keys.Where(BuildKeys.Contains).Where(key => key != "collections" || !OnlyPostsCollection(fields[key])).ToList();
        if (ignored.Count > 0)
        {
            diagnostics.Add(ContentDiagnostic.Note(name,
                $"settings of Jekyll's build, its themes and plugins are not used here: {string.Join(", ", ignored)}", 1));
        }

        return new JekyllConfig
        {
            Title = Text(fields, "title"),
            Description = Text(fields, "description"),
            Author = AuthorOf(name, fields, diagnostics),
            BaseUrl = BaseUrlOf(name, fields, diagnostics),
            TimeZone = Checked(name, fields, "timezone", zone => TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _),
                "is not a known time zone (an IANA name such as 'Europe/London')", diagnostics),
            Permalink = PermalinkOf(name, fields, diagnostics),
            ExcerptSeparator = fields.GetValueOrDefault("excerpt_separator") is YamlScalarNode { Value: { Length: > 0 } separator } ? separator : null,
            PageSize = PageSizeOf(name, fields, diagnostics),
            Defaults = DefaultsOf(name, text, fields.GetValueOrDefault("defaults"), diagnostics),
            ParseBlockHtml = Child(fields.GetValueOrDefault("kramdown") as YamlMappingNode, "parse_block_html") is YamlScalarNode { Value: { } on } && on.ToLowerInvariant() is "true" or "yes" or "on",
            Quotes = QuotesOf(name, Child(fields.GetValueOrDefault("kramdown") as YamlMappingNode, "smart_quotes"), diagnostics),
            PostFiles = Text(fields, "markdown_ext") is { } markdownExt ? PostFiles.Of(markdownExt) : PostFiles.Jekyll,
            Excludes = JekyllExcludes.With(Strings(fields.GetValueOrDefault("exclude")).Except(Strings(fields.GetValueOrDefault("include")), StringComparer.Ordinal)),
            DollarMath = MathFlags.InConfig(fields),
            Values = fields.Where(field => !BuildKeys.Contains(field.Key) && !SiteKeys.Contains(field.Key)).ToDictionary(StringComparer.Ordinal),
            Diagnostics = [.. diagnostics.OrderBy(d => d.Line)],
        };
    }

    private static JekyllConfig Failed(string name, string message, int? line = null, int? column = null) =>
        new() { Diagnostics = [ContentDiagnostic.Error(name, message, line, column)] };

    private static string? Text(Dictionary<string, YamlNode> fields, string key) =>
        fields.GetValueOrDefault(key) is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value.Trim() : null;

    private static string? Checked(string name, Dictionary<string, YamlNode> fields, string key, Func<string, bool> valid, string problem, List<ContentDiagnostic> diagnostics)
    {
        if (Text(fields, key) is not { } value) return null;
        if (valid(value)) return value;
        diagnostics.Add(Warning(name, fields[key], $"{key} '{value}' {problem}: ignored"));
        return null;
    }

    /// <summary>
    /// The posts' permalink: the posts collection's own (<c>collections: posts: permalink:</c>, which minima's sites set)
    /// before the site's <c>permalink</c>, as Jekyll reads them; either, when it is not usable, is reported and the
    /// other is read.
    /// </summary>
    private static string? PermalinkOf(string name, Dictionary<string, YamlNode> fields, List<ContentDiagnostic> diagnostics)
    {
        var site = Checked(name, fields, "permalink", Routing.JekyllUrls.IsValid, Routing.JekyllUrls.ValidForms, diagnostics);
        if (Child(PostsCollection(fields.GetValueOrDefault("collections")), "permalink") is not YamlScalarNode { Value: { } written } node
            || written.Trim().Length == 0) return site;
        if (Routing.JekyllUrls.IsValid(written.Trim())) return written.Trim();
        diagnostics.Add(Warning(name, node, $"collections: posts: permalink '{written.Trim()}' {Routing.JekyllUrls.ValidForms}: ignored"));
        return site;
    }

    private static YamlMappingNode? PostsCollection(YamlNode? collections) => Child(collections as YamlMappingNode, "posts") as YamlMappingNode;

    /// <summary>Whether <c>collections</c> holds only the posts' settings, which are read: then it is no build-only key.</summary>
    private static bool OnlyPostsCollection(YamlNode collections) =>
        collections is YamlMappingNode mapping && mapping.Children.Keys.All(key => key is YamlScalarNode { Value: "posts" });

    /// <summary><c>author: Ada</c>, or jekyll-seo-tag's <c>author: {name: Ada, ...}</c>.</summary>
    private static string? AuthorOf(string name, Dictionary<string, YamlNode> fields, List<ContentDiagnostic> diagnostics)
    {
        switch (fields.GetValueOrDefault("author"))
        {
            case YamlScalarNode: return Text(fields, "author");
            case YamlMappingNode mapping when Child(mapping, "name") is YamlScalarNode { Value: { } value }:
                return value.Trim();
            case { } other:
                diagnostics.Add(Warning(name, other, "author has no name (give 'author: Your Name' or 'author: {name: Your Name}'): ignored"));
                return null;
            default: return null;
        }
    }

    private static string? BaseUrlOf(string name, Dictionary<string, YamlNode> fields, List<ContentDiagnostic> diagnostics)
    {
        if (Text(fields, "url") is not { } url) return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Add(Warning(name, fields["url"], $"url '{url}' is not an http(s) address such as 'https://example.org': ignored"));
            return null;
        }
        var path = Text(fields, "baseurl")?.Trim('/') ?? "";
        return url.TrimEnd('/') + (path.Length > 0 ? "/" + path : "");
    }

    private static SmartQuotes QuotesOf(string name, YamlNode? node, List<ContentDiagnostic> diagnostics)
    {
        if (node is null || node is YamlScalarNode { Value: null or "" }) return SmartQuotes.Kramdown;
        IReadOnlyList<string> entities = node switch
        {
            YamlScalarNode { Value: { } written } => written.Split(','),
            YamlSequenceNode list => [.. list.Children.Select(item => (item as YamlScalarNode)?.Value ?? "")],
            _ => [],
        };
        if (SmartQuotes.Parse(entities, out var problem) is { } quotes) return quotes;
        diagnostics.Add(Warning(name, node, $"kramdown: smart_quotes {problem}: kramdown's curly quotes (lsquo,rsquo,ldquo,rdquo) are used"));
        return SmartQuotes.Kramdown;
    }

    private static int? PageSizeOf(string name, Dictionary<string, YamlNode> fields, List<ContentDiagnostic> diagnostics)
    {
        if (Text(fields, "paginate") is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= 1000) return size;
        diagnostics.Add(Warning(name, fields["paginate"], $"paginate '{text}' is not a number of posts from 1 to 1000: ignored"));
        return null;
    }

    /// <summary>
    /// Each scope of <c>defaults</c> with its values as written. A scope that is not shaped as Jekyll's (a <c>values</c>
    /// mapping, a <c>scope</c> with a text <c>path</c> and <c>type</c>), or whose values do not read alone as YAML, is
    /// reported and left out.
    /// </summary>
    private static FrontMatterDefaults DefaultsOf(string name, string text, YamlNode? node, List<ContentDiagnostic> diagnostics)
    {
        if (node is null || node is YamlScalarNode { Value: null or "" }) return FrontMatterDefaults.None;
        if (node is not YamlSequenceNode list)
        {
            diagnostics.Add(Warning(name, node, "defaults must be a list of '- scope: ...' and 'values: ...': ignored"));
            return FrontMatterDefaults.None;
        }
        var lines = text.Split('\n');
        var scopes = new List<FrontMatterDefaults.Scope>();
        foreach (var item in list.Children)
        {
            var scope = item is YamlMappingNode mapping ? mapping : null;
            var where = Child(scope, "scope") as YamlMappingNode;
            var values = Child(scope, "values") as YamlMappingNode;
            if (scope is null || values is null)
            {
                diagnostics.Add(Warning(name, item, "a default needs 'values:', a mapping of fields (and may have 'scope:' with 'path' and 'type'): ignored"));
                continue;
            }
            var path = (Child(where, "path") as YamlScalarNode)?.Value?.Trim().Trim('/') ?? "";
            var typeNode = Child(where, "type") as YamlScalarNode;
            var type = typeNode?.Value?.Trim();
            if (type is not null && OldTypeNames.GetValueOrDefault(type) is { } renamed)
            {
                // Jekyll still reads its old names, with a deprecation message.
                diagnostics.Add(ContentDiagnostic.Note(name, $"scope type '{type}' is Jekyll's old name for '{renamed}': read as '{renamed}'",
                    (int)typeNode!.Start.Line, (int)typeNode.Start.Column));
                type = renamed;
            }
            var written = values.Children.Select(pair => values.Style == MappingStyle.Flow ? InlineValueOf(pair.Key, pair.Value) : ValueOf(lines, pair.Key, pair.Value))
                .OfType<FrontMatterDefaults.Value>().ToList();
            if (written.Any(value => !ReadsAlone(value.Text)))
            {
                diagnostics.Add(Warning(name, values, "these default values cannot be read apart from the rest of the file (an alias to an anchor elsewhere?): ignored"));
                continue;
            }
            scopes.Add(new FrontMatterDefaults.Scope(path, string.IsNullOrEmpty(type) ? null : type, written));
        }
        return new FrontMatterDefaults(scopes);
    }

    /// <summary>A list of texts (<c>exclude: [a, b]</c>), or one text; anything else is none.</summary>
    private static IEnumerable<string> Strings(YamlNode? node) => node switch
    {
        YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(item => item.Value).OfType<string>(),
        YamlScalarNode { Value: { Length: > 0 } one } => [one],
        _ => [],
    };

    private static YamlNode? Child(YamlMappingNode? mapping, string key) =>
        mapping is not null && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    /// <summary>A field of <c>values:</c> as written, from its key to the end of its value, unindented.</summary>
    private static FrontMatterDefaults.Value? ValueOf(string[] lines, YamlNode key, YamlNode value)
    {
        if (key is not YamlScalarNode { Value: { } name }) return null;
        var first = (int)key.Start.Line;
        var last = value.AllNodes.Where(IsEndedWhereItsTextEnds).Select(EndLine).Append(first).Max();
        var indent = (int)key.Start.Column - 1;
        var block = lines[(first - 1)..Math.Min(last, lines.Length)]
            .Select(line => line.TrimEnd('\r'))
            .Select(line => line.Length >= indent && line[..indent].Trim().Length == 0 ? line[indent..] : line.TrimStart());
        return new FrontMatterDefaults.Value(name, string.Join('\n', block), first, indent);
    }

    /// <summary>
    /// A field of <c>values: {layout: post, tags: [a]}</c>, written out again on a line of its own (a collection's
    /// position in YAML's reader has no end to cut the text at).
    /// </summary>
    private static FrontMatterDefaults.Value? InlineValueOf(YamlNode key, YamlNode value)
    {
        if (key is not YamlScalarNode { Value: { } name }) return null;
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(new YamlMappingNode(key, value))).Save(writer, assignAnchors: false);
        var yaml = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        if (yaml.EndsWith("\n...", StringComparison.Ordinal)) yaml = yaml[..^4];
        return new FrontMatterDefaults.Value(name, yaml, (int)key.Start.Line, (int)key.Start.Column - 1);
    }

    /// <summary>Only scalars know where their text ends: YAML's reader gives a collection's end as its start.</summary>
    private static bool IsEndedWhereItsTextEnds(YamlNode node) => node is YamlScalarNode;

    /// <summary>The last line a node's text is on: a block scalar's end is reported at the start of the line after it.</summary>
    private static int EndLine(YamlNode node) =>
        (int)(node.End.Column == 1 && node.End.Line > node.Start.Line ? node.End.Line - 1 : node.End.Line);

    private static bool ReadsAlone(string yaml)
    {
        try
        {
            new YamlStream().Load(new StringReader(yaml));
            return true;
        }
        catch (YamlException)
        {
            return false;
        }
    }

    private static ContentDiagnostic Warning(string name, YamlNode node, string message) =>
        ContentDiagnostic.Warning(name, message, (int)node.Start.Line, (int)node.Start.Column);
}
