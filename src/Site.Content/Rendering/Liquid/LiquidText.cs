using System.Globalization;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Liquid text read by this site's parser (<see cref="JekyllParser"/>) into a template ready to run: ranges bounded
/// (<see cref="BoundedRange"/>), and any error placed at its offset in the text, whichever way the engine reported it.
/// </summary>
internal static partial class LiquidText
{
    public static (IFluidTemplate? Template, LiquidError? Error) Read(string text)
    {
        var context = new FluidParseContext(text);
        try
        {
            if (!JekyllParser.Instance.Grammar.TryParse(context, out var statements, out var error) || error is not null)
                return (null, error is null ? new LiquidError(context.Scanner.Cursor.Offset, "the text could not be read") : new LiquidError(error.Position.Offset, error.Message ?? "not valid Liquid"));
            if (!context.Scanner.Cursor.Eof) return (null, new LiquidError(context.Scanner.Cursor.Offset, "the text could not be read past here"));
            return (TemplateRewrites.Apply(new FluidTemplate(statements)), null);
        }
        catch (ParseException e)
        {
            // An unknown tag is thrown, not returned, with its place written in the message: "Unknown tag 'gist' at (2:10)".
            var at = ThrownPosition().Match(e.Message);
            return at.Success
                ? (null, new LiquidError(OffsetOf(text, int.Parse(at.Groups["line"].Value, CultureInfo.InvariantCulture), int.Parse(at.Groups["column"].Value, CultureInfo.InvariantCulture)), e.Message[..at.Index]))
                : (null, new LiquidError(context.Scanner.Cursor.Offset, e.Message));
        }
    }

    /// <summary>
    /// The markups of <paramref name="text"/> that use a filter this site does not have, each with that filter's name:
    /// the engine would pass their input through unchanged, and nothing would say so.
    /// </summary>
    public static IEnumerable<(Markup Markup, string Filter)> UnknownFilterUses(string text, IFluidTemplate template) => Uses(text, UnknownFilters(template));

    /// <summary>Where the first markup of <paramref name="text"/> that uses <paramref name="filter"/> starts; null when none does.</summary>
    public static int? FirstUse(string text, string filter) => Uses(text, [filter]).Select(use => (int?)use.Markup.Start).FirstOrDefault();

    private static IEnumerable<(Markup Markup, string Filter)> Uses(string text, IReadOnlyCollection<string> filters)
    {
        if (filters.Count == 0) yield break;
        var scanner = new Markup.Scanner(text);
        for (var markup = scanner.Next(0); markup is { } found; markup = scanner.Next(found.IsClosed ? found.End : found.Start + 2))
        {
            var written = text[found.Start..found.End];
            if (filters.FirstOrDefault(name => FilterUse(written, name)) is { } filter) yield return (found, filter);
        }
    }

    private static IReadOnlyCollection<string> UnknownFilters(IFluidTemplate template)
    {
        var finder = new FilterNames();
        finder.VisitTemplate(template);
        return [.. finder.Names.Where(name => !LiquidOptions.Instance.Filters.TryGetValue(name, out _))];
    }

    private static bool FilterUse(string markup, string filter)
    {
        for (var at = markup.IndexOf('|', StringComparison.Ordinal); at >= 0; at = markup.IndexOf('|', at + 1))
        {
            var name = markup.AsSpan(at + 1).TrimStart();
            if (name.StartsWith(filter, StringComparison.Ordinal) && (name.Length == filter.Length || !(char.IsAsciiLetterOrDigit(name[filter.Length]) || name[filter.Length] is '_' or '-')))
                return true;
        }
        return false;
    }

    private static int OffsetOf(string text, int line, int column)
    {
        var offset = 0;
        for (var i = 1; i < line && offset >= 0; i++) offset = text.IndexOf('\n', offset) is var newline and >= 0 ? newline + 1 : -1;
        return offset < 0 ? text.Length : Math.Min(text.Length, offset + column - 1);
    }

    [GeneratedRegex(@" at \((?<line>[0-9]+):(?<column>[0-9]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex ThrownPosition();

    private sealed class FilterNames : AstVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        protected override Expression VisitFilterExpression(FilterExpression filterExpression)
        {
            Names.Add(filterExpression.Name);
            return base.VisitFilterExpression(filterExpression);
        }
    }
}

/// <summary>What is wrong with some Liquid text, at an offset of it.</summary>
internal sealed record LiquidError(int Offset, string Message);
