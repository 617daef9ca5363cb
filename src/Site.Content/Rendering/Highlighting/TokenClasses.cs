namespace Site.Content.Rendering.Highlighting;

/// <summary>
/// The Pygments short class (<c>k</c>, <c>s2</c>, <c>nf</c>, ...) of a token, from the TextMate scopes a grammar gave
/// it, so that the site's stylesheet and a Jekyll theme's Rouge or Pygments CSS both colour it. A scope takes the class
/// of its longest listed prefix; the innermost scope with a class wins, except punctuation, which takes the class of
/// what it belongs to (a string's quotes, a comment's <c>#</c>, a variable's <c>$</c>) and is <c>p</c> only alone.
/// </summary>
internal static class TokenClasses
{
    private const string Punctuation = "p";

    private static readonly Dictionary<string, string> ByScopePrefix = new(StringComparer.Ordinal)
    {
        ["comment"] = "c",
        ["comment.line"] = "c1",
        ["comment.block"] = "cm",
        ["comment.block.documentation"] = "cs",
        ["comment.line.shebang"] = "ch",
        ["comment.line.number-sign.shebang"] = "ch",
        ["meta.preprocessor"] = "cp",
        ["keyword.control.directive"] = "cp",
        ["punctuation.definition.directive"] = "cp",

        ["string"] = "s",
        ["string.quoted.double"] = "s2",
        ["string.quoted.single"] = "s1",
        ["string.quoted.docstring"] = "sd",
        ["string.quoted.triple"] = "s2",
        ["string.regexp"] = "sr",
        ["string.unquoted.heredoc"] = "sh",
        ["string.interpolated.dollar"] = "si",
        ["constant.character.escape"] = "se",
        ["constant.character.format.placeholder"] = "si",
        ["constant.other.placeholder"] = "si",
        ["meta.template.expression"] = "si",
        ["constant.other.symbol"] = "ss",

        ["constant.numeric"] = "m",
        ["constant.language"] = "kc",
        ["constant.character.entity"] = "ni",
        ["constant.other.caps"] = "no",
        ["variable.other.constant"] = "no",

        ["keyword"] = "k",
        ["keyword.control.import"] = "kn",
        ["keyword.control.from"] = "kn",
        ["keyword.control.export"] = "kn",
        ["keyword.other.using"] = "kn",
        ["keyword.other.import"] = "kn",
        ["keyword.other.package"] = "kn",
        ["keyword.other.namespace"] = "kn",
        ["keyword.operator"] = "o",
        ["keyword.operator.word"] = "ow",
        ["keyword.operator.logical.python"] = "ow",
        ["keyword.operator.new"] = "ow",
        ["keyword.operator.expression"] = "ow",
        ["keyword.other.unit"] = "kt",
        ["keyword.type"] = "kt",
        ["storage.type"] = "kd",
        ["storage.modifier"] = "kd",
        ["storage.type.primitive"] = "kt",
        ["storage.type.built-in"] = "kt",
        ["storage.type.numeric"] = "kt",
        ["storage.type.string"] = "kt",
        ["storage.type.string.python"] = "sa",
        ["storage.type.format"] = "si",
        ["storage.type.boolean"] = "kt",
        ["storage.type.byte"] = "kt",
        ["storage.type.error"] = "kt",
        ["storage.type.rune"] = "kt",
        ["storage.type.uintptr"] = "kt",
        ["storage.type.core"] = "kt",
        ["support.type.primitive"] = "kt",
        ["support.type.builtin"] = "kt",
        ["storage.type.annotation"] = "nd",
        ["meta.decorator"] = "nd",
        ["entity.name.function.decorator"] = "nd",
        ["punctuation.definition.decorator"] = "nd",

        ["entity.name.function"] = "nf",
        ["support.function"] = "nb",
        ["entity.name.type"] = "nc",
        ["entity.name.class"] = "nc",
        ["entity.other.inherited-class"] = "nc",
        ["support.class"] = "nc",
        ["entity.name.namespace"] = "nn",
        ["entity.name.type.namespace"] = "nn",
        ["entity.name.type.module"] = "nn",
        ["entity.name.package"] = "nn",
        ["support.type"] = "nb",
        ["support.variable"] = "nb",
        ["support.constant"] = "kc",
        ["support.type.property-name"] = "py",
        ["support.type.property-name.json"] = "nt",
        ["entity.name.tag"] = "nt",
        ["entity.other.attribute-name"] = "na",
        ["entity.other.attribute-name.class.css"] = "nc",
        ["entity.other.attribute-name.id.css"] = "nn",
        ["entity.name.label"] = "nl",
        ["entity.name.exception"] = "ne",
        ["variable.language"] = "bp",
        ["variable.other.normal"] = "nv",
        ["variable.other.bracket"] = "nv",
        ["variable.other.special"] = "nv",
        ["variable.other.positional"] = "nv",
        ["variable.other.assignment"] = "nv",
        ["variable.parameter.positional"] = "nv",
        ["variable.other.php"] = "nv",
        ["variable.other.readwrite.powershell"] = "nv",
        ["variable.other.readwrite.instance"] = "vi",
        ["variable.other.readwrite.global"] = "vg",
        ["variable.other.readwrite.class"] = "vc",

        ["markup.heading"] = "gh",
        ["entity.name.section"] = "gh",
        ["markup.inserted"] = "gi",
        ["markup.deleted"] = "gd",
        ["meta.diff.range"] = "gu",
        ["meta.diff.header"] = "gh",
        ["markup.bold"] = "gs",
        ["markup.italic"] = "ge",
        ["markup.prompt"] = "gp",
        ["markup.output"] = "go",

        ["punctuation"] = Punctuation,
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByScopePrefix.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The class of a token whose scopes run from the grammar's root (which gives none) to the innermost.</summary>
    public static string? Of(IReadOnlyList<string> scopes)
    {
        string? fallback = null;
        for (var i = scopes.Count - 1; i >= 1; i--)
        {
            var found = OfScope(scopes[i]);
            if (found == Punctuation) fallback = Punctuation;
            else if (found is not null) return found;
        }
        return fallback;
    }

    /// <summary>The class of one scope: that of its longest prefix in the table, whole segments only.</summary>
    private static string? OfScope(string scope)
    {
        var prefix = scope.AsSpan();
        while (true)
        {
            if (Lookup.TryGetValue(prefix, out var found)) return found;
            var dot = prefix.LastIndexOf('.');
            if (dot < 0) return null;
            prefix = prefix[..dot];
        }
    }
}
