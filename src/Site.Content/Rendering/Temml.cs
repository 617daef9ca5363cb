using System.Collections.Concurrent;
using System.Globalization;
using Acornima.Ast;
using Jint;
using Jint.Runtime;

namespace Site.Content.Rendering;

/// <summary>
/// TeX to MathML by temml (npm, MIT), run in Jint, a JavaScript interpreter in .NET: no .NET package converts TeX, and
/// temml writes the bare MathML that browsers typeset themselves (docs/math.md). Its script comes from npm at build into
/// <c>temml/</c> of the app folder (Site.Content.csproj) and is loaded from there when first needed, never at startup.
/// An engine runs one conversion at a time: a few are kept, one per core, for the threads that want one.
/// </summary>
/// <remarks>
/// Hostile TeX ends soon, as a problem: temml expands macros at most 1000 times and caps sizes; Jint stops a conversion
/// after <see cref="MaxStatements"/> statements or <see cref="MaxRecursion"/> nested calls of one function. Jint's
/// interpreter recurses on the .NET stack as the script does, and TeX nested deep enough overflows a request thread's
/// stack, which ends the process: so each conversion runs on a thread of its own with a stack far larger than the
/// deepest nesting the call limit lets through needs. Its caller waits <see cref="Timeout"/> at most. The limits count
/// work, not time, so that TeX typesets or fails alike on a busy machine and an idle one: a page is finished once.
/// </remarks>
public sealed class Temml(string scriptPath)
{
    public static readonly Temml InAppFolder = new(Path.Combine(AppContext.BaseDirectory, "temml", "temml.min.js"));

    /// <summary>
    /// temml's options: errors thrown, not drawn; no <c>\href</c> or <c>\class</c> (untrusted); sizes and rules capped at
    /// 20em and 200pt, wider than any column, so that no <c>\rule</c> makes a page kilometres tall; 1000 macro expansions.
    /// </summary>
    private const string TypesetFunction = """
        function typeset(tex, display) {
          return temml.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, maxSize: [20, 200], maxExpand: 1000 });
        }
        """;

    /// <summary>Twice what the largest formula tried takes (a 12 by 12 matrix of fractions, docs/math.md).</summary>
    internal const int MaxStatements = 1_000_000;

    /// <summary>TeX nested 40 deep (a continued fraction, roots in roots) calls a function of temml's 80 times within itself.</summary>
    internal const int MaxRecursion = 100;

    /// <summary>Eight times what the deepest nesting <see cref="MaxRecursion"/> lets through was measured to need (docs/math.md).</summary>
    private const int StackSize = 16 * 1024 * 1024;

    /// <summary>How long a caller waits: a backstop for a machine in trouble, as <see cref="MaxStatements"/> ends any conversion far sooner.</summary>
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly Lazy<(Prepared<Script> Temml, Prepared<Script> Typeset)> _scripts = new(() =>
        (Engine.PrepareScript(File.ReadAllText(scriptPath), scriptPath), Engine.PrepareScript(TypesetFunction)));

    private readonly ConcurrentBag<Engine> _idle = [];

    /// <summary>How many more conversions may run: one per core, each on an engine of its own.</summary>
    private int _free = Math.Clamp(Environment.ProcessorCount, 1, 4);
    private readonly object _freeChanged = new();

    /// <summary>The MathML of <paramref name="tex"/> (a <c>&lt;math&gt;</c> element), or why there is none.</summary>
    public TexConversion Convert(string tex, bool display)
    {
        TakePlace();
        Engine engine;
        try
        {
            engine = _idle.TryTake(out var idle) ? idle : NewEngine();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JintException)
        {
            GivePlace();
            return new TexConversion(null, $"temml could not be loaded from {scriptPath}: {e.Message}");
        }

        var conversion = new Conversion(engine, tex, display);
        // The thread gives its engine back, or drops it, and its place to the next caller when it ends, which a caller
        // that stopped waiting does not see.
        var thread = new Thread(() =>
        {
            conversion.Run();
            if (conversion.EngineIsSound) _idle.Add(engine);
            else engine.Dispose();
            GivePlace();
        }, StackSize) { IsBackground = true, Name = "temml" };
        thread.Start();

        return thread.Join(Timeout)
            ? conversion.Result
            : new TexConversion(null, $"typesetting it took over {Timeout.TotalSeconds:0} s", WasStopped: true);
    }

    private void TakePlace()
    {
        lock (_freeChanged)
        {
            while (_free == 0) Monitor.Wait(_freeChanged);
            _free--;
        }
    }

    private void GivePlace()
    {
        lock (_freeChanged)
        {
            _free++;
            Monitor.Pulse(_freeChanged);
        }
    }

    private sealed class Conversion(Engine engine, string tex, bool display)
    {
        public TexConversion Result { get; private set; }

        /// <summary>False when the script was stopped halfway, which may leave half-made state in the engine.</summary>
        public bool EngineIsSound { get; private set; } = true;

        public void Run()
        {
            try
            {
                Result = new TexConversion(engine.Invoke("typeset", tex, display).AsString(), null);
            }
            catch (JavaScriptException e)
            {
                Result = new TexConversion(null, TemmlMessage(e.Message));
            }
            catch (Exception e) when (e is StatementsCountOverflowException or RecursionDepthOverflowException)
            {
                EngineIsSound = false;
                Result = new TexConversion(null, "it takes too much work to typeset (a macro that expands without end, or nesting too deep)", WasStopped: true);
            }
            catch (Exception e)
            {
                // An exception left on this thread would end the process: a fault of Jint's or temml's is one post's problem.
                EngineIsSound = false;
                Result = new TexConversion(null, $"temml failed on it: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    /// <summary>An engine with temml loaded, its first conversion done: the first takes what Jint's own warm-up costs.</summary>
    private Engine NewEngine()
    {
        var engine = new Engine(options => options
            .Culture(CultureInfo.InvariantCulture)
            .MaxStatements(MaxStatements)
            .LimitRecursion(MaxRecursion));
        var (temml, typeset) = _scripts.Value;
        engine.Execute(temml);
        engine.Execute(typeset);
        engine.Invoke("typeset", "x", false);
        return engine;
    }

    /// <summary>
    /// temml's message without what follows its position: a copy of the TeX with combining underlines, on another line,
    /// which a report line has no room for.
    /// </summary>
    internal static string TemmlMessage(string message)
    {
        var text = message.Split('\n')[0].Trim();
        foreach (var position in (string[])[" at position ", " at end of input"])
        {
            var at = text.IndexOf(position, StringComparison.Ordinal);
            if (at < 0) continue;
            var end = text.IndexOf(':', at);
            return end < 0 ? text : text[..end];
        }
        return text.TrimEnd(':');
    }
}

/// <summary>What came of some TeX: its MathML, or the problem; stopped when it took too much work, not for an error in it.</summary>
public readonly record struct TexConversion(string? MathMl, string? Problem, bool WasStopped = false);
