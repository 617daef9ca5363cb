using System.Globalization;
using System.Text;

// Writes N posts shaped like the seed post (docs/benchmarks.md): front matter with every form of `range`,
// one of 8 categories (or a list of them), ~5% unpublished; a ~2.4 KB body with bold, underscore italics,
// raw HTML links, a numbered list of raw HTML links, an external image and a long URL with `&`. Some posts add what real
// Jekyll sites' posts hold, in the proportions measured on them (218 posts of several sites): about 1 in 6 has 3-4
// fenced code blocks, 1 in 7 Liquid, 1 in 18 kramdown attribute lists, 1 in 44 math (~17 expressions). These come
// from a generator of their own, so that a post without them is byte for byte what it was before they were added.
// The same --count and --seed always give the same files, byte for byte.

var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: PostGenerator --count N --seed S --out DIR");
    return 2;
}

Directory.CreateDirectory(options.Out);
if (Directory.EnumerateFileSystemEntries(options.Out).Any())
{
    Console.Error.WriteLine($"error: {options.Out} is not empty; give an empty or new folder");
    return 1;
}

var random = new Random(options.Seed);
var unpublished = 0;
long bytes = 0;
for (var i = 0; i < options.Count; i++)
{
    var post = Corpus.Post(random, new Random(HashCode.Combine(options.Seed, i)), i);
    if (!post.Published) unpublished++;
    var path = Path.Combine(options.Out, post.FileName);
    var content = Encoding.UTF8.GetBytes(post.Text);
    File.WriteAllBytes(path, content);
    bytes += content.Length;
}

Console.WriteLine(
    $"Wrote {options.Count} posts ({unpublished} unpublished, {bytes / Math.Max(1, options.Count)} bytes on average) to {options.Out} with seed {options.Seed}");
return 0;

sealed record Options(int Count, int Seed, string Out)
{
    public static Options? Parse(string[] args)
    {
        int? count = null, seed = null;
        string? output = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var c) && c >= 0: count = c; break;
                case "--seed" when int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s): seed = s; break;
                case "--out": output = args[i + 1]; break;
                default: return null;
            }
        }
        if (args.Length % 2 != 0 || count is null || output is null) return null;
        return new Options(count.Value, seed ?? 1, output);
    }
}

sealed record GeneratedPost(string FileName, string Text, bool Published);

static class Corpus
{
    static readonly string[] Categories =
        ["blog", "talks", "research", "workshops", "Research Notes", "publications", "mentoring", "community"];

    static readonly string[] Adjectives =
        ["community", "open", "participatory", "reproducible", "federated", "inclusive", "collaborative", "ethical",
         "sustainable", "distributed", "grassroots", "transparent", "shared", "public", "accessible", "responsible"];

    static readonly string[] Nouns =
        ["data stewardship", "research software", "governance", "infrastructure", "handbooks", "mentoring",
         "machine learning", "publishing", "peer review", "data rights", "documentation", "onboarding",
         "archives", "metadata", "licensing", "citizen science", "code review", "fellowships"];

    static readonly string[] Endings =
        ["and alternatives to Big AI", "in practice", "for small teams", "beyond open access", "a retrospective",
         "lessons learned", "with The Turing Way", "at scale", "for newcomers", "in the ML pipeline"];

    static readonly string[] People =
        ["Jennifer Ding", "Malvika Sharan", "Kirstie Whitaker", "Arielle Bennett", "Alexandra Araujo Alvarez",
         "Emma Karoune", "Sarah Gibson", "Anne Lee Steele", "Esther Plomp", "Batool Almarzouq"];

    static readonly string[] Hosts =
        ["jending.com", "arxiv.org", "zenodo.org", "book.the-turing-way.org", "vimeo.com", "github.com",
         "medium.com", "osf.io", "doi.org", "hackmd.io"];

    static readonly string[] Venues =
        ["the Mozilla Festival", "RSECon", "the Open Science Fair", "csv,conf", "FOSDEM", "the Data Futures Lab",
         "OpenCon", "the Collaborations Workshop", "JupyterCon", "SciPy"];

    static readonly string[] Verbs =
        ["developed", "ran", "coordinated", "documented", "co-designed", "facilitated", "evaluated", "maintained"];

    static readonly string[] Fillers =
        ["it became increasingly clear that grassroots practitioners were feeding into much bigger systems",
         "we kept returning to the question of who decides how shared data is used",
         "the most useful outcomes came from small, regular calls rather than big launches",
         "newcomers asked for the same three things: a map, a mentor and a first task",
         "every decision was written down where the whole community could read and change it",
         "we learned to budget as much time for maintenance as for the first release",
         "the people closest to the data were rarely the ones asked about its future",
         "a handful of templates did more for consistency than any policy document"];

