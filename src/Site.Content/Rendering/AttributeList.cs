using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// One of kramdown's attribute lists, <c>{: .class #id key="value" name}</c>, read and made safe: classes and ids
/// (<c>.a</c> and <c>class="a b"</c>, <c>#b</c> and <c>id="b"</c>) only of <c>[A-Za-z0-9_-]</c>; no event handler
/// (<c>on*</c>), no <c>style</c> that loads or runs something, no URL attribute with a scheme other than http(s) or
/// mailto. Bare names refer to attribute list definitions
/// (<c>{:name: ...}</c>), or say <c>toc</c>.
/// </summary>
public sealed partial record AttributeList(IReadOnlyList<string> Classes, string? Id, IReadOnlyList<KeyValuePair<string, string>> Attributes, IReadOnlyList<string> References)
{
    /// <summary>The whole of a block or span attribute list, from <c>{:</c> to <c>}</c>.</summary>
    public static readonly Regex Pattern = Whole();

    /// <summary>The list a line holds when the line is one block attribute list and nothing else; null otherwise.</summary>
    public static Match? OfLine(string line)
    {
        var trimmed = line.Trim();
        return Pattern.Match(trimmed) is { Success: true } list && list.Length == trimmed.Length ? list : null;
    }

    /// <summary>Reads the inside of <c>{: ...}</c>.</summary>
    public static AttributeList Parse(string inside)
    {
        List<string> classes = [];
        string? id = null;
        List<KeyValuePair<string, string>> attributes = [];
        List<string> references = [];
        foreach (Match token in Token().Matches(inside))
        {
            if (token.Groups["class"].Success) classes.Add(token.Groups["class"].Value);
            else if (token.Groups["id"].Success) id = token.Groups["id"].Value;
            else if (token.Groups["key"].Success)
            {
                var key = token.Groups["key"].Value.ToLowerInvariant();
                var value = token.Groups["double"].Success ? token.Groups["double"].Value
                    : token.Groups["single"].Success ? token.Groups["single"].Value
                    : token.Groups["bare"].Value;
                if (key == "class")
                {
                    // As kramdown reads it: the key sets the list's classes, a later .name adds to them.
                    classes.Clear();
                    classes.AddRange(value.Split(' ', '\t', '\n').Where(name => SafeName().IsMatch(name)));
                }
                else if (key == "id")
                {
                    if (SafeName().IsMatch(value)) id = value;
                }
                else if (IsSafe(key, value)) attributes.Add(new(key, value));
            }
            else if (token.Groups["name"].Success) references.Add(token.Groups["name"].Value);
        }
        return new AttributeList(classes, id, attributes, references);
    }

    /// <summary>This list with a definition's attributes merged in where it refers to one.</summary>
    public AttributeList With(IReadOnlyDictionary<string, AttributeList> definitions)
    {
        var merged = this;
        foreach (var reference in References)
        {
            if (!definitions.TryGetValue(reference, out var defined)) continue;
            merged = merged with
            {
                Classes = [.. defined.Classes, .. merged.Classes],
                Id = merged.Id ?? defined.Id,
                Attributes = [.. defined.Attributes, .. merged.Attributes],
            };
        }
        return merged;
    }

    public void ApplyTo(IMarkdownObject target)
    {
        var html = target.GetAttributes();
        foreach (var name in Classes) html.AddClass(name);
        if (Id is not null) html.Id = Id;
        foreach (var (key, value) in Attributes)
        {
            html.Properties?.RemoveAll(property => property.Key == key);
            html.AddProperty(key, value);
        }
    }

    private static bool IsSafe(string key, string value)
    {
        if (key.StartsWith("on", StringComparison.Ordinal)) return false;
        if (key == "style") return !UnsafeStyle().IsMatch(value);
        if (key is "href" or "src" or "srcset" or "action" or "formaction" or "poster" or "data" or "xlink:href")
            return !LinkResolver.HasScheme(value.Trim()) || SafeScheme().IsMatch(value.Trim());
        return true;
    }

    [GeneratedRegex(@"^\{:(?![:/])\s*(?<inside>[^}\n]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex("""\.(?<class>[A-Za-z0-9_-]+)|#(?<id>[A-Za-z0-9_-]+)|(?<key>[A-Za-z_][A-Za-z0-9_:.-]*)=(?:"(?<double>[^"]*)"|'(?<single>[^']*)'|(?<bare>[^\s"'}]+))|(?<name>[A-Za-z][A-Za-z0-9_-]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();

    [GeneratedRegex(@"url\s*\(|expression\s*\(|javascript:|@import", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnsafeStyle();

    [GeneratedRegex("^(?:https?|mailto):", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SafeScheme();
}
