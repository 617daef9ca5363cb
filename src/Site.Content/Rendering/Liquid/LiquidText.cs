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

    /// <summary>The names of the filters a template uses that this site does not have: the engine would pass their input through unchanged.</summary>
    public static IReadOnlyCollection<string> UnknownFilters(IFluidTemplate template)
    {
        var finder = new FilterNames();
        finder.VisitTemplate(template);
        return [.. finder.Names.Where(name => !LiquidOptions.Instance.Filters.TryGetValue(name, out _))];
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
