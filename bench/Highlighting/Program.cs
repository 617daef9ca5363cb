// Two highlighters on the same real-looking code blocks: what they class (keywords, strings, comments, numbers,
// function and type names), what a block costs once warm, what the first block of a language costs in a fresh
// process, and the managed memory a process keeps after highlighting every sample. Prints a Markdown report.
//
//   dotnet Highlighting.dll report [rounds]    the whole report; first calls and memory in fresh processes
//   dotnet Highlighting.dll first LIBRARY SAMPLE
//   dotnet Highlighting.dll memory LIBRARY
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ColorCode;
using Site.Content.Rendering;

var samplesFolder = Path.Combine(AppContext.BaseDirectory, "samples");
var samples = new Sample[]
{
    new("python.py", "python", "python", ["keyword:def", "keyword:class", "keyword:return", "keyword:import", "keyword:with", "string:\"utf-8\"",
        "string:\"\"\"One annotator's label for one item.\"\"\"", "comment:# minimum agreement between annotators", "number:0.75", "number:1.0",
        "function:load_annotations", "function:agreement", "type:Annotation", "builtin:float", "builtin:print"]),
    new("csharp.cs", "csharp", "c#", ["keyword:using", "keyword:public", "keyword:class", "keyword:return", "keyword:if", "keyword:private",
        "comment:// running total", "number:0.0", "number:1", "function:Add",
        "function:Share", "type:Tally", "type:int", "type:Dictionary"]),
    new("bash.sh", "bash", null, ["keyword:for", "keyword:if", "keyword:done", "keyword:then", "string:\"missing data/",
        "comment:# Fetch the survey exports and build the report.", "builtin:echo", "builtin:exit", "builtin:set"]),
    new("yaml.yml", "yaml", null, ["key:title", "key:defaults", "key:max_items", "string:\"\"", "comment:# Site settings for the research group",
        "number:20", "keyword:true"]),
    new("json.json", "json", "json", ["key:\"name\"", "key:\"scripts\"", "string:\"survey-analysis\"", "string:\"node --test\"", "number:0.5",
        "number:-3e2", "keyword:true", "keyword:null"]),
    new("javascript.js", "javascript", "javascript", ["keyword:const", "keyword:let", "keyword:function", "keyword:export", "string:'#toc-toggle'",
        "string:'click'", "comment:// Toggle the table of contents on small screens.", "number:250", "function:setOpen", "keyword:false"]),
    new("sql.sql", "sql", "sql", ["keyword:SELECT", "keyword:FROM", "keyword:WHERE", "keyword:ORDER BY", "string:'2023-01-01'",
        "comment:-- Participants per workshop, most recent first", "number:5", "builtin:COUNT"]),
    new("html.html", "html", "html", ["key:form", "key:label", "attribute:action", "attribute:method", "string:\"/signup\"",
        "comment:<!-- The workshop sign-up form -->"]),
    new("css.css", "css", "css", ["key:article", "type:.entry", "attribute:display", "attribute:font-family", "string:\"Noto Serif\"",
        "comment:/* Cards on the listing page */", "number:1.25"]),
    new("java.java", "java", "java", ["keyword:package", "keyword:public", "keyword:class", "keyword:return", "keyword:for",
        "comment:/** Summarises answers. */", "comment:// nothing to average", "number:100", "number:0.0", "function:mean", "type:Summary",
        "type:int", "type:double"]),
};

IHighlighter Highlighter(string library) => library switch
{
    "TextMateSharp" => new TextMate(),
    "ColorCode" => new ColorCodeHighlighter(),
    _ => throw new ArgumentException($"unknown library {library}"),
};

string Code(Sample sample) => File.ReadAllText(Path.Combine(samplesFolder, sample.File));

