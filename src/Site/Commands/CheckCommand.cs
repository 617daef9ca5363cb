using Site.Web;

namespace Site.Commands;

/// <summary>
/// <c>Site check [--posts DIR] [--strict]</c>: reads the posts exactly as the site's startup does and prints each
/// problem as <c>path:line:column: error|warning|note: message</c>, the form editors and CI understand, then a summary.
/// Exits 1 when there is an error (with <c>--strict</c>, a warning too), 0 otherwise, 2 for a bad command line.
/// </summary>
public static class CheckCommand
{
    public const string Usage = "usage: Site check [--posts DIR] [--strict]";

    public static int Run(IReadOnlyList<string> args, SiteOptions site, IWebHostEnvironment environment, SiteImages images, TimeProvider clock, TextWriter output)
    {
        string? postsPath = null;
        var strict = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--strict": strict = true; break;
                case PostsArgument.Name when i + 1 < args.Count: postsPath = args[++i]; break;
                default:
                    output.WriteLine($"unknown argument '{args[i]}'");
                    output.WriteLine(Usage);
                    return 2;
            }
        }

        var source = ContentFolders.Source(site, environment, images, postsPath) with { IncludeDrafts = false };
        var catalog = CatalogBuilder.Build(source, clock.GetUtcNow());
        // The site finishes bodies (highlighting, math) after it starts; check does it now, to report what that finds.
        List<ContentDiagnostic> diagnostics = [.. catalog.Diagnostics, .. CatalogBuilder.Finish(catalog)];
        var shownRoot = postsPath ?? ShownPath.Of(source.PostsPath);
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Column ?? 0))
        {
            var path = diagnostic.Path == source.PostsPath ? shownRoot : Path.Join(shownRoot, diagnostic.Path).Replace('\\', '/');
            output.WriteLine(DiagnosticLine.Format(diagnostic with { Path = path }));
        }

        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var notes = diagnostics.Count(d => d.Severity == Severity.Note);
        output.WriteLine($"{Plural.Of(catalog.Posts.Count + catalog.Scheduled, "post")}, {Plural.Of(catalog.Pages.Count, "page")}, " +
                         $"{Plural.Of(errors, "error")}, {Plural.Of(warnings, "warning")}" + (notes > 0 ? $", {Plural.Of(notes, "note")}" : ""));
        return errors > 0 || strict && warnings > 0 ? 1 : 0;
    }
}
