using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Reading;

/// <summary>
/// Reads a front matter's YAML into a <see cref="FrontMatter"/>, with the site's front matter defaults for the fields it
/// does not write, reporting problems with the file's own line numbers (or <c>_config.yml</c>'s, for a default).
/// Returns null when the file must be skipped (an error was reported).
/// </summary>
public sealed class FrontMatterParser(TimeZoneInfo timeZone, int currentYear, FrontMatterDefaults? defaults = null)
{
    /// <summary>How many nodes a front matter may hold once its aliases are expanded ("billion laughs" stops here).</summary>
    public const int MaxExpandedNodes = 10_000;

    public FrontMatter? Parse(string path, string yaml, ICollection<ContentDiagnostic> diagnostics)
    {
        if (defaults?.Apply(path, yaml) is not { } defaulted) return ParseYaml(path, yaml, diagnostics);
        var found = new List<ContentDiagnostic>();
        var frontMatter = ParseYaml(path, defaulted.Yaml, found);
        foreach (var diagnostic in found) diagnostics.Add(defaulted.Locate(diagnostic));
        return frontMatter;
    }

    private FrontMatter? ParseYaml(string path, string yaml, ICollection<ContentDiagnostic> diagnostics)
    {
        // Jekyll's YAML reader keeps the last of two keys with one name, at any depth; YamlDotNet refuses both.
        yaml = YamlDuplicateKeys.WithoutEarlier(yaml, out var duplicates);
        foreach (var duplicate in duplicates)
        {
            diagnostics.Add(ContentDiagnostic.Warning(path, $"field '{duplicate.Key}' is written twice: the last one counts",
                FileLine(duplicate.Later), (int)duplicate.Later.Column));
        }
        YamlStream stream = new();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            var problem = YamlProblem.Of(yaml, e);
            diagnostics.Add(ContentDiagnostic.Error(path, $"invalid YAML in front matter: {problem.Reason}",
                problem.Line + SourceText.FrontMatterFirstLine - 1, problem.Column));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException for some unclosed flow collections ("tags: [a, b").
            var at = scanner.CurrentPosition;
            diagnostics.Add(ContentDiagnostic.Error(path, "invalid YAML in front matter: the reader stopped here (is a '[' or '{' left open?)",
                FileLine(at), (int)at.Column));
            return null;
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (root is YamlScalarNode scalar && IsNull(scalar)) root = null;
        if (root is not null and not YamlMappingNode)
        {
            diagnostics.Add(ContentDiagnostic.Error(path, "front matter must be a mapping of fields (`title: ...`), not a list or a single value",
                FileLine(root.Start), (int)root.Start.Column));
            return null;
        }

        var mapping = root as YamlMappingNode ?? new YamlMappingNode();
        if (ExpandedSize(mapping, new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance)) > MaxExpandedNodes)
        {
            diagnostics.Add(ContentDiagnostic.Error(path, $"front matter expands to more than {MaxExpandedNodes} YAML nodes (aliases nested too deep)",
                FileLine(mapping.Start), (int)mapping.Start.Column));
            return null;
        }

