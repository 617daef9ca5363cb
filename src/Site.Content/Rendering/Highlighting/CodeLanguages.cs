namespace Site.Content.Rendering.Highlighting;

/// <summary>
/// The languages a fence may name, as Jekyll's authors write them for Rouge (<c>python</c>, <c>py</c>, <c>c#</c>,
/// <c>console</c>, ...), and the TextMate grammar (its scope name) that highlights each. Case does not matter.
/// </summary>
internal static class CodeLanguages
{
    private static readonly Dictionary<string, string> ScopeByName = Build(new()
    {
        ["source.shell"] = ["bash", "sh", "shell", "shellscript", "zsh", "ksh"],
        [SiteGrammars.ShellSession] = ["console", "terminal", "shell-session", "shell_session", "shellsession", "sh-session"],
        ["source.c"] = ["c", "h"],
        ["source.cpp"] = ["cpp", "c++", "cxx", "cc", "hpp"],
        ["source.cs"] = ["csharp", "cs", "c#"],
        ["source.css"] = ["css"],
        ["source.diff"] = ["diff", "patch", "udiff"],
        ["source.dockerfile"] = ["dockerfile", "docker", "containerfile"],
        ["source.go"] = ["go", "golang"],
        ["text.html.derivative"] = ["html", "htm", "xhtml"],
        ["source.java"] = ["java"],
        ["source.js"] = ["javascript", "js", "mjs", "cjs"],
        ["source.js.jsx"] = ["jsx"],
        ["source.json"] = ["json", "geojson", "jsonld"],
        ["source.julia"] = ["julia", "jl"],
        [SiteGrammars.Kotlin] = ["kotlin", "kt", "kts"],
        ["text.tex.latex"] = ["latex", "tex"],
        ["source.lua"] = ["lua"],
        ["source.makefile"] = ["makefile", "make", "mf", "mk", "gnumake", "bsdmake"],
        ["text.html.markdown"] = ["markdown", "md", "mkd"],
        [SiteGrammars.Matlab] = ["matlab", "octave"],
        ["source.php"] = ["php"],
        ["source.powershell"] = ["powershell", "ps1", "psm1", "pwsh", "posh"],
        ["source.python"] = ["python", "py", "python3", "py3", "ipython"],
        ["source.r"] = ["r", "splus"],
        ["source.ruby"] = ["ruby", "rb"],
        ["source.rust"] = ["rust", "rs"],
        [SiteGrammars.Scala] = ["scala", "sc"],
        ["source.css.scss"] = ["scss"],
        ["source.sql"] = ["sql"],
        [SiteGrammars.Swift] = ["swift"],
        [SiteGrammars.Toml] = ["toml"],
        ["source.ts"] = ["typescript", "ts"],
        ["source.tsx"] = ["tsx"],
        [SiteGrammars.Xml] = ["xml", "svg", "rss", "atom"],
        ["source.yaml"] = ["yaml", "yml"],
        ["source.ini"] = ["ini", "cfg"],
        ["source.perl"] = ["perl", "pl"],
    });

    /// <summary>The scope name of the grammar for <paramref name="name"/>; null for a language the site does not know.</summary>
    public static string? ScopeOf(string name) => ScopeByName.GetValueOrDefault(name);

    private static Dictionary<string, string> Build(Dictionary<string, string[]> namesByScope) =>
        namesByScope.SelectMany(pair => pair.Value.Select(name => (name, scope: pair.Key)))
            .ToDictionary(entry => entry.name, entry => entry.scope, StringComparer.OrdinalIgnoreCase);
}
