using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Site.Content.Reading;

/// <summary>
/// YAML nodes as the plain values Jekyll's YAML reader gives its templates: a mapping is a dictionary, a sequence a
/// list, and an unquoted scalar is null, true or false (also yes/no, on/off, as YAML 1.1 reads them), a number, or text;
/// a quoted scalar is always text. Dates stay text: Liquid's date filters read it.
/// </summary>
internal static partial class YamlValues
{
    /// <summary>
    /// How deep values nest before the rest is left out: aliases can make a node its own descendant, and a front
    /// matter's size is already bounded (<see cref="FrontMatterParser.MaxExpandedNodes"/>).
    /// </summary>
    private const int MaxDepth = 64;

    /// <summary>The fields of a mapping (a front matter), by name; keys that are not text are left out.</summary>
    public static Dictionary<string, object?> Fields(YamlMappingNode mapping) => Fields(mapping, 0);

    /// <summary>One node (a value of <c>_config.yml</c>) as a plain value.</summary>
    public static object? Of(YamlNode node) => Plain(node, 0);

    private static Dictionary<string, object?> Fields(YamlMappingNode mapping, int depth)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name }) fields[name] = Plain(value, depth + 1);
        }
        return fields;
    }

    private static object? Plain(YamlNode node, int depth)
    {
        if (depth > MaxDepth) return null;
        switch (node)
        {
            case YamlMappingNode mapping:
                return Fields(mapping, depth);
            case YamlSequenceNode sequence:
                return sequence.Children.Select(child => Plain(child, depth + 1)).ToList();
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var text }:
                return PlainScalar(text);
            case YamlScalarNode scalar:
                return scalar.Value ?? "";
            default:
                return null;
        }
    }

    private static object? PlainScalar(string? text)
    {
        switch (text)
        {
            case null or "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON": return true;
            case "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF": return false;
        }
        if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            return integer;
        // A decimal keeps the digits as written: `version: 2.0` shows as 2.0, as in Jekyll, not as 2.
        if (FloatPattern().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return number;
        return text;
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
