using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// Each piece of math learns the file line it was written on: its placeholder carries it to <see cref="MathTypesetting"/>,
/// which reports TeX errors long after the body's context is gone.
/// </summary>
public sealed class MathPositions : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        foreach (var math in MathSyntax.In(document)) math.FileLine = context.FirstLine + math.Line;
    }
}
