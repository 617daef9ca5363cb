namespace Site.Content.Rendering.Highlighting;

/// <summary>
/// The languages a fence may name, as Jekyll's authors write them for Rouge (<c>python</c>, <c>py</c>, <c>c#</c>,
/// <c>console</c>, ...), and the TextMate grammar (its scope name) that highlights each. Case does not matter. A Rouge
/// lexer without a grammar of its own gets the nearest one: templates (Liquid, Jinja, Twig) Handlebars', which colours
/// their HTML and <c>{{ }}</c>; ERB, Vue and Svelte HTML's, with their scripts and styles; a Lisp Clojure's; OCaml F#'s;
/// SQL dialects SQL's. Those with none near (D, Tcl, SPARQL, reStructuredText, ...) stay plain.
/// </summary>
internal static class CodeLanguages
{
    private static readonly Dictionary<string, string> ScopeByName = Build(new()
    {
        ["source.shell"] = ["bash", "sh", "shell", "shellscript", "zsh", "ksh"],
        [SiteGrammars.ShellSession] = ["console", "terminal", "shell-session", "shell_session", "shellsession", "sh-session"],
        ["source.c"] = ["c", "h"],
        ["source.cpp"] = ["cpp", "c++", "cxx", "cc", "hpp", "arduino", "ino"],
        ["source.cs"] = ["csharp", "cs", "c#"],
        ["source.css"] = ["css"],
        ["source.diff"] = ["diff", "patch", "udiff"],
        ["source.dockerfile"] = ["dockerfile", "docker", "containerfile"],
        ["source.go"] = ["go", "golang"],
        ["text.html.derivative"] = ["html", "htm", "xhtml", "erb", "eruby", "rhtml", "html+erb", "vue", "svelte"],
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
        ["source.php"] = ["php", "php5", "php7"],
        ["source.powershell"] = ["powershell", "ps1", "psm1", "pwsh", "posh", "microsoftshell", "msshell"],
        ["source.python"] = ["python", "py", "python3", "py3", "ipython"],
        ["source.r"] = ["r", "splus"],
        ["source.ruby"] = ["ruby", "rb", "irb", "pry"],
        ["source.rust"] = ["rust", "rs"],
        [SiteGrammars.Scala] = ["scala", "sc"],
        ["source.css.scss"] = ["scss", "sass"],
        ["source.sql"] = ["sql", "mysql", "psql", "postgresql", "postgres", "pgsql", "plsql", "plpgsql", "tsql", "t-sql", "mssql", "sqlite"],
        [SiteGrammars.Swift] = ["swift"],
        [SiteGrammars.Toml] = ["toml"],
        ["source.ts"] = ["typescript", "ts"],
        ["source.tsx"] = ["tsx"],
        [SiteGrammars.Xml] = ["xml", "svg", "rss", "atom", "xsd", "plist"],
        ["source.yaml"] = ["yaml", "yml"],
        ["source.ini"] = ["ini", "cfg", "properties", "conf", "config", "configuration"],
        ["source.perl"] = ["perl", "pl"],
        ["source.perl.6"] = ["perl6", "raku"],
        ["source.batchfile"] = ["bat", "batch", "batchfile", "cmd", "dosbatch", "winbatch"],
        ["source.clojure"] = ["clojure", "clj", "cljs", "edn", "scheme", "racket", "lisp", "common-lisp", "elisp", "emacs-lisp"],
        ["source.coffee"] = ["coffeescript", "coffee", "coffee-script"],
        ["source.cuda-cpp"] = ["cuda", "cu"],
        ["source.dart"] = ["dart"],
        ["source.fsharp"] = ["fsharp", "f#", "fs", "ocaml"],
        ["source.groovy"] = ["groovy", "gradle"],
        ["source.hlsl"] = ["hlsl"],
        ["source.json.comments"] = ["jsonc", "json5", "json-doc"],
        ["source.css.less"] = ["less"],
        ["source.objc"] = ["objective-c", "objective_c", "objectivec", "objc", "obj-c", "obj_c"],
        ["source.objcpp"] = ["objective-cpp", "objective_cpp", "objectivecpp", "objcpp", "obj-cpp", "obj_cpp", "objc++"],
        ["source.pascal"] = ["pascal", "delphi", "objectpascal"],
        ["source.shaderlab"] = ["shaderlab"],
        ["source.typst"] = ["typst", "typ"],
        ["source.asp.vb.net"] = ["vb", "vbnet", "visualbasic"],
        ["source.x86asm"] = ["nasm", "asm", "x86asm"],
        ["source.ignore"] = ["gitignore", "ignore"],
        ["document.adoc"] = ["asciidoc", "adoc"],
        ["text.bibtex"] = ["bibtex", "bib"],
        ["text.html.cshtml"] = ["razor", "cshtml"],
        ["text.html.handlebars"] = ["handlebars", "hbs", "mustache", "liquid", "jinja", "jinja2", "j2", "django", "htmldjango", "twig", "nunjucks", "njk"],
        ["text.log"] = ["log"],
        ["text.pug"] = ["pug", "jade"],
        ["text.xml.xsl"] = ["xsl", "xslt"],
        [SiteGrammars.Elixir] = ["elixir", "ex", "exs", "iex"],
        [SiteGrammars.Haskell] = ["haskell", "hs"],
        [SiteGrammars.Nginx] = ["nginx"],
        [SiteGrammars.Hcl] = ["hcl", "terraform", "tf", "tfvars"],
        [SiteGrammars.Erlang] = ["erlang", "erl"],
        [SiteGrammars.GraphQl] = ["graphql", "gql"],
        [SiteGrammars.Protobuf] = ["protobuf", "proto"],
        [SiteGrammars.CMake] = ["cmake"],
        [SiteGrammars.Nix] = ["nix", "nixos"],
        [SiteGrammars.Vim] = ["vim", "viml", "vimscript"],
        [SiteGrammars.Http] = ["http"],
        [SiteGrammars.Apache] = ["apache", "apacheconf", "htaccess"],
        [SiteGrammars.Awk] = ["awk", "gawk", "mawk", "nawk"],
        [SiteGrammars.Fortran] = ["fortran", "f90"],
        [SiteGrammars.Elm] = ["elm"],
        [SiteGrammars.Zig] = ["zig"],
        [SiteGrammars.Solidity] = ["solidity", "sol"],
    });

    /// <summary>The scope name of the grammar for <paramref name="name"/>; null for a language the site does not know.</summary>
    public static string? ScopeOf(string name) => ScopeByName.GetValueOrDefault(name);

    private static Dictionary<string, string> Build(Dictionary<string, string[]> namesByScope) =>
        namesByScope.SelectMany(pair => pair.Value.Select(name => (name, scope: pair.Key)))
            .ToDictionary(entry => entry.name, entry => entry.scope, StringComparer.OrdinalIgnoreCase);
}
