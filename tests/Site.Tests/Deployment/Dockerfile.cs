using System.Text;
using System.Text.Json;

namespace Site.Tests.Deployment;

/// <summary>One instruction of a Dockerfile: its keyword (upper case) and its arguments, continuation lines joined.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments);

/// <summary>A build stage: from its <c>FROM</c> line to the next one.</summary>
internal sealed record DockerStage(string BaseImage, string? Name, IReadOnlyList<DockerInstruction> Instructions)
{
    public IEnumerable<string> Arguments(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    /// <summary>The variables set by the stage's <c>ENV</c> lines, in both the <c>k=v k2=v2</c> and the legacy <c>k v</c> form.</summary>
    public IReadOnlyDictionary<string, string> Environment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arguments in Arguments("ENV"))
        {
            var words = Dockerfile.SplitWords(arguments);
            if (words.Count > 0 && !words[0].Contains('='))
            {
                variables[words[0]] = string.Join(' ', words.Skip(1));
                continue;
            }
            foreach (var word in words)
            {
                var equals = word.IndexOf('=');
                if (equals <= 0) throw new FormatException($"ENV word without '=': {word}");
                variables[word[..equals]] = word[(equals + 1)..];
            }
        }
        return variables;
    }
}

/// <summary>
/// A Dockerfile read just far enough for the deployment tests to replay it: stages, instructions, the
/// <c>dotnet publish</c> command and the runtime stage's environment. Not a general parser (no ARG expansion,
/// no heredocs, no escape directive).
/// </summary>
internal sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<DockerStage> stages) => Stages = stages;

    public IReadOnlyList<DockerStage> Stages { get; }

    /// <summary>The stage that builds the site: the one that runs <c>dotnet publish</c> (a stage before it may prepare files for it).</summary>
    public DockerStage BuildStage => Stages.Single(stage => stage.Arguments("RUN").Any(run => run.Contains("dotnet publish", StringComparison.Ordinal)));

    /// <summary>The last stage: the image that runs.</summary>
    public DockerStage RuntimeStage => Stages[^1];

    public static Dockerfile Load(string path) => Parse(File.ReadAllText(path));

    public static Dockerfile Parse(string text)
    {
        var stages = new List<DockerStage>();
        List<DockerInstruction>? current = null;
        foreach (var instruction in Instructions(text))
        {
            if (instruction.Keyword == "FROM")
            {
                // FROM [--platform=...] image [AS name]
                var words = SplitWords(instruction.Arguments).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
                var name = words.Count >= 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                current = [];
                stages.Add(new DockerStage(words[0], name, current));
            }
            else
            {
                if (current is null) throw new FormatException($"{instruction.Keyword} before the first FROM");
                current.Add(instruction);
            }
        }
        if (stages.Count == 0) throw new FormatException("no FROM in the Dockerfile");
        return new Dockerfile(stages);
    }

    /// <summary>
    /// The words of the build stage's <c>RUN dotnet publish ...</c> command after <c>dotnet publish</c>
    /// (one command of a <c>&amp;&amp;</c> chain).
    /// </summary>
    public IReadOnlyList<string> PublishArguments()
    {
        var commands = BuildStage.Arguments("RUN")
            .SelectMany(run => run.Split("&&", StringSplitOptions.TrimEntries))
            .Select(SplitWords)
            .Where(words => words.Count >= 2 && words[0] == "dotnet" && words[1] == "publish")
            .ToList();
        return commands.Count == 1
            ? commands[0].Skip(2).ToList()
            : throw new FormatException($"expected one 'dotnet publish' in the build stage, found {commands.Count}");
    }

    private static readonly string[] OutputOptions = ["-o", "--output"];

    /// <summary>The <c>-o</c>/<c>--output</c> folder of the publish command (a path inside the build stage).</summary>
    public string PublishOutput()
    {
        var arguments = PublishArguments();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (OutputOptions.Contains(arguments[i]) && i + 1 < arguments.Count) return arguments[i + 1];
            if (arguments[i].StartsWith("--output=", StringComparison.Ordinal)) return arguments[i]["--output=".Length..];
        }
        throw new FormatException("the 'dotnet publish' command has no -o/--output folder");
    }

    /// <summary>The publish command's arguments with its output folder replaced by <paramref name="outputDirectory"/>.</summary>
    public IReadOnlyList<string> PublishArgumentsWithOutput(string outputDirectory)
    {
        var arguments = PublishArguments().ToList();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (OutputOptions.Contains(arguments[i]) && i + 1 < arguments.Count)
            {
                arguments[i + 1] = outputDirectory;
                return arguments;
            }
            if (arguments[i].StartsWith("--output=", StringComparison.Ordinal))
            {
                arguments[i] = "--output=" + outputDirectory;
                return arguments;
            }
        }
        throw new FormatException("the 'dotnet publish' command has no -o/--output folder");
    }

    /// <summary>The runtime stage's ENTRYPOINT in exec (JSON array) form.</summary>
    public IReadOnlyList<string> Entrypoint()
    {
        var entrypoint = RuntimeStage.Arguments("ENTRYPOINT").LastOrDefault()
            ?? throw new FormatException("no ENTRYPOINT in the runtime stage");
        return JsonSerializer.Deserialize<string[]>(entrypoint)
            ?? throw new FormatException($"ENTRYPOINT is not a JSON array: {entrypoint}");
    }

    /// <summary>The runtime stage's <c>HEALTHCHECK ... CMD [...]</c> command, in exec (JSON array) form.</summary>
    public IReadOnlyList<string> HealthcheckCommand()
    {
        var healthcheck = RuntimeStage.Arguments("HEALTHCHECK").LastOrDefault()
            ?? throw new FormatException("no HEALTHCHECK in the runtime stage");
        var cmd = healthcheck.IndexOf("CMD ", StringComparison.Ordinal);
        if (cmd < 0) throw new FormatException($"HEALTHCHECK without CMD: {healthcheck}");
        return JsonSerializer.Deserialize<string[]>(healthcheck[(cmd + "CMD ".Length)..])
            ?? throw new FormatException($"HEALTHCHECK CMD is not a JSON array: {healthcheck}");
    }

    /// <summary>Splits on white space, keeping double- or single-quoted parts together (quotes removed).</summary>
    public static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is not null)
            {
                if (c == quote) quote = null;
                else word.Append(c);
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord) words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (quote is not null) throw new FormatException($"unclosed quote in: {text}");
        if (inWord) words.Add(word.ToString());
        return words;
    }

    private static IEnumerable<DockerInstruction> Instructions(string text)
    {
        var logical = new StringBuilder();
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.Trim();
            // Comment and empty lines are dropped, also between continuation lines, as Docker does.
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.EndsWith('\\'))
            {
                logical.Append(line[..^1]).Append(' ');
                continue;
            }
            logical.Append(line);
            var instruction = logical.ToString().Trim();
            logical.Clear();
            if (instruction.Length == 0) continue;
            var space = instruction.IndexOfAny([' ', '\t']);
            yield return space < 0
                ? new DockerInstruction(instruction.ToUpperInvariant(), "")
                : new DockerInstruction(instruction[..space].ToUpperInvariant(), instruction[(space + 1)..].Trim());
        }
        if (logical.Length > 0) throw new FormatException("the Dockerfile ends inside a continuation line");
    }
}
