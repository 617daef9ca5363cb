using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Site.Content.Reading;

/// <summary>
/// Where a YAML text goes wrong and why, in words an author can act on. YamlDotNet places some errors where the value
/// before the problem starts (a tab in the next line's indentation is reported at the start of the value above it),
/// and some nowhere (an alias whose anchor is missing, at 1:1): those are placed at the character itself.
/// </summary>
public sealed partial record YamlProblem(int Line, int Column, string Reason)
{
    /// <summary>The problem <paramref name="error"/> found in <paramref name="yaml"/>, at a 1-based line and column of the YAML.</summary>
    public static YamlProblem Of(string yaml, YamlException error)
    {
        var reason = (error.InnerException?.Message ?? error.Message).Trim();
        var start = (int)Math.Clamp(error.Start.Index, 0, yaml.Length);

        if (reason.Contains(" tab ", StringComparison.Ordinal) && IndentingTab().Match(yaml, LineStart(yaml, start)) is { Success: true } tab)
            return At(yaml, tab.Index + tab.Length - 1, "a tab in the indentation: YAML indents with spaces only");

        if (MissingAnchor().Match(reason) is { Success: true } missing
            && Regex.Match(yaml, $@"\*{Regex.Escape(missing.Groups["name"].Value)}(?![^\s,\]}}])", RegexOptions.CultureInvariant) is { Success: true } alias)
            return At(yaml, alias.Index, $"'*{missing.Groups["name"].Value}' repeats an anchor '&{missing.Groups["name"].Value}' that is not written before it");

        if (reason.Contains("multi-line double-quoted scalar", StringComparison.Ordinal) || reason.Contains("multi-line single-quoted scalar", StringComparison.Ordinal)
            || reason.Contains("quoted scalar, found unexpected end of stream", StringComparison.Ordinal))
            return new((int)error.Start.Line, (int)error.Start.Column, "a quoted value runs on to the next lines: is its closing quote missing?");

        if (reason.Contains("unknown escape character", StringComparison.Ordinal) && UnknownEscape().Match(yaml, start) is { Success: true } escape)
            return At(yaml, escape.Index, $"'{escape.Value}' is no escape in a double-quoted value: write '\\\\' for a backslash, or use single quotes");

        if (reason.Contains("found invalid mapping", StringComparison.Ordinal))
            return new((int)error.Start.Line, (int)error.Start.Column, "': ' inside a value: put the value in quotes");

        if (reason.Contains("cannot start any token", StringComparison.Ordinal) && start < yaml.Length)
            return new((int)error.Start.Line, (int)error.Start.Column, $"a value cannot start with '{yaml[start]}': put it in quotes");

        if (reason.Contains("did not find expected key", StringComparison.Ordinal))
        {
            if (FlowValue().Match(yaml, LineStart(yaml, start)) is { Success: true } flow && flow.Index < start)
            {
                return At(yaml, flow.Groups["value"].Index, flow.Groups["value"].Value == "["
                    ? "a value that starts with '[' is a list, and must end with its ']': put the value in quotes"
                    : "a value that starts with '{' is a mapping (Liquid's '{{' too), and must end with its '}': put the value in quotes");
            }
            return new((int)error.Start.Line, (int)error.Start.Column,
                "YAML cannot read on from here: is there text after a closing quote, or a line indented by mistake?");
        }

        return new((int)error.Start.Line, (int)error.Start.Column, reason);
    }

    private static YamlProblem At(string yaml, int index, string reason)
    {
        var lineStart = LineStart(yaml, index);
        var line = 1 + yaml.AsSpan(0, lineStart).Count('\n');
        return new(line, index - lineStart + 1, reason);
    }

    private static int LineStart(string yaml, int index) => index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;

    /// <summary>A tab among the spaces that start a line.</summary>
    [GeneratedRegex(@"(?m)^ *\t", RegexOptions.CultureInvariant)]
    private static partial Regex IndentingTab();

    /// <summary>A backslash and a character YAML's double quotes give no meaning to.</summary>
    [GeneratedRegex(@"\\[^0abt\tnvfre "" /\\N_LPxuU\r\n]", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownEscape();

    /// <summary>A line whose value starts as a flow collection: <c>key: {...</c> or <c>key: [...</c>.</summary>
    [GeneratedRegex(@"\G[ ]*[^\s:#][^:\n]*:[ ]+(?<value>[\[{])", RegexOptions.CultureInvariant)]
    private static partial Regex FlowValue();

    [GeneratedRegex(@"anchor '(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex MissingAnchor();
}
