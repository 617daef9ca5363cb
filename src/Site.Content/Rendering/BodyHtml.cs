namespace Site.Content.Rendering;

/// <summary>
/// A body's HTML as the pipeline wrote it, and its finishing (code highlighted, math typeset), done once, the first
/// time the HTML is wanted: those stages cost too much to run for every post on the way to the site's first answer.
/// Thread-safe; the finished HTML is kept.
/// </summary>
public sealed class BodyHtml
{
    private readonly Lazy<(string Html, IReadOnlyList<BodyProblem> Problems)> _finished;

    /// <param name="written">The HTML the pipeline wrote.</param>
    /// <param name="finishing">The stages that finish it, in order; none leaves it as written.</param>
    public BodyHtml(string written, IReadOnlyList<IHtmlStage>? finishing = null)
    {
        Written = written;
        _finished = finishing is not { Count: > 0 }
            ? new((written, []))
            : new(() => Finish(written, finishing), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The HTML before finishing: what a reader would see if it had never run.</summary>
    public string Written { get; }

    /// <summary>The finished HTML.</summary>
    public string Html => _finished.Value.Html;

    /// <summary>What the finishing stages found wrong (a TeX error, say); runs them if they have not run yet.</summary>
    public IReadOnlyList<BodyProblem> Problems => _finished.Value.Problems;

    public bool IsFinished => _finished.IsValueCreated;

    private static (string, IReadOnlyList<BodyProblem>) Finish(string html, IReadOnlyList<IHtmlStage> stages)
    {
        var problems = new List<BodyProblem>();
        foreach (var stage in stages) html = stage.Finish(html, problems);
        return (html, problems);
    }
}
