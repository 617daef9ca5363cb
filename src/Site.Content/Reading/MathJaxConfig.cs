using System.Text;
using System.Text.RegularExpressions;
using Site.Content.Rendering;

namespace Site.Content.Reading;

/// <summary>
/// Whether a page configures MathJax itself to read <c>$...$</c> as inline math, as research blogs do in a post's body or
/// in their theme's <c>_includes/head.html</c>: a <c>&lt;script&gt;</c> that names MathJax and lists <c>['$','$']</c>
/// among its <c>inlineMath</c> delimiters, MathJax 2's <c>MathJax.Hub.Config({tex2jax: {inlineMath: [...]}})</c> and
/// MathJax 3's <c>window.MathJax = {tex: {inlineMath: [...]}}</c> alike. The script is read as text, never run.
/// </summary>
public static partial class MathJaxConfig
{
    /// <summary>The include files read at most, and their size: a theme's are a few dozen small files.</summary>
    private const int MaxIncludes = 500;

    private const int MaxIncludeBytes = 256 * 1024;

    /// <summary>
    /// Whether the post's body configures MathJax for <c>$</c>: a script of its own, not one shown in a code block or
    /// code span (a post on setting MathJax up). <paramref name="html"/>: the body is HTML, which has no Markdown code.
    /// </summary>
    public static bool InBody(string body, bool html)
    {
        if (!body.Contains("inlineMath", StringComparison.Ordinal) || DollarInlineAt(body) is not { } at) return false;
        if (html) return true;
        var inCode = MarkdownSyntax.InCode(MarkdownSyntax.Parse(body));
        for (var from = at; DollarInlineAt(body, from) is { } next; from = ScriptEnd(body, next))
        {
            if (!inCode(next)) return true;
        }
        return false;
    }

    /// <summary>
    /// The first file of the posts folder's <c>_includes/</c> (its <c>.html</c> files, in its folders too) that configures
    /// MathJax for <c>$</c>, with the line of its script, as a note; null when none does.
    /// </summary>
    public static ContentDiagnostic? InIncludes(string postsPath)
    {
        var folder = Path.Combine(postsPath, Rendering.Liquid.IncludeFolder.Name);
        if (!Directory.Exists(folder)) return null;
        var options = new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 8, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        IEnumerable<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*.html", options).Take(MaxIncludes).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        foreach (var path in files)
        {
            if (Read(path) is not { } text || !text.Contains("inlineMath", StringComparison.Ordinal) || DollarInlineAt(text) is not { } at) continue;
            var name = Path.GetRelativePath(postsPath, path).Replace('\\', '/');
            return ContentDiagnostic.Note(name, "configures MathJax to read $...$ as inline math: single-dollar math is math in every post", SourceText.PositionOf(text, at, 1, 1).Line);
        }
        return null;
    }

    private static string? Read(string path)
    {
        try
        {
            using var file = RegularFile.OpenRead(path, out _);
            if (file is null || file.Length > MaxIncludeBytes) return null;
            using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true));
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Where the first script from <paramref name="from"/> on that configures MathJax for <c>$</c> starts; null for none.</summary>
    private static int? DollarInlineAt(string text, int from = 0)
    {
        for (var start = text.IndexOf("<script", from, StringComparison.OrdinalIgnoreCase); start >= 0; start = text.IndexOf("<script", start + 1, StringComparison.OrdinalIgnoreCase))
        {
            var open = text.IndexOf('>', start);
            if (open < 0) return null;
            var close = text.IndexOf("</script", open, StringComparison.OrdinalIgnoreCase);
            if (close < 0) return null;
            var script = text.AsSpan(open + 1, close - open - 1);
            if (script.Contains("MathJax", StringComparison.Ordinal) && DollarInline().IsMatch(script)) return start;
            start = close;
        }
        return null;
    }

    private static int ScriptEnd(string text, int start) => text.IndexOf("</script", start, StringComparison.OrdinalIgnoreCase) + 1;

    /// <summary><c>inlineMath: [</c>, any delimiter pairs, then <c>['$', '$']</c> (or with double quotes).</summary>
    [GeneratedRegex("""inlineMath["']?\s*:\s*\[(?:\s*\[[^\[\]]*\]\s*,)*\s*\[\s*(?:'\$'|"\$")\s*,\s*(?:'\$'|"\$")\s*\]""", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex DollarInline();
}
