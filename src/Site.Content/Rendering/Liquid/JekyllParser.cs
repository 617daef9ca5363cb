using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using Fluid.Values;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Liquid as Jekyll speaks it: Fluid's grammar with Jekyll's own tags in place of Shopify's. <c>include</c> takes a bare
/// file name and <c>key=value</c> parameters (<see cref="IncludeTag"/>), <c>highlight</c> makes a fenced code block
/// (<see cref="HighlightTag"/>), <c>post_url</c> and <c>link</c> link to posts and files (<see cref="LinkTags"/>),
/// <c>capture</c> is bounded (<see cref="CaptureTag"/>); Shopify's <c>render</c>, which Jekyll lacks, is unknown. One
/// parser serves every post: Fluid's parser is thread-safe once built.
/// </summary>
internal sealed class JekyllParser : FluidParser
{
    public static readonly JekyllParser Instance = new();

    private JekyllParser()
    {
        RegisteredTags.Remove("render");

        // A file or path argument: {{ an expression }}, a quoted string, or bare text up to a space, as Jekyll writes them.
        var path = OneOf(
            Between(Terms.Text("{{"), FilterExpression, Terms.Text("}}")),
            String.Then<Expression>(text => new LiteralExpression(new StringValue(text.ToString()))),
            Terms.Pattern(c => !char.IsWhiteSpace(c) && c is not ('%' or '{' or '}' or '"' or '\''))
                .Then<Expression>(text => new LiteralExpression(new StringValue(text.ToString()))));

        var parameter = Identifier.AndSkip(Terms.Char('=')).And(Primary.ElseError("a value was expected after '='"));
        RegisterParserTag("include",
            path.ElseError("a file name was expected after 'include'").And(ZeroOrMany(parameter))
                .Then((context, call) => new IncludeCall(TagSite.Of(context), TemplateRewrites.Apply(call.Item1),
                    [.. call.Item2.Select(p => (p.Item1, TemplateRewrites.Apply(p.Item2)))])),
            IncludeTag.RenderAsync);

        foreach (var linkTag in (string[])["post_url", "link"])
        {
            RegisterParserTag(linkTag,
                path.ElseError($"a name was expected after '{linkTag}'")
                    .Then((context, argument) => new LinkCall(TagSite.Of(context), TemplateRewrites.Apply(argument))),
                linkTag == "post_url" ? LinkTags.RenderPostUrlAsync : LinkTags.RenderLinkAsync);
        }

        var language = Terms.Pattern(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '#' or '_' or '-');
        RegisterParserBlock("highlight",
            language.ElseError("a language was expected after 'highlight'").And(AnyCharBefore(TagEnd, canBeEmpty: true))
                .Then((context, block) => HighlightCall.At(context.Scanner.Buffer, TagSite.Of(context), block.Item1.ToString(), block.Item2.ToString().Trim())),
            HighlightTag.RenderAsync);

        RegisterParserBlock("capture", Identifier.ElseError("a variable name was expected after 'capture'"), CaptureTag.RenderAsync);
    }

    /// <summary>A condition as <c>where_exp</c> takes it (<c>item.year > 2020 and item.draft != true</c>), or null when it is not one.</summary>
    public Expression? ReadCondition(string text)
    {
        var context = new FluidParseContext(text);
        if (!LogicalExpression.TryParse(context, out var condition, out var error) || error is not null) return null;
        context.Scanner.SkipWhiteSpace();
        return context.Scanner.Cursor.Eof ? TemplateRewrites.Apply(condition) : null;
    }
}

/// <summary>
/// Where a tag was written: its offset in the text it was read from (a body or an include) and the whole tag as
/// written, to report it and to show it as written when it cannot run.
/// </summary>
internal readonly record struct TagSite(int Offset, string Written)
{
    /// <summary>The tag whose arguments the parser has just read.</summary>
    public static TagSite Of(Parlot.Fluent.ParseContext context)
    {
        var text = context.Scanner.Buffer;
        var read = context.Scanner.Cursor.Offset;
        var open = Math.Max(0, text.LastIndexOf("{%", Math.Max(0, read - 1), StringComparison.Ordinal));
        var close = text.IndexOf("%}", read, StringComparison.Ordinal);
        return new TagSite(open, text[open..(close < 0 ? text.Length : close + 2)]);
    }
}
