using System.Collections.Frozen;
using System.Reflection;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// The includes that posts of the most used Jekyll themes call (minimal-mistakes and academicpages, Chirpy, al-folio),
/// whose files come with the theme's gem and not with the site: <c>{% include figure image_path=... %}</c>,
/// <c>{% include embed/youtube.html id=... %}</c>, <c>{% include video.liquid path=... %}</c>... Each is the site's own
/// Liquid (<c>BuiltIn/*.liquid</c>), run only when the site's <c>_includes/</c> has no file of that name. Several names
/// share one file; Chirpy's <c>embed/youtube.html</c> and its kin are the video include with their provider given.
/// </summary>
internal static class BuiltInIncludes
{
    private static readonly FrozenDictionary<string, (string File, string? Provider)> Names = new Dictionary<string, (string, string?)>(StringComparer.Ordinal)
    {
        ["figure"] = ("figure", null),
        ["figure.liquid"] = ("figure", null),
        ["figure.html"] = ("figure", null),
        ["gallery"] = ("gallery", null),
        ["video"] = ("video", null),
        ["video.liquid"] = ("video", null),
        ["video.html"] = ("video", null),
        ["embed/video.html"] = ("video", null),
        ["embed/youtube.html"] = ("video", "youtube"),
        ["embed/bilibili.html"] = ("video", "bilibili"),
        ["embed/twitch.html"] = ("video", "twitch"),
        ["embed/spotify.html"] = ("video", "spotify"),
        ["embed/audio.html"] = ("audio", null),
        ["toc"] = ("toc", null),
        ["base_path"] = ("base_path", null),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Lazy<IncludeFile>> Files = Names.ToFrozenDictionary(
        entry => entry.Key, entry => new Lazy<IncludeFile>(() => Read(entry.Key, entry.Value.File, entry.Value.Provider)), StringComparer.Ordinal);

    /// <summary>The built-in include of that name, or null.</summary>
    public static IncludeFile? Find(string name) => Files.TryGetValue(name, out var file) ? file.Value : null;

    private static IncludeFile Read(string name, string file, string? provider)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Site.Content.Rendering.Liquid.BuiltIn.{file}.liquid")
            ?? throw new InvalidOperationException($"The built-in include {file}.liquid is not in the assembly.");
        var text = new StreamReader(stream).ReadToEnd().TrimEnd('\n');
        var (template, error) = LiquidText.Read(text);
        if (error is not null) throw new InvalidOperationException($"The built-in include {file}.liquid is not valid Liquid at {error.Offset}: {error.Message}");
        var presets = provider is null ? null : new Dictionary<string, string>(StringComparer.Ordinal) { ["provider"] = provider };
        return new IncludeFile(name, text, template, null, presets);
    }
}
