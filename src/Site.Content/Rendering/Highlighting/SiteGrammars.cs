using System.Reflection;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Site.Content.Rendering.Highlighting;

/// <summary>
/// Where TextMateSharp finds a grammar: the site's own (Grammars/*.tmLanguage.json, embedded), for the languages that
/// TextMateSharp.Grammars lacks (Elixir, Haskell, nginx, HCL, ...) or that TextMateSharp runs wrongly (Swift, XML), and
/// otherwise VS Code's, which TextMateSharp.Grammars ships. No theme: the site's stylesheet
/// colours the classes, so no theme is read or matched against every scope.
/// </summary>
internal sealed class SiteGrammars : IRegistryOptions
{
    public const string Kotlin = "source.kotlin";
    public const string Matlab = "source.matlab";
    public const string Scala = "source.scala";
    public const string Toml = "source.toml";
    public const string ShellSession = "text.shell-session";
    public const string Swift = "source.swift";
    public const string Xml = "text.xml";
    public const string Elixir = "source.elixir";
    public const string Haskell = "source.haskell";
    public const string Nginx = "source.nginx";
    public const string Hcl = "source.hcl";
    public const string Erlang = "source.erlang";
    public const string GraphQl = "source.graphql";
    public const string Protobuf = "source.proto";
    public const string CMake = "source.cmake";
    public const string Nix = "source.nix";
    public const string Vim = "source.viml";
    public const string Http = "source.http";
    public const string Apache = "source.apacheconf";
    public const string Awk = "source.awk";
    public const string Fortran = "source.fortran";
    public const string Elm = "source.elm";
    public const string Zig = "source.zig";
    public const string Solidity = "source.solidity";

    private static readonly Dictionary<string, string> OwnResources = new(StringComparer.Ordinal)
    {
        [Kotlin] = "kotlin", [Matlab] = "matlab", [Scala] = "scala", [Toml] = "toml", [ShellSession] = "shell-session",
        [Swift] = "swift", [Xml] = "xml", [Elixir] = "elixir", [Haskell] = "haskell", [Nginx] = "nginx", [Hcl] = "hcl",
        [Erlang] = "erlang", [GraphQl] = "graphql", [Protobuf] = "protobuf", [CMake] = "cmake", [Nix] = "nix", [Vim] = "vim",
        [Http] = "http", [Apache] = "apache", [Awk] = "awk", [Fortran] = "fortran", [Elm] = "elm", [Zig] = "zig",
        [Solidity] = "solidity",
    };

    private readonly RegistryOptions _bundled = new(ThemeName.Light);

    public IRawGrammar GetGrammar(string scopeName) =>
        OwnResources.TryGetValue(scopeName, out var name) ? ReadOwn(name) : _bundled.GetGrammar(scopeName);

    public ICollection<string> GetInjections(string scopeName) => _bundled.GetInjections(scopeName);

    public IRawTheme GetTheme(string scopeName) => NoTheme.Instance;

    public IRawTheme GetDefaultTheme() => NoTheme.Instance;

    private static IRawGrammar ReadOwn(string name)
    {
        var resource = $"Site.Content.Rendering.Highlighting.Grammars.{name}.tmLanguage.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the grammar {resource} is not embedded");
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    private sealed class NoTheme : IRawTheme
    {
        public static readonly NoTheme Instance = new();

        public string GetName() => "none";
        public string? GetInclude() => null;
        public ICollection<IRawThemeSetting> GetSettings() => [];
        public ICollection<IRawThemeSetting> GetTokenColors() => [];
        public ICollection<KeyValuePair<string, object>> GetGuiColors() => [];
    }
}
