using System.Diagnostics;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Site.Content.Rendering.Highlighting;

/// <summary>
/// Lines of code split into classed tokens by TextMate grammars: VS Code's, which TextMateSharp runs with Oniguruma, and
/// the site's own (<see cref="SiteGrammars"/>). The registry is made, and each grammar loaded, the first time a block
/// needs it. TextMateSharp is not thread-safe (a grammar compiles its rules into its own dictionaries as lines need
/// them, and looks up the grammars it includes in the registry's), so one lock serialises all of it; a block holds it
/// for a few milliseconds, and posts are finished in the background (docs/highlighting.md).
/// </summary>
internal sealed class TextMateHighlighter(HighlightLimits limits)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, IGrammar?> _grammars = new(StringComparer.Ordinal);
    private Registry? _registry;

    /// <summary>The grammars loaded so far, by scope name.</summary>
    public IReadOnlyCollection<string> LoadedGrammars
    {
        get { lock (_lock) return [.. _grammars.Keys]; }
    }

    /// <summary>
    /// The tokens of each line, whose texts put together are the line; null when the block is to stay plain: its grammar
    /// cannot be loaded, it has too many lines or one too long, or tokenizing it outran the limits.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<CodeToken>>? Tokenize(string scopeName, IReadOnlyList<string> lines)
    {
        if (lines.Count > limits.MaxLines || lines.Any(line => line.Length > limits.MaxLineLength)) return null;
        lock (_lock)
        {
            var grammar = GrammarFor(scopeName);
            if (grammar is null) return null;

            var clock = Stopwatch.StartNew();
            IStateStack? state = null;
            var tokenized = new List<IReadOnlyList<CodeToken>>(lines.Count);
            foreach (var line in lines)
            {
                // Twice: a grammar compiles its rules as lines first need them, which can take longer than tokenizing the
                // line (far longer on a busy machine); once they are compiled, only a hostile line outruns its time again.
                if ((TokenizeLine(grammar, line, state, clock) ?? TokenizeLine(grammar, line, state, clock)) is not { } done) return null;
                tokenized.Add(done.Tokens);
                state = done.Next;
            }
            return tokenized;
        }
    }

    private (List<CodeToken> Tokens, IStateStack Next)? TokenizeLine(IGrammar grammar, string line, IStateStack? state, Stopwatch clock)
    {
        var left = limits.BlockTime - clock.Elapsed;
        var limit = left < limits.LineTime ? left : limits.LineTime;
        if (limit <= TimeSpan.Zero) return null;

        var started = clock.Elapsed;
        var result = grammar.TokenizeLine(new LineText(line), state, limit);
        // A tokenizer stopped by its time limit returns the tokens it had, which end before the line does.
        if (clock.Elapsed - started >= limit || ToCodeTokens(result.Tokens, line) is not { } tokens) return null;
        return (tokens, result.RuleStack);
    }

    /// <summary>The line's tokens, merged where neighbours share a class; null unless they cover it exactly, in order.</summary>
    private static List<CodeToken>? ToCodeTokens(IToken[] tokens, string line)
    {
        var result = new List<CodeToken>(tokens.Length);
        var end = 0;
        foreach (var token in tokens)
        {
            if (token.StartIndex != end) return null;
            var tokenEnd = Math.Min(token.EndIndex, line.Length); // the grammar sees the line with its '\n'
            if (tokenEnd <= end) continue;
            var text = line[end..tokenEnd];
            var tokenClass = string.IsNullOrWhiteSpace(text) ? null : TokenClasses.Of(token.Scopes);
            if (result.Count > 0 && result[^1].Class == tokenClass) result[^1] = result[^1] with { Text = result[^1].Text + text };
            else result.Add(new CodeToken(text, tokenClass));
            end = tokenEnd;
        }
        return end == line.Length ? result : null;
    }

    private IGrammar? GrammarFor(string scopeName)
    {
        if (_grammars.TryGetValue(scopeName, out var grammar)) return grammar;
        _registry ??= new Registry(new SiteGrammars());
        grammar = _registry.LoadGrammar(scopeName);
        // The first line compiles the grammar's top-level rules into one scanner, which takes far longer than any line
        // after it: done here, that is not counted against a block's limits.
        grammar?.TokenizeLine(new LineText(""), null, TimeSpan.FromSeconds(10));
        _grammars[scopeName] = grammar;
        return grammar;
    }
}
