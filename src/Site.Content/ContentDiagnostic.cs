namespace Site.Content;

/// <summary>How much a problem matters: an error skips the file, a warning leaves it served, a note only tells.</summary>
public enum Severity { Warning, Error, Note }

/// <summary>The part of a <see cref="Catalog.CatalogSource"/> that a problem comes from, so that whoever set it can be told which setting to change.</summary>
public enum SourceSetting { PostsPath, MaxPostBytes, MaxParseMilliseconds }

/// <summary>
/// A problem found in a post file. Errors skip the file; warnings leave it served; notes tell what the site does with
/// something it does not use (a Jekyll page, a setting for Jekyll's build). Prints in the form compilers use and
/// editors understand: <c>path:line:column: error: message</c>.
/// </summary>
public sealed record ContentDiagnostic(string Path, int? Line, int? Column, Severity Severity, string Message)
{
    /// <summary>The setting that decided this, when one did (a size or time limit, the posts folder).</summary>
    public SourceSetting? Setting { get; init; }


    /// <summary>Whether the file or folder could not be read at all (its permissions), rather than read and found wrong.</summary>
    public bool Unreadable { get; init; }

    public static ContentDiagnostic Error(string path, string message, int? line = null, int? column = null) =>
        new(path, line, column, Severity.Error, message);

    public static ContentDiagnostic Warning(string path, string message, int? line = null, int? column = null) =>
        new(path, line, column, Severity.Warning, message);

    public static ContentDiagnostic Note(string path, string message, int? line = null, int? column = null) =>
        new(path, line, column, Severity.Note, message);

    public override string ToString()
    {
        var location = Line is null ? Path : Column is null ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";
        return $"{location}: {Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}