    public static GeneratedPost Post(Random random, Random extras, int index)
    {
        var (range, endYear) = Range(random);
        var date = new DateOnly(endYear, random.Next(1, 13), 1).AddDays(random.Next(0, 28));
        var title = $"{Pick(random, Adjectives)} {Pick(random, Nouns)} {Pick(random, Endings)}";
        var slug = $"{Slugify(title)}-{index:D5}";
        var published = random.NextDouble() >= 0.05;

        var text = new StringBuilder(3000);
        text.Append("---\n");
        text.Append("layout: post\n");
        text.Append("title: ").Append(title).Append('\n');
        text.Append("range: ").Append(range).Append('\n');
        if (random.Next(4) == 0)
        {
            var first = Pick(random, Categories);
            var second = Pick(random, Categories);
            text.Append("categories: [").Append(first);
            if (second != first) text.Append(", ").Append(second);
            text.Append("]\n");
        }
        else
        {
            text.Append("category: ").Append(Pick(random, Categories)).Append('\n');
        }
        text.Append("published: ").Append(published ? Pick(random, ["true", "true", "true", "yes", "True"]) : Pick(random, ["false", "no", "off", "False"])).Append('\n');
        text.Append("image: \"../assets/img/ml-pipeline-preview.png\"\n");
        text.Append("---\n\n");
        Body(random, text, title, endYear);
        Extras(extras, text, title);

        var fileName = $"{date:yyyy-MM-dd}-{slug}.md";
        return new GeneratedPost(fileName, text.ToString(), published);
    }

    static readonly (string Language, string Code)[] CodeSamples =
    [
        ("python", "import pandas as pd\n\n\ndef load(path: str) -> pd.DataFrame:\n    \"\"\"Read the survey, one row per answer.\"\"\"\n    frame = pd.read_csv(path, encoding=\"utf-8\")\n    # Drop the answers without consent\n    return frame[frame[\"consent\"] == True].reset_index(drop=True)\n\n\nfor year in range(2019, 2024):\n    print(f\"{year}: {len(load(f'survey-{year}.csv'))} answers\")\n"),
        ("bash", "#!/usr/bin/env bash\nset -euo pipefail\n# Build the handbook and check its links\nfor chapter in book/*.md; do\n  echo \"checking $chapter\"\n  grep -o 'https\\?://[^)]*' \"$chapter\" | sort -u > \"links-$(basename \"$chapter\").txt\"\ndone\njupyter-book build book/ --keep-going\n"),
        ("yaml", "name: build\non:\n  push:\n    branches: [main]\njobs:\n  book:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt  # pinned\n      - run: jupyter-book build book/\n"),
        ("csharp", "public sealed record Survey(string Path, int Year)\n{\n    // One row per answer, consent given\n    public IEnumerable<string> Answers() =>\n        File.ReadLines(Path).Skip(1).Where(line => line.EndsWith(\",yes\", StringComparison.Ordinal));\n}\n"),
        ("r", "library(ggplot2)\nsurvey <- read.csv(\"survey.csv\", stringsAsFactors = FALSE)\n# answers per year\nggplot(survey, aes(x = year)) + geom_bar(fill = \"#3a6ea5\") + theme_minimal()\n"),
        ("json", "{\n  \"name\": \"community-handbook\",\n  \"version\": \"1.4.0\",\n  \"contributors\": 212,\n  \"licence\": \"CC-BY-4.0\",\n  \"archived\": false\n}\n"),
        ("sql", "SELECT year, COUNT(*) AS answers\nFROM survey\nWHERE consent = TRUE -- only those who agreed\nGROUP BY year\nORDER BY year;\n"),
        ("javascript", "const answers = await fetch('/api/survey').then(r => r.json());\n// Group by year\nconst byYear = Object.groupBy(answers, a => a.year);\nconsole.log(Object.keys(byYear).length, 'years');\n"),
    ];

    /// <summary>What real Jekyll posts hold besides prose, in the proportions measured on them.</summary>
    static void Extras(Random random, StringBuilder text, string title)
    {
        if (random.Next(18) == 0) text.Insert(text.ToString().IndexOf("\n\n", text.ToString().IndexOf("---\n\n", StringComparison.Ordinal) + 5, StringComparison.Ordinal), "\n{: .lead}");
        if (random.Next(7) == 0)
        {
            text.Append("\n{% assign year = page.date | date: \"%Y\" %}This post, _{{ page.title }}_, is one of {{ site.title }}'s notes from {{ year }}; ")
                .Append("the [archive]({{ '/archive' | relative_url }}) has the others.\n");
        }
        if (random.Next(6) == 0)
        {
            var blocks = random.Next(3, 5);
            for (var b = 0; b < blocks; b++)
            {
                var (language, code) = CodeSamples[random.Next(CodeSamples.Length)];
                text.Append("\nThe ").Append(language).Append(" we used for ").Append(title.ToLowerInvariant()).Append(":\n\n```")
                    .Append(language).Append('\n').Append(code).Append("```\n");
            }
        }
        if (random.Next(44) == 0)
        {
            text.Append("\nThe model fits $$\\hat{y}_i = \\sigma(w^T x_i + b)$$ to each answer, minimising\n\n")
                .Append("$$\nL(w, b) = -\\frac{1}{n} \\sum_{i=1}^{n} \\left[ y_i \\log \\hat{y}_i + (1 - y_i) \\log (1 - \\hat{y}_i) \\right]\n$$\n\n");
            for (var e = 0; e < 15; e++)
                text.Append("With $$\\alpha_{").Append(e).Append("} = ").Append(random.Next(1, 99)).Append("^{-1}$$ and \\(\\beta_").Append(e).Append(" \\le 1\\), ");
            text.Append("the gradient \\[\\frac{\\partial L}{\\partial w} = \\frac{1}{n} X^T (\\hat{y} - y)\\] converges.\n");
        }
    }