        return ReadFields(path, mapping, diagnostics);
    }

    private FrontMatter? ReadFields(string path, YamlMappingNode mapping, ICollection<ContentDiagnostic> diagnostics)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) continue;
            fields[key] = valueNode;
            if (FrontMatter.KnownFields.Contains(key)) continue;
            if (FieldNames.LikelyTypoOf(key) is { } known)
                diagnostics.Add(ContentDiagnostic.Warning(path, $"unknown field '{key}': did you mean '{known}'?",
                    FileLine(keyNode.Start), (int)keyNode.Start.Column));
        }

        var title = Text(fields.GetValueOrDefault("title"));
        if (string.IsNullOrWhiteSpace(title))
        {
            // As Jekyll does: 2009-09-05-edge-case.md is "Edge Case".
            title = TitleFromFileName(path);
            var at = fields.GetValueOrDefault("title")?.Start;
            diagnostics.Add(at is { } mark
                ? ContentDiagnostic.Warning(path, $"title is empty: '{title}', made from the file name, is used", FileLine(mark), (int)mark.Column)
                : ContentDiagnostic.Warning(path, $"front matter has no title: '{title}', made from the file name, is used", SourceText.FrontMatterFirstLine));
        }

        if (!TryReadBoolean(fields.GetValueOrDefault("published"), out var published))
        {
            var node = fields["published"];
            diagnostics.Add(ContentDiagnostic.Error(path, "published must be true or false (also yes/no, on/off)",
                FileLine(node.Start), (int)node.Start.Column));
            return null;
        }

        // Hugo's draft flag: a draft is never published by accident, so a value that is not true or false is one too.
        var draftNode = fields.GetValueOrDefault("draft");
        if (!TryReadBoolean(draftNode, out var isDraft))
        {
            diagnostics.Add(ContentDiagnostic.Warning(path, "draft must be true or false: taken as true", FileLine(draftNode!.Start), (int)draftNode.Start.Column));
            isDraft = true;
        }
        isDraft &= draftNode is not null && !(draftNode is YamlScalarNode scalar && IsNull(scalar));

        var liquidNode = fields.GetValueOrDefault("render_with_liquid");
        if (!TryReadBoolean(liquidNode, out var rendersLiquid))
        {
            diagnostics.Add(ContentDiagnostic.Warning(path, "render_with_liquid must be true or false: Liquid runs", FileLine(liquidNode!.Start), (int)liquidNode.Start.Column));
            rendersLiquid = true;
        }

        return new FrontMatter
        {
            Title = title.Trim(),
            Layout = ReadLayout(path, fields.GetValueOrDefault("layout"), diagnostics),
            Range = ReadRange(path, fields.GetValueOrDefault("range"), diagnostics),
            Date = ReadDate(path, fields.GetValueOrDefault("date"), diagnostics),
            // Jekyll's order (Document#populate_categories): `categories`, then `category`.
            Categories = [.. TermNames(path, "category", fields.GetValueOrDefault("categories"), splitWords: true, diagnostics),
                          .. TermNames(path, "category", fields.GetValueOrDefault("category"), splitWords: false, diagnostics)],
            Tags = TermNames(path, "tag", fields.GetValueOrDefault("tags"), splitWords: true, diagnostics),
            Published = published && !isDraft,
            Image = ReadImage(path, ImageNode(fields.GetValueOrDefault("image")), diagnostics),
            ImageAt = ImageNode(fields.GetValueOrDefault("image")) is { } imageNode ? (FileLine(imageNode.Start), (int)imageNode.Start.Column) : null,
            Description = NonEmpty(Text(fields.GetValueOrDefault("description"))) ?? NonEmpty(Text(fields.GetValueOrDefault("excerpt"))),
            Slug = NonEmpty(Text(fields.GetValueOrDefault("slug"))),
            RedirectFrom = [.. Names(fields.GetValueOrDefault("redirect_from"), splitWords: false), .. Names(fields.GetValueOrDefault("aliases"), splitWords: false)],
            Permalink = NonEmpty(Text(fields.GetValueOrDefault("permalink"))),
            OldAddressesAt = WrittenAt(fields.GetValueOrDefault("redirect_from"), fields.GetValueOrDefault("aliases"), fields.GetValueOrDefault("permalink")),
            ExcerptSeparator = Separator(Text(fields.GetValueOrDefault("excerpt_separator"))),
            RendersLiquid = rendersLiquid,
            DollarMath = MathFlags.InFrontMatter(fields),
            MediaPath = ReadMediaPath(path, fields, diagnostics),
            Fields = YamlValues.Fields(mapping),
        };
    }

    /// <summary>
    /// Jekyll's title for a file without one (Utils.titleize_slug): the name without its date, split at each '-', each
    /// word capitalised as Ruby's <c>capitalize</c> does, the rest of it lower case ("iOS-tips" is "Ios Tips").
    /// </summary>
    private static string TitleFromFileName(string path)
    {
        var name = PostDate.TitleOfFileName(Path.GetFileNameWithoutExtension(path));
        var words = name.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant());
        return string.Join(' ', words) is { Length: > 0 } title ? title : name;
    }

    private static PostLayout ReadLayout(string path, YamlNode? node, ICollection<ContentDiagnostic> diagnostics)
    {
        var text = Text(node);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "post": return PostLayout.Post;
            case "page": return PostLayout.Page;
            default:
                diagnostics.Add(ContentDiagnostic.Warning(path, $"unknown layout '{text}': treated as 'post' (known: post, page)",
                    FileLine(node!.Start), (int)node.Start.Column));
                return PostLayout.Post;
        }
    }

    private YearRange? ReadRange(string path, YamlNode? node, ICollection<ContentDiagnostic> diagnostics)
    {
        if (node is null || node is YamlScalarNode s && IsNull(s)) return null;
        var text = Text(node);
        if (YearRange.TryParse(text, currentYear, out var range)) return range;
        var reason = text is not null && YearRange.IsWrittenAsRange(text)
            ? "it ends before it starts"
            : "expected '2022 - 2024', '2023' or '2021 - present'";
        diagnostics.Add(ContentDiagnostic.Warning(path, $"range '{text}' ignored: {reason}", FileLine(node.Start), (int)node.Start.Column));
        return null;
    }

    private DateTimeOffset? ReadDate(string path, YamlNode? node, ICollection<ContentDiagnostic> diagnostics)
    {
        if (node is null || node is YamlScalarNode s && IsNull(s)) return null;
        var text = Text(node);
        if (PostDate.TryParse(text, timeZone, out var date)) return date;
        diagnostics.Add(ContentDiagnostic.Warning(path, $"date '{text}' ignored: expected '2023-01-05' or '2023-01-05 10:30:00 +0100'",
            FileLine(node.Start), (int)node.Start.Column));
        return null;
    }

    /// <summary>YAML's booleans as Jekyll authors write them (<c>yes</c>/<c>no</c>, <c>on</c>/<c>off</c>, any case); absent or null is true.</summary>
    private static bool TryReadBoolean(YamlNode? node, out bool value)
    {
        value = true;
        if (node is null || node is YamlScalarNode s && IsNull(s)) return true;
        switch (Text(node)?.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": value = false; return true;
            default: return false;
        }
    }

    /// <summary>
    /// The names of categories or tags. One that gives no URL name (<c>..</c>, <c>?</c>) is reported and dropped; one
    /// whose URL name is longer than <see cref="Term.MaxSlugLength"/> is reported, and its URL name cut.
    /// </summary>
    private static string[] TermNames(string path, string kind, YamlNode? node, bool splitWords, ICollection<ContentDiagnostic> diagnostics)
    {
        var names = Names(node, splitWords);
        var kept = new List<string>(names.Length);
        foreach (var name in names)
        {
            var at = node is YamlSequenceNode sequence ? sequence.Children.FirstOrDefault(child => Text(child)?.Trim() == name)?.Start ?? node.Start : node!.Start;
            var slug = Content.Slug.From(name);
            if (slug.Length == 0)
            {
                diagnostics.Add(ContentDiagnostic.Warning(path, $"{kind} '{name}' dropped: it has no letter or digit to make its address from",
                    FileLine(at), (int)at.Column));
                continue;
            }
            if (slug.Length > Term.MaxSlugLength)
            {
                diagnostics.Add(ContentDiagnostic.Warning(path,
                    $"{kind} '{Summary.Cut(name, 40)}' makes an address of {slug.Length} characters: cut to '{Term.From(name).Slug}'",
                    FileLine(at), (int)at.Column));
            }
            kept.Add(name);
        }
        return [.. kept];
    }

    /// <summary>
    /// The image's path: the field itself, or its <c>path</c> as jekyll-seo-tag and Chirpy read it
    /// (<c>image: {path: /x.png, alt: ...}</c>), or its <c>src</c> as Chirpy read it before its version 5.
    /// </summary>
    private static YamlNode? ImageNode(YamlNode? node) =>
        node is YamlMappingNode mapping &&
        (mapping.Children.TryGetValue(new YamlScalarNode("path"), out var path) || mapping.Children.TryGetValue(new YamlScalarNode("src"), out path)) ? path : node;

    /// <summary>
    /// The preview image: an <see cref="ImageAddress"/>. Anything else is reported and ignored: it would land in
    /// <c>og:image</c> and <c>&lt;img src&gt;</c>.
    /// </summary>
    private static string? ReadImage(string path, YamlNode? node, ICollection<ContentDiagnostic> diagnostics)
    {
        if (NonEmpty(Text(node)) is not { } image) return null;
        if (ImageAddress.Of(image) is { } address) return address;
        diagnostics.Add(ContentDiagnostic.Warning(path, $"image '{Summary.Cut(image, 60)}' ignored: give a site path, a path beside the post or an http(s) URL (no spaces, no backslashes)",
            FileLine(node!.Start), (int)node.Start.Column));
        return null;
    }

    /// <summary>
    /// Chirpy's <c>media_subpath</c> (<c>img_path</c> before its version 6): an <see cref="ImageAddress"/> too, since
    /// every relative image of the post, the preview's among them, starts with it. Anything else is reported and ignored.
    /// </summary>
    private static string? ReadMediaPath(string path, Dictionary<string, YamlNode> fields, ICollection<ContentDiagnostic> diagnostics)
    {
        var (name, node) = fields.GetValueOrDefault("media_subpath") is { } subpath && NonEmpty(Text(subpath)) is not null
            ? ("media_subpath", subpath)
            : ("img_path", fields.GetValueOrDefault("img_path"));
        if (NonEmpty(Text(node)) is not { } mediaPath) return null;
        if (ImageAddress.Of(mediaPath) is { } address) return address;
        diagnostics.Add(ContentDiagnostic.Warning(path, $"{name} '{Summary.Cut(mediaPath, 60)}' ignored: give a site path or an http(s) URL (no spaces, no backslashes)",
            FileLine(node!.Start), (int)node.Start.Column));
        return null;
    }

    /// <summary>A list of names, or one string: split on spaces for <c>categories</c> and <c>tags</c> (as Jekyll does), whole for <c>category</c>.</summary>
    private static string[] Names(YamlNode? node, bool splitWords) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select(Text).Select(NonEmpty).OfType<string>()],
        YamlScalarNode scalar when !IsNull(scalar) && NonEmpty(scalar.Value) is { } value =>
            splitWords ? value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [value],
        _ => [],
    };

    /// <summary>Where each text of <paramref name="nodes"/> (scalars, or lists of them) is written: the first place, for one written twice.</summary>
    private static Dictionary<string, (int Line, int Column)> WrittenAt(params YamlNode?[] nodes)
    {
        var at = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        foreach (var scalar in nodes.SelectMany(node => node switch { YamlSequenceNode sequence => sequence.Children, YamlNode one => [one], null => [] }).OfType<YamlScalarNode>())
            if (NonEmpty(Text(scalar)) is { } text) at.TryAdd(text, (FileLine(scalar.Start), (int)scalar.Start.Column));
        return at;
    }

    private static string? Text(YamlNode? node) => node is YamlScalarNode scalar && !IsNull(scalar) ? scalar.Value : null;

    /// <summary>An excerpt separator: trimmed, but a paragraph break (<c>"\n\n"</c>, Jekyll's default) kept as it is.</summary>
    private static string? Separator(string? text) =>
        string.IsNullOrEmpty(text) ? null : string.IsNullOrWhiteSpace(text) ? text : text.Trim();

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static int FileLine(Mark mark) => (int)mark.Line + SourceText.FrontMatterFirstLine - 1;

    private static long ExpandedSize(YamlNode node, Dictionary<YamlNode, long> sizes)
    {
        if (sizes.TryGetValue(node, out var known)) return known;
        sizes[node] = 1; // a node met again while being sized is a cycle; count it once
        var size = 1 + node switch
        {
            YamlMappingNode map => map.Children.Sum(pair => ExpandedSize(pair.Key, sizes) + ExpandedSize(pair.Value, sizes)),
            YamlSequenceNode sequence => sequence.Children.Sum(child => ExpandedSize(child, sizes)),
            _ => 0,
        };
        size = Math.Min(size, MaxExpandedNodes + 1);
        sizes[node] = size;
        return size;
    }
}