switch (args.FirstOrDefault())
{
    case "first":
    {
        var sample = samples.Single(s => s.File == args[2]);
        var code = Code(sample);
        var clock = Stopwatch.StartNew();
        Highlighter(args[1]).Highlight(sample, code);
        Console.WriteLine(clock.Elapsed.TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture));
        break;
    }
    case "memory":
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var highlighter = Highlighter(args[1]);
        foreach (var sample in samples) highlighter.Highlight(sample, Code(sample));
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(highlighter);
        Console.WriteLine(((after - before) / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture));
        break;
    }
    case "report":
        Report(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5);
        break;
    default:
        Console.Error.WriteLine("usage: Highlighting report [rounds] | first LIBRARY SAMPLE | memory LIBRARY");
        return 2;
}
return 0;

void Report(int rounds)
{
    string[] libraries = ["TextMateSharp", "ColorCode"];
    var load = File.Exists("/proc/loadavg") ? $" (load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the start: the machine is shared)" : "";
    Console.WriteLine($"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores{load}, .NET {Environment.Version}, Release; " +
        $"medians of {rounds} rounds, the two libraries alternating in each.");
    Console.WriteLine();

    // Warm cost: one process, each block highlighted 50 times to warm up, then 200 times measured one by one.
    var warm = libraries.ToDictionary(library => library, _ => samples.ToDictionary(sample => sample, _ => new List<double>()));
    var quality = new Dictionary<(string, Sample), (int Hits, string Missed)>();
    foreach (var library in libraries)
    {
        var highlighter = Highlighter(library);
        foreach (var sample in samples)
        {
            var code = Code(sample);
            var spans = highlighter.Highlight(sample, code);
            var missed = sample.Expected.Where(expected => !Classed(spans, expected)).ToList();
            quality[(library, sample)] = (sample.Expected.Length - missed.Count, string.Join(", ", missed.Select(m => $"`{m}`")));
        }
    }
    for (var round = 0; round < rounds; round++)
    {
        foreach (var library in libraries)
        {
            var highlighter = Highlighter(library);
            foreach (var sample in samples)
            {
                if (!highlighter.Knows(sample)) continue;
                var code = Code(sample);
                for (var i = 0; i < 50; i++) highlighter.Highlight(sample, code);
                var times = new List<double>();
                for (var i = 0; i < 200; i++)
                {
                    var clock = Stopwatch.StartNew();
                    highlighter.Highlight(sample, code);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
                warm[library][sample].Add(Median(times));
            }
        }
    }

    // First call and memory: fresh processes, alternating.
    var first = libraries.ToDictionary(library => library, _ => samples.ToDictionary(sample => sample, _ => new List<double>()));
    var memory = libraries.ToDictionary(library => library, _ => new List<double>());
    for (var round = 0; round < rounds; round++)
    {
        foreach (var library in libraries)
        {
            foreach (var sample in samples.Where(s => Highlighter(library).Knows(s)))
                first[library][sample].Add(double.Parse(Run("first", library, sample.File), CultureInfo.InvariantCulture));
            memory[library].Add(double.Parse(Run("memory", library), CultureInfo.InvariantCulture));
        }
    }

    Console.WriteLine("| block | lines | TextMateSharp: classed | ColorCode: classed | TextMateSharp warm, ms | ColorCode warm, ms | TextMateSharp first call, ms | ColorCode first call, ms |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var sample in samples)
    {
        string Cell(Dictionary<Sample, List<double>> times) => times[sample].Count == 0 ? "not supported" : Median(times[sample]).ToString("F2", CultureInfo.InvariantCulture);
        string Classed(string library) => $"{quality[(library, sample)].Hits}/{sample.Expected.Length}";
        Console.WriteLine($"| {sample.File} | {Code(sample).TrimEnd('\n').Split('\n').Length} | {Classed("TextMateSharp")} | {Classed("ColorCode")} | " +
            $"{Cell(warm["TextMateSharp"])} | {Cell(warm["ColorCode"])} | {Cell(first["TextMateSharp"])} | {Cell(first["ColorCode"])} |");
    }
    Console.WriteLine();
    Console.WriteLine($"Managed memory kept after highlighting all ten samples (a fresh process each): TextMateSharp {Median(memory["TextMateSharp"]):F1} MB, " +
        $"ColorCode {Median(memory["ColorCode"]):F1} MB.");
    Console.WriteLine();
    Console.WriteLine("What each left unclassed (or classed as something else):");
    Console.WriteLine();
    foreach (var library in libraries)
        foreach (var sample in samples.Where(s => quality[(library, s)].Missed.Length > 0))
            Console.WriteLine($"- {library}, {sample.File}: {quality[(library, sample)].Missed}");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static bool Classed(IReadOnlyList<(string Category, string Text)> spans, string expected)
{
    var (category, text) = (expected[..expected.IndexOf(':')], expected[(expected.IndexOf(':') + 1)..]);
    return spans.Any(span => span.Category == category && span.Text.Trim() == text);
}

static string Run(params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet", [typeof(Sample).Assembly.Location, .. arguments]) { RedirectStandardOutput = true };
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd().Trim();
    process.WaitForExit();
    return output;
}

/// <summary>A block of code, the language each library calls it, and the tokens a reader should see coloured, as category:text.</summary>
internal sealed record Sample(string File, string Language, string? ColorCodeLanguage, string[] Expected);

internal interface IHighlighter
{
    bool Knows(Sample sample);

    /// <summary>Highlights the block and returns its classed tokens, each as one of the categories the samples expect.</summary>
    IReadOnlyList<(string Category, string Text)> Highlight(Sample sample, string code);
}

/// <summary>The site's own stage (TextMateSharp), on the HTML Markdig writes for the block.</summary>
internal sealed partial class TextMate : IHighlighter
{
    private readonly CodeHighlighting _stage = new();
    private readonly Dictionary<Sample, string> _written = [];

    public bool Knows(Sample sample) => true;

    public IReadOnlyList<(string, string)> Highlight(Sample sample, string code)
    {
        if (!_written.TryGetValue(sample, out var written))
            _written[sample] = written = BodyPipeline.Default.Render($"```{sample.Language}\n{code}```\n", new BodyContext(LinkResolver.WithoutPosts)).Body.Written;
        var html = _stage.Finish(written, []);
        return [.. Span().Matches(html).Select(m => (Category(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))];
    }

    private static string Category(string pygments) => pygments switch
    {
        "kt" or "nc" => "type",
        "nf" => "function",
        "nb" or "bp" => "builtin",
        "nt" => "key",
        "na" or "py" => "attribute",
        _ when pygments.StartsWith('k') || pygments == "ow" => "keyword",
        _ when pygments.StartsWith('s') => "string",
        _ when pygments.StartsWith('c') => "comment",
        _ when pygments.StartsWith('m') => "number",
        _ => pygments,
    };

    [GeneratedRegex("""<span class="([^"]+)">([^<]*)</span>""")]
    private static partial Regex Span();
}

/// <summary>ColorCode's HtmlClassFormatter, its classes sorted into the same categories.</summary>
internal sealed partial class ColorCodeHighlighter : IHighlighter
{
    private readonly HtmlClassFormatter _formatter = new();

    public bool Knows(Sample sample) => sample.ColorCodeLanguage is not null;

    public IReadOnlyList<(string, string)> Highlight(Sample sample, string code)
    {
        if (sample.ColorCodeLanguage is null) return [];
        var html = _formatter.GetHtmlString(code, Languages.FindById(sample.ColorCodeLanguage));
        return [.. Span().Matches(html).Select(m => (Category(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value)))];
    }

    private static string Category(string colorCode) => colorCode switch
    {
        "keyword" or "preprocessorKeyword" or "controlKeyword" or "jsonConst" or "sqlSystemFunction" => "keyword",
        "string" or "stringCSharpVerbatim" or "jsonString" or "htmlAttributeValue" or "xmlAttributeValue" or "cssPropertyValue" => "string",
        "comment" or "htmlComment" or "xmlComment" or "xmlDocComment" or "xmlDocTag" => "comment",
        "number" or "jsonNumber" => "number",
        "type" or "typeVariable" or "className" or "cssSelector" => "type",
        "jsonKey" or "htmlElementName" => "key",
        "htmlAttributeName" or "cssPropertyName" => "attribute",
        "builtinFunction" or "builtinValue" => "builtin",
        _ => colorCode,
    };

    [GeneratedRegex("""<span class="([^"]+)">([^<]*)</span>""")]
    private static partial Regex Span();
}