    /// <summary>Every form the contract allows, in roughly the proportions a real site would have.</summary>
    static (string Text, int EndYear) Range(Random random)
    {
        var start = random.Next(2012, 2025);
        var end = Math.Min(2025, start + random.Next(0, 4));
        return random.Next(10) switch
        {
            0 or 1 or 2 => ($"{start} - {end}", end),
            3 or 4 => ($"{start}-{end}", end),
            5 or 6 => ($"{start}–{end}", end),
            7 or 8 => ($"{start}", start),
            _ => ($"{start} - present", 2025),
        };
    }

    static void Body(Random random, StringBuilder text, string title, int year)
    {
        var person = Pick(random, People);
        text.Append("From ").Append(year - 1).Append(", I ").Append(Pick(random, Verbs)).Append(" a number of projects on **")
            .Append(title).Append("** alongside researcher <a href=\"https://").Append(Pick(random, Hosts)).Append('/')
            .Append(Slugify(person)).Append("\">").Append(person).Append("</a>.\n\n");

        text.Append("As the community manager of _The Turing Way_, ").Append(Pick(random, Fillers))
            .Append(", least of all in projects like ").Append(Pick(random, Nouns)).Append(" programmes. \n\n");

        text.Append("In discussions with ").Append(person.Split(' ')[0]).Append(", we started drafting what felt like a plan. ")
            .Append(Capitalise(Pick(random, Fillers))).Append(", and **").Append(Pick(random, Fillers))
            .Append("**. \n\n");

        text.Append("![alt-").Append(Slugify(Pick(random, Nouns))).Append("](https://hackmd.io/_uploads/")
            .Append(Token(random, 10)).Append(".jpg)\n\n");

        text.Append("You can read more about the outcomes of this work in a few talks, workshops, and publications:\n");
        for (var n = 1; n <= 3; n++)
        {
            text.Append(n).Append(". <a href=\"https://").Append(Pick(random, Hosts)).Append("/records/")
                .Append(random.Next(1_000_000, 99_999_999)).Append("\">\"").Append(Capitalise(Pick(random, Adjectives)))
                .Append(' ').Append(Pick(random, Nouns)).Append(' ').Append(Pick(random, Endings)).Append("\"</a> (")
                .Append(year - random.Next(0, 3)).Append(")\n");
        }
        text.Append('\n');

        text.Append("As a part of this work we also presented it in a few different places, including: <a href=\"https://www.youtube.com/watch?v=")
            .Append(Token(random, 11)).Append("\">\"").Append(Capitalise(Pick(random, Adjectives))).Append(' ')
            .Append(Pick(random, Nouns)).Append("\"</a> session at ").Append(Pick(random, Venues)).Append(" in ").Append(year)
            .Append(" and <a href=\"https://vimeo.com/").Append(random.Next(100_000_000, 999_999_999)).Append("\">\"")
            .Append(Capitalise(Pick(random, Nouns))).Append("\"</a> at ").Append(Pick(random, Venues)).Append("'s community call.\n\n");

        text.Append("<a href=\"https://www.youtube.com/redirect?event=video_description&redir_token=").Append(Token(random, 180))
            .Append("&q=https%3A%2F%2Fmiro.com%2Fapp%2Fboard%2F").Append(Token(random, 12)).Append("%3D%2F%3Fshare_link_id%3D")
            .Append(random.Next(100_000_000, 999_999_999)).Append("&v=").Append(Token(random, 11))
            .Append("\">The board we developed and have used as reference is linked here</a>.\n\n");

        text.Append("There are also chapters about this work in _The Turing Way_ handbook: <a href=\"https://book.the-turing-way.org/")
            .Append(Slugify(Pick(random, Nouns))).Append('/').Append(Slugify(Pick(random, Nouns))).Append("/\">")
            .Append(Capitalise(Pick(random, Nouns))).Append(" for the ").Append(Pick(random, Nouns)).Append(" pipeline</a>.\n");

        // Bring every body to about 2.4 KB, like the seed post, with one more paragraph of prose.
        if (text.Length < 2600)
        {
            text.Append('\n');
            while (text.Length < 2550)
                text.Append(Capitalise(Pick(random, Fillers))).Append(random.Next(3) == 0 ? ", _mostly_. " : ". ");
            text.Append('\n');
        }
    }

    static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    static string Token(Random random, int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }

    static string Slugify(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
