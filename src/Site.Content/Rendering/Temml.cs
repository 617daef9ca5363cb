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
/// An engine typesets one document at a time (<see cref="Document"/>): a few are kept, one per core, for the threads that
/// want one.
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
    /// The macros are the document's (<see cref="Document"/>), kept from one piece of its math to the next as MathJax
    /// keeps them for a page: <c>\newcommand</c>, <c>\renewcommand</c>, <c>\providecommand</c>,
    /// <c>\DeclareMathOperator</c>, <c>\def</c> and <c>\let</c> define for the rest of it (temml's own keep a definition to its
    /// formula, and its <c>\newcommand</c> refuses a name temml knows, as <c>\R</c>, which MathJax redefines);
    /// <c>\require{cancel}</c>, MathJax's loading of an extension, does nothing, as temml has them built in.
    /// </summary>
    private const string TypesetFunction = """
        var documentMacros = Object.create(null);

        function beginDocument() {
          documentMacros = Object.create(null);
          documentMacros["\\newcommand"] = context => define(context, false);
          documentMacros["\\renewcommand"] = context => define(context, false);
          documentMacros["\\providecommand"] = context => define(context, true);
          documentMacros["\\DeclareMathOperator"] = declareOperator;
          documentMacros["\\def"] = "\\gdef";
          documentMacros["\\let"] = letForTheDocument;
          // Every definition holds for the rest of the document already: \global adds nothing, and temml's would find no \let after it.
          documentMacros["\\global"] = context => context.future().text === "\\edef" ? (context.popToken(), "\\xdef") : "";
          documentMacros["\\require"] = context => { context.consumeArg(); return ""; };
          for (const name in mathJaxMacros) documentMacros[name] = mathJaxMacros[name];
        }

        // Commands MathJax has and temml lacks, in commands temml has: a post may redefine them.
        const mathJaxMacros = {
          "\\mbox": "\\text{#1}",
          "\\strut": "\\mathstrut",
          "\\displaylines": "\\begin{gathered}#1\\end{gathered}",
          "\\pmatrix": "\\begin{pmatrix}#1\\end{pmatrix}",
          // A line of a multline where its lines stand (MathJax moves it to the left or the right)
          "\\shoveleft": "#1",
          "\\shoveright": "#1",
        };

        function nameOf(context) {
          const token = context.popToken();
          if (token.text !== "{") return token.text;
          const name = context.popToken().text;
          if (context.popToken().text !== "}") throw new temml.ParseError("Expected } after the name of a command");
          return name;
        }

        function define(context, unlessDefined) {
          const name = nameOf(context);
          let numArgs = 0;
          if (context.future().text === "[") {
            context.popToken();
            numArgs = parseInt(context.popToken().text, 10);
            if (!(numArgs >= 0 && numArgs <= 9) || context.popToken().text !== "]") throw new temml.ParseError("Invalid number of arguments of " + name);
          }
          const { tokens } = context.consumeArg();
          if (!(unlessDefined && context.isDefined(name))) context.macros.set(name, { tokens, numArgs }, true);
          return "";
        }

        function letForTheDocument(context) {
          const name = context.popToken().text;
          if (/^(?:[\\{}$&#^_]|EOF)$/.test(name)) throw new temml.ParseError("Expected a control sequence after \\let");
          context.consumeSpaces();
          let token = context.popToken();
          if (token.text === "=") {
            token = context.popToken();
            if (token.text === " ") token = context.popToken();
          }
          let meaning = context.macros.get(token.text);
          if (meaning == null) {
            // What is no macro (\alpha, \frac) keeps the meaning it has now, as temml's own \let keeps it.
            token.noexpand = true;
            meaning = { tokens: [token], numArgs: 0, unexpandable: !context.isExpandable(token.text) };
          }
          context.macros.set(name, meaning, true);
          return "";
        }

        function declareOperator(context) {
          let star = "";
          if (context.future().text === "*") { context.popToken(); star = "*"; }
          const name = nameOf(context);
          const body = context.consumeArg().tokens.slice().reverse().map(token => /^\\[a-zA-Z]+$/.test(token.text) ? token.text + " " : token.text).join("");
          context.macros.set(name, "\\operatorname" + star + "{" + body + "}", true);
          return "";
        }

        function typeset(tex, display) {
          return temml.renderToString(tex, { displayMode: display, macros: documentMacros, throwOnError: true, trust: false, maxSize: [20, 200], maxExpand: 1000 });
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

    private string ScriptPath => scriptPath;

    private readonly ConcurrentBag<Engine> _idle = [];

    /// <summary>How many more conversions may run: one per core, each on an engine of its own.</summary>
    private int _free = Math.Clamp(Environment.ProcessorCount, 1, 4);
    private readonly object _freeChanged = new();

    /// <summary>The MathML of <paramref name="tex"/> (a <c>&lt;math&gt;</c> element), or why there is none: a document of one piece.</summary>
    public TexConversion Convert(string tex, bool display)
    {
        using var document = Begin();
        return document.Convert(tex, display);
    }

    /// <summary>A document's math, typeset in order on one engine: what a piece defines holds for the pieces after it.</summary>
    public Document Begin() => new(this);

    /// <summary>
    /// One document's typesetting (a post's): it takes a place and an engine at its first piece, gives them back when
    /// disposed, and keeps its macros on the engine meanwhile, so that no document sees another's. A piece stopped
    /// halfway costs the document its engine, and its macros: the next piece starts afresh.
    /// </summary>
    public sealed class Document(Temml temml) : IDisposable
    {
        private Engine? _engine;
        private bool _hasPlace;

        public TexConversion Convert(string tex, bool display)
        {
            if (!_hasPlace)
            {
                temml.TakePlace();
                _hasPlace = true;
            }
            if (_engine is null)
            {
                try
                {
                    _engine = temml._idle.TryTake(out var idle) ? idle : temml.NewEngine();
                    _engine.Invoke("beginDocument");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or JintException)
                {
                    _engine?.Dispose();
                    _engine = null;
                    return new TexConversion(null, $"temml could not be loaded from {temml.ScriptPath}: {e.Message}");
                }
            }

            var conversion = new Conversion(temml, _engine, MathJaxEnvironments.ForTemml(tex), display);
            var thread = new Thread(conversion.Run, StackSize) { IsBackground = true, Name = "temml" };
            thread.Start();
            if (thread.Join(Timeout) || !conversion.Abandon())
            {
                if (!conversion.EngineIsSound)
                {
                    _engine.Dispose();
                    _engine = null;
                }
                return conversion.Result;
            }
            // The thread keeps the engine and this document's place until it ends, which a caller that stopped waiting
            // does not see: the next piece takes others.
            _engine = null;
            _hasPlace = false;
            return new TexConversion(null, $"typesetting it took over {Timeout.TotalSeconds:0} s", WasStopped: true);
        }

        public void Dispose()
        {
            if (_engine is not null) temml._idle.Add(_engine);
            _engine = null;
            if (_hasPlace) temml.GivePlace();
            _hasPlace = false;
        }
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

    private sealed class Conversion(Temml temml, Engine engine, string tex, bool display)
    {
        public TexConversion Result { get; private set; }

        /// <summary>False when the script was stopped halfway, which may leave half-made state in the engine.</summary>
        public bool EngineIsSound { get; private set; } = true;

        private bool _ended, _abandoned;
        private readonly object _endedOrAbandoned = new();

        /// <summary>Leaves the engine and the place to the thread, when it has not ended yet; false when it has.</summary>
        public bool Abandon()
        {
            lock (_endedOrAbandoned)
            {
                _abandoned = !_ended;
                return _abandoned;
            }
        }

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
            lock (_endedOrAbandoned)
            {
                _ended = true;
                if (!_abandoned) return;
            }
            if (EngineIsSound) temml._idle.Add(engine);
            else engine.Dispose();
            temml.GivePlace();
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
