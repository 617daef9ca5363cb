using Fluid;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// One post's Liquid while it runs, which its tags and filters reach through the engine's context: the post, the site,
/// the includes being run, and the problems met. A problem inside an include is reported at the body's tag that
/// included it (the post's file line), naming the include file and its own line.
/// </summary>
/// <param name="text">The text the running template was read from: the body, with what cannot run made inert.</param>
internal sealed class LiquidRun(BodyContext body, LiquidSource source, string text)
{
    private const string Key = "Site.Content.LiquidRun";

    private readonly List<(IncludeFile File, int TagOffset)> _includes = [];
    private readonly HashSet<(string File, int Offset)> _unknownFilters = [];

    public BodyContext Body { get; } = body;
    public LiquidSite Site => Body.Liquid;
    public List<LiquidProblem> Problems { get; } = [];
    public int IncludeDepth => _includes.Count;

    public static LiquidRun Of(TemplateContext context) => (LiquidRun)context.AmbientValues[Key];

    public void Attach(TemplateContext context) => context.AmbientValues[Key] = this;

    /// <summary>Runs <paramref name="render"/> as the include <paramref name="file"/>, named by a tag at <paramref name="tag"/>.</summary>
    public async ValueTask<T> InIncludeAsync<T>(IncludeFile file, TagSite tag, Func<ValueTask<T>> render)
    {
        _includes.Add((file, tag.Offset));
        try
        {
            return await render();
        }
        finally
        {
            _includes.RemoveAt(_includes.Count - 1);
        }
    }

    /// <summary>A tag that cannot run and shows as written, and why.</summary>
    public void Report(TagSite tag, string reason) =>
        Problems.Add(new LiquidProblem(BodyOffset(tag), $"Liquid '{Shown(tag.Written)}'{Where(tag)} {reason} and shows as written"));

    /// <summary>
    /// An unknown filter applied in the include being run (<see cref="UnknownFilter"/>), at the markup that uses it:
    /// reported once, however often a loop applies it.
    /// </summary>
    public void ReportUnknownFilter(string filter, Markup markup)
    {
        if (_includes.Count == 0) return;
        var file = _includes[^1].File;
        if (!_unknownFilters.Add((file.Name, markup.Start))) return;
        Problems.Add(new LiquidProblem(_includes[0].TagOffset,
            $"Liquid '{markup.Shown(file.Text)}' in {IncludeFolder.Name}/{file.Name}:{SourceText.PositionOf(file.Text, markup.Start, 1, 1).Line} uses the filter '{filter}', which this site does not know, and its value is used unchanged"));
    }

    /// <summary>Where the body holds <paramref name="tag"/>, or the body's tag that included the include holding it.</summary>
    public int BodyOffset(TagSite tag) => _includes.Count == 0 ? tag.Offset : _includes[0].TagOffset;

    /// <summary>
    /// Stops the run for what a filter met (<paramref name="reason"/>), placed where the filter is written: the engine
    /// says which filter, not where, so that is the body's first markup using it, or the body's include tag when the
    /// filter ran in an include.
    /// </summary>
    public LiquidStop StopAtFilter(string filter, string reason) => new(
        _includes.Count > 0 ? _includes[0].TagOffset : LiquidText.FirstUse(text, filter) ?? Markup.Next(text, 0)?.Start ?? 0,
        $"{reason}; the body's Liquid is not run and shows as written");

    /// <summary>Text of the body as it was written (the braces Liquid was not to see given back).</summary>
    public string Shown(string text) => source.Restore(text);

    private string Where(TagSite tag)
    {
        if (_includes.Count == 0) return "";
        var file = _includes[^1].File;
        return $" in {IncludeFolder.Name}/{file.Name}:{SourceText.PositionOf(file.Text, tag.Offset, 1, 1).Line}";
    }
}
