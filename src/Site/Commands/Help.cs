namespace Site.Commands;

/// <summary>
/// <c>Site help</c> (<c>--help</c>, <c>-h</c>): the commands and their options. A first argument that is neither a
/// command nor an option is a mistyped command, refused rather than taken for a start of the server.
/// </summary>
public static class Help
{
    public const string Text = """
        usage: Site [command] [options]

        commands:
          (none)        serve the site; --urls http://localhost:5001 to listen elsewhere
          check         read the posts as the site does and report each problem: --posts DIR, --strict
          new "Title"   start a post in the posts folder: --category NAME, --tags A,B, --draft, --posts DIR
          healthcheck   ask the running site's /healthz: --url URL
          help          this text (also --help, -h)

        settings: every key of appsettings.json's Site section, as --Site:PageSize=20 when serving or as an
        environment variable (Site__PageSize=20); a Jekyll _config.yml in the posts folder sets some too. See README.md.
        """;

    private static readonly string[] Verbs = ["check", "new", "healthcheck", "help"];

    public static bool IsAsked(IReadOnlyList<string> args) => args is ["help" or "--help" or "-h", ..];

    /// <summary>The problem with the first argument, when it names no command; null when it does, or is an option.</summary>
    public static string? UnknownCommand(IReadOnlyList<string> args) =>
        args is [var first, ..] && !first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal) && !Verbs.Contains(first)
            ? $"unknown command '{first}': the commands are {string.Join(", ", Verbs)}, or none to serve the site (Site --help)"
            : null;
}
