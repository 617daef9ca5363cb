using System.Collections.Concurrent;
using System.Text;
using Fluid;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Jekyll's <c>_includes/</c> folder at the top of the posts folder: the files <c>{% include %}</c> names, each read and
/// parsed once per catalog build, when a post first includes it. A name that leaves the folder (<c>../</c>, an absolute
/// path, a symbolic link) is refused, as Jekyll refuses it. A filter the site does not know does not refuse the file:
/// its value passes through where it is applied (<see cref="UnknownFilter"/>). A name the folder has no file for may
/// be one of the themes' includes the site has built in (<see cref="BuiltInIncludes"/>).
/// </summary>
/// <param name="path">The folder; null for none.</param>
/// <param name="maxBytes">Larger files are refused, as posts are.</param>
public sealed class IncludeFolder(string? path, long maxBytes)
{
    public const string Name = "_includes";

    public static readonly IncludeFolder None = new(null, 0);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ConcurrentDictionary<string, Lazy<IncludeFile>> _files = new(StringComparer.Ordinal);

    /// <summary>The folder beside the posts: <c>{posts}/_includes</c>.</summary>
    public static IncludeFolder Beside(string postsPath, long maxBytes) => new(Path.Combine(postsPath, Name), maxBytes);

    /// <summary>The include a tag names, read and parsed, or why it cannot be.</summary>
    public IncludeFile Get(string name) => _files.GetOrAdd(name, key => new Lazy<IncludeFile>(() => Load(key))).Value;

    private IncludeFile Load(string name)
    {
        var shownPath = $"{Name}/{name}";
        if (name.Length == 0 || Path.IsPathRooted(name) || name.Split('/', '\\').Any(segment => segment is "" or "." or ".."))
            return IncludeFile.Refused(name, $"names a file outside {Name}/");
        if (path is null || !Directory.Exists(path)) return BuiltInIncludes.Find(name) ?? IncludeFile.Refused(name, $"names no file {shownPath}");
        var root = Path.GetFullPath(path);
        var full = Path.GetFullPath(Path.Combine(root, name));
        if (SymbolicLinkOnTheWay(root, full)) return IncludeFile.Refused(name, $"names {shownPath}, a symbolic link, which is not followed");
        if (!File.Exists(full)) return BuiltInIncludes.Find(name) ?? IncludeFile.Refused(name, $"names no file {shownPath}");

        string text;
        try
        {
            using var file = RegularFile.OpenRead(full, out var notRegular);
            if (file is null) return IncludeFile.Refused(name, $"names {shownPath}, {notRegular}");
            if (file.Length > maxBytes) return IncludeFile.Refused(name, $"names {shownPath}, larger than the limit of {maxBytes} bytes");
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return IncludeFile.Refused(name, $"names {shownPath}, which is not UTF-8");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IncludeFile.Refused(name, $"names {shownPath}, which cannot be read: {e.Message}");
        }

        var (template, error) = LiquidText.Read(text);
        if (error is not null)
        {
            var (line, column) = SourceText.PositionOf(text, error.Offset, 1, 1);
            return IncludeFile.Refused(name, $"names {shownPath}, whose Liquid is not valid at {line}:{column} ({error.Message})");
        }
        return new IncludeFile(name, text, UnknownFilter.Mark(text, template!), null);
    }

    /// <summary>Whether the file or a folder between it and <paramref name="root"/> is a symbolic link, which could lead anywhere.</summary>
    private static bool SymbolicLinkOnTheWay(string root, string full)
    {
        for (var entry = full; entry.Length > root.Length; entry = Path.GetDirectoryName(entry)!)
        {
            if (new FileInfo(entry).LinkTarget is not null) return true;
        }
        return false;
    }
}

/// <summary>An include file: its text and parsed template, or the reason it cannot be included.</summary>
/// <param name="Presets">Parameters it is given unless the tag gives them (a built-in include's provider).</param>
public sealed record IncludeFile(string Name, string Text, IFluidTemplate? Template, string? Problem, IReadOnlyDictionary<string, string>? Presets = null)
{
    public static IncludeFile Refused(string name, string problem) => new(name, "", null, problem);
}
