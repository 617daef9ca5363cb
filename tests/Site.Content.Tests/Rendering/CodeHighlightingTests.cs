using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Content.Rendering.Highlighting;

namespace Site.Content.Tests.Rendering;

public sealed class CodeHighlightingTests
{
    private static RenderedBody Render(string markdown) => BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts));

    private static IElement Code(string html) => new HtmlParser().ParseDocument(html).QuerySelector("pre > code")!;

    // Liquid runs in code too, as in Jekyll: a sample in a template language is wrapped in raw, as its author would.
    private static string Fence(string language, string code) => $"{{% raw %}}\n```{language}\n{code}\n```\n{{% endraw %}}\n";

    /// <summary>The highlighted tokens of a block: each span's class and text.</summary>
    private static List<(string Class, string Text)> Spans(IElement code) =>
        [.. code.QuerySelectorAll("span[class]:not(.line)").Select(span => (span.ClassName!, span.TextContent))];

    /// <summary>
    /// A small real-looking sample of every language the site names, and tokens a reader should see coloured, each as a
    /// class prefix and the token's text: k keyword, s string, c comment, m number, nf function, nc class or type,
    /// nb builtin, nt tag or key, nv variable, g... diff and markdown's generic classes.
    /// </summary>
    public static TheoryData<string, string, string[]> Samples => new()
    {
        { "bash", """
            # back up the exports
            for year in 2022 2023; do
              cp "data/$year.csv" backup/ || exit 1
            done
            """, ["c:# back up the exports", "k:for", "k:do", "s:\"data/", "nv:$year", "nb:exit"] },
        { "console", """
            $ pip install pandas
            Successfully installed pandas-2.2.0
            $ echo "done" # report
            """, ["gp:$", "go:Successfully installed pandas-2.2.0", "nb:echo", "s:\"done\"", "c:# report"] },
        { "c", """
            /* count lines */
            int count(FILE *in) {
                int n = 0; // so far
                return n + 1;
            }
            """, ["c:/* count lines */", "kt:int", "nf:count", "k:return", "m:0", "c:// so far"] },
        { "cpp", """
            // mean of scores
            double mean(const std::vector<double>& xs) {
                if (xs.empty()) return 0.0;
                return total / xs.size();
            }
            std::string name = "lab";
            """, ["c:// mean of scores", "kt:double", "nf:mean", "k:if", "m:0.0", "s:\"lab\""] },
        { "csharp", """
            /// <summary>Counts answers.</summary>
            public sealed class Tally
            {
                public int Add(string answer) => answer.Length + 1; // one more
                private const string Name = "tally";
            }
            """, ["k:public", "k:class", "nc:Tally", "kt:int", "nf:Add", "m:1", "c:// one more", "s:\"tally\""] },
        { "css", """
            /* cards */
            .entry article { gap: 1.25rem; font-family: "Noto Serif", serif; }
            """, ["c:/* cards */", "nc:.entry", "nt:article", "py:gap", "m:1.25", "s:\"Noto Serif\""] },
        { "diff", """
            --- a/clean.py
            +++ b/clean.py
            @@ -1,2 +1,2 @@
            -THRESHOLD = 0.5
            +THRESHOLD = 0.75
            """, ["gh:--- a/clean.py", "gd:-THRESHOLD = 0.5", "gi:+THRESHOLD = 0.75"] },
        { "dockerfile", """
            # analysis image
            FROM python:3.12-slim
            RUN pip install pandas
            CMD ["python", "-m", "serve"]
            """, ["c:# analysis image", "k:FROM", "k:RUN", "s:\"python\""] },
        { "go", """
            // countWords counts words.
            func countWords(line string) int {
                return len(strings.Fields(line)) + 1
            }
            var greeting = "hello"
            """, ["c:// countWords counts words.", "k:func", "nf:countWords", "kt:string", "k:return", "m:1", "s:\"hello\""] },
        { "html", """
            <!-- sign-up form -->
            <form action="/signup" method="post">
              <button class="primary">Join &amp; read</button>
            </form>
            """, ["c:<!-- sign-up form -->", "nt:form", "na:action", "s:\"/signup\"", "ni:&amp;"] },
        { "java", """
            /** Summarises answers. */
            public final class Summary {
                private static final int LIMIT = 100; // at most
                String name = "summary";
            }
            """, ["c:/** Summarises answers. */", "k:public", "k:class", "nc:Summary", "kt:int", "m:100", "c:// at most", "s:\"summary\""] },
        { "javascript", """
            // toggle the menu
            const toggle = document.querySelector('#toc');
            function setOpen(value) { return value || 250; }
            """, ["c:// toggle the menu", "k:const", "nf:querySelector", "s:'#toc'", "k:function", "nf:setOpen", "m:250"] },
        { "json", """
            { "name": "survey", "version": 2, "private": true, "license": null }
            """, ["nt:\"name\"", "s:\"survey\"", "m:2", "k:true", "k:null"] },
        { "julia", """
            # bootstrap the mean
            function boot(xs::Vector{Float64}; n::Int=1000)
                return mean(xs), "done"
            end
            """, ["c:# bootstrap the mean", "k:function", "nf:boot", "m:1000", "k:return", "s:\"done\"", "k:end"] },
        { "kotlin", """
            /** A participant. */
            data class Answer(val id: String, val score: Int = 0)
            fun mean(values: List<Double>): Double {
                if (values.isEmpty()) return 0.0 // none
                return values.sum() / values.size
            }
            val label = "n = ${values.size}"
            """, ["c:/** A participant. */", "k:data", "k:class", "nc:Answer", "k:val", "kt:String", "m:0", "k:fun", "nf:mean",
                  "k:if", "c:// none", "s:\"n = ", "si:${values.size}"] },
        { "latex", """
            % results
            \section{Results}
            We found $\kappa = 0.75$ \cite{cohen1960}.
            """, ["c:% results", "nb:\\section", "k:\\cite"] },
        { "lua", """
            -- count words
            local function count(text)
              return #text + 1, "words"
            end
            """, ["c:-- count words", "k:local", "k:function", "nf:count", "k:return", "m:1", "s:\"words\"", "k:end"] },
        { "makefile", """
            # build the report
            report.pdf: report.tex
            	latexmk -pdf report.tex
            """, ["c:# build the report", "nf:report.pdf"] },
        { "markdown", """
            # Workshop notes
            Participants wrote **goals** and *notes*.
            """, ["gh:Workshop notes", "gs:**goals**", "ge:*notes*"] },
        { "matlab", """
            % fit a line
            function [slope, intercept] = fit_line(x, y)
                n = numel(x) + 1;
                fprintf('slope %.2f\n', slope);
            end
            """, ["c:% fit a line", "k:function", "nf:fit_line", "nb:numel", "m:1", "s:'slope %.2f\\n'", "k:end"] },
        { "php", """
            <?php
            // greet the reader
            function greet(string $name, int $visits = 1): string {
                return 'Hello, ' . $name;
            }
            """, ["c:// greet the reader", "k:function", "nf:greet", "nv:$name", "m:1", "k:return", "s:'Hello, '"] },
        { "powershell", """
            # archive old exports
            $cutoff = (Get-Date).AddDays(-30)
            if ($cutoff) { Write-Host "archived" }
            """, ["c:# archive old exports", "nv:$cutoff", "nb:Get-Date", "m:-30", "k:if", "s:\"archived\""] },
        { "python", """"
            import csv

            def agreement(labels: list[str]) -> float:
                """Share of the most common label."""
                if not labels:
                    return 0.0  # nothing to compare
                return max(labels.count(l) for l in labels) / len(labels)
            """", ["k:import", "k:def", "nf:agreement", "nb:str", "s:\"\"\"Share of the most common label.\"\"\"", "k:if", "k:return", "m:0.0",
                  "c:# nothing to compare", "nb:max"] },
        { "r", """
            # agreement of two raters
            kappa <- function(a, b) {
              observed <- mean(a == b)
              paste("kappa:", observed, 1.5, TRUE)
            }
            """, ["c:# agreement of two raters", "nf:kappa", "k:function", "nb:mean", "s:\"kappa:\"", "m:1.5", "k:TRUE"] },
        { "ruby", """
            # reading time of a post
            module ReadingTime
              def reading_time(input)
                minutes = input.split.size / 200
                "#{minutes} min read"
              end
            end
            """, ["c:# reading time of a post", "k:module", "k:def", "nf:reading_time", "m:200", "s:\"#{minutes} min read\"", "k:end"] },
        { "rust", """
            /// Counts the words of a text.
            pub fn count_words(text: &str) -> usize {
                let greeting = "hello"; // unused
                text.split_whitespace().count() + 1
            }
            """, ["c:/// Counts the words of a text.", "k:pub", "k:fn", "nf:count_words", "k:let", "s:\"hello\"", "c:// unused", "m:1"] },
        { "scala", """
            /** Tallies answers. */
            case class Answer(question: String, score: Int = 0)
            object Tally {
              def mean(xs: Seq[Double]): Double = if (xs.isEmpty) 0.0 else xs.sum / xs.size // average
              val label = s"n = ${xs.size}"
            }
            """, ["c:/** Tallies answers. */", "k:case", "k:class", "nc:Answer", "kt:String", "m:0", "k:object", "nc:Tally", "k:def", "nf:mean",
                  "k:if", "c:// average", "k:val", "s:s\"n = ", "si:${xs.size}"] },
        { "sql", """
            -- participants per workshop
            SELECT w.title, COUNT(p.id) AS participants FROM workshops AS w
            WHERE w.held_on >= '2023-01-01' AND p.age > 18;
            """, ["c:-- participants per workshop", "k:SELECT", "nb:COUNT", "k:FROM", "k:WHERE", "s:'2023-01-01'", "m:18"] },
        { "swift", """
            /// A participant of the study.
            struct Participant {
                let id: String
                var score: Double = 0.0 // not scored yet
            }
            func mean(of values: [Double]) -> Double { return 0 }
            let name = "p1"
            """, ["c:/// A participant of the study.", "k:struct", "nc:Participant", "k:let", "kt:String", "k:var", "m:0.0", "c:// not scored yet",
                  "k:func", "nf:mean", "k:return", "s:\"p1\""] },
        { "toml", """
            # project settings
            [owner]
            name = "Ada"
            joined = 2021-05-04
            timeout = 30
            strict = true
            """, ["c:# project settings", "nc:owner", "nt:name", "s:\"Ada\"", "m:2021-05-04", "m:30", "k:true"] },
        { "typescript", """
            // typed results
            interface Result { score: number; }
            export async function load(url: string): Promise<Result[]> {
              return fetch(url, { retries: 3 }) as any;
            }
            const name = 'results';
            """, ["c:// typed results", "k:interface", "nc:Result", "kt:number", "k:function", "nf:load", "kt:string", "k:return", "m:3",
                  "s:'results'"] },
        { "xml", """
            <?xml version="1.0"?>
            <!-- the feed -->
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Notes &amp; news</title></feed>
            """, ["c:<!-- the feed -->", "nt:feed", "na:xmlns", "s:\"http://www.w3.org/2005/Atom\"", "ni:&amp;"] },
        { "yaml", """
            # site settings
            title: Community Data Lab
            baseurl: ""
            defaults:
              - scope: { path: _posts }
                values: { comments: true, max_items: 20 }
            """, ["c:# site settings", "nt:title", "s:Community Data Lab", "s:\"\"", "k:true", "m:20"] },
        // Languages whose grammar TextMateSharp.Grammars ships, and Rouge's names given the nearest grammar.
        { "asciidoc", """
            = Workshop notes
            // draft
            Participants wrote *goals*.
            """, ["c:// draft"] },
        { "bat", """
            REM copy the exports
            @echo off
            set TARGET=backup
            """, ["c:copy the exports", "k:echo"] },
        { "bibtex", """
            @article{knuth1984,
              title = {Literate Programming},
              year = 1984
            }
            """, ["k:@article"] },
        { "clojure", """
            ; count the words
            (defn count-words [s] (count (str/split s #" ")))
            """, ["c:; count the words"] },
        { "scheme", """
            ; square a number
            (define (square x) (* x x))
            """, ["c:; square a number"] },
        { "coffeescript", """
            # square a number
            square = (x) -> x * x
            alert "done"
            """, ["c:# square a number", "s:\"done\""] },
        { "cuda", """
            // add on the device
            __global__ void add(int *a) { a[0] = 1; }
            """, ["c:// add on the device"] },
        { "dart", """
            // the entry point
            void main() { print('hello'); }
            """, ["c:// the entry point", "s:'hello'"] },
        { "fsharp", """
            // square a number
            let square x = x * x
            printfn "%d" (square 3)
            """, ["c:// square a number", "k:let"] },
        { "ocaml", """
            (* square a number *)
            let square x = x * x
            """, ["c:(* square a number *)", "k:let"] },
        { "gradle", """
            // the build
            dependencies {
                implementation 'org.example:lib:1.0'
            }
            """, ["c:// the build", "s:'org.example:lib:1.0'"] },
        { "hlsl", """
            // flat red
            float4 main() : SV_Target { return float4(1, 0, 0, 1); }
            """, ["c:// flat red"] },
        { "jsonc", """
            {
              // the port
              "port": 8080
            }
            """, ["c:// the port", "m:8080"] },
        { "less", """
            // colours
            @primary: #333;
            .button { color: @primary; }
            """, ["c:// colours"] },
        { "objc", """
            // greet the reader
            NSString *name = @"site";
            """, ["c:// greet the reader"] },
        { "objcpp", """
            // greet the reader
            NSString *name = @"site";
            """, ["c:// greet the reader"] },
        { "pascal", """
            program Hello;
            begin
              writeln('Hello');
            end.
            """, ["k:program", "s:'Hello'"] },
        { "perl6", """
            # greet the reader
            say "hello";
            """, ["c:# greet the reader"] },
        { "shaderlab", """
            Shader "Custom/Flat" {
              // one pass
            }
            """, ["c:// one pass"] },
        { "typst", """
            = Results
            // a note
            #let x = 1
            """, ["c:// a note"] },
        { "vb", """
            ' greet the reader
            Dim name As String = "site"
            """, ["c:' greet the reader", "s:\"site\""] },
        { "nasm", """
            ; exit the program
            mov eax, 1
            int 0x80
            """, ["c:; exit the program"] },
        { "gitignore", """
            # build output
            bin/
            *.log
            """, ["c:# build output"] },
        { "razor", """
            @model Post
            <h1>@Model.Title</h1>
            """, ["nt:h1"] },
        { "handlebars", """
            <ul>{{#each posts}}<li>{{title}}</li>{{/each}}</ul>
            """, ["nt:li"] },
        { "liquid", """
            {% for post in site.posts %}
              <li><a href="{{ post.url }}">{{ post.title }}</a></li>
            {% endfor %}
            """, ["nt:li"] },
        { "log", """
            2024-01-02 10:00:00 ERROR failed to connect
            """, ["s:ERROR"] },
        { "pug", """
            //- the layout
            html
              body
                h1 Title
            """, ["c://- the layout"] },
        { "xsl", """
            <xsl:template match="/"><p>hi</p></xsl:template>
            """, ["nt:xsl:template"] },
        { "erb", """
            <% if user %>
            <p><%= user.name %></p>
            <% end %>
            """, ["nt:p"] },
        { "vue", """
            <template>
              <p>{{ msg }}</p>
            </template>
            <script>
            export default { data() { return { msg: 'hi' } } }
            </script>
            """, ["nt:template", "s:'hi'"] },
        { "sass", """
            // colours
            $primary: #333
            """, ["c:// colours"] },
        { "irb", """
            # sum of two
            [1, 2].sum
            """, ["c:# sum of two"] },
        { "mysql", """
            -- count the posts
            SELECT COUNT(*) FROM posts;
            """, ["c:-- count the posts", "k:SELECT"] },
        { "properties", """
            # the app
            server.port=8080
            """, ["c:# the app"] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_language_colours_its_keywords_strings_comments_and_numbers(string language, string code, string[] expected)
    {
        var block = Code(Render(Fence(language, code)).Html);

        var spans = Spans(block);
        foreach (var token in expected)
        {
            var (prefix, text) = (token[..token.IndexOf(':')], token[(token.IndexOf(':') + 1)..]);
            Assert.True(spans.Any(span => span.Class.StartsWith(prefix, StringComparison.Ordinal) && (span.Text == text || span.Text.Trim() == text)),
                $"{language}: no span of class {prefix}* reads '{text}'; spans: {string.Join(" ", spans.Select(s => $"[{s.Class}:{s.Text}]"))}");
        }
        Assert.Equal(code + "\n", block.TextContent);
        Assert.Equal("highlight", block.ParentElement!.ClassName);
    }

    [Fact]
    public void Every_language_jekyll_authors_write_is_known_by_its_aliases()
    {
        string[] names = ["bash", "sh", "shell", "zsh", "console", "terminal", "c", "cpp", "c++", "csharp", "cs", "c#", "css", "diff", "patch",
            "dockerfile", "docker", "go", "golang", "html", "java", "javascript", "js", "json", "julia", "jl", "kotlin", "kt", "latex", "tex",
            "lua", "makefile", "make", "markdown", "md", "matlab", "php", "powershell", "ps1", "posh", "python", "py", "r", "ruby", "rb", "rust",
            "rs", "scala", "sql", "swift", "toml", "typescript", "ts", "xml", "yaml", "yml", "Python", "YAML", "liquid", "html+erb", "erb", "objc",
            "objective-c", "fsharp", "coffeescript", "sass", "less", "bat", "cmd", "groovy", "gradle", "dart", "nasm", "irb", "jinja", "django",
            "handlebars", "twig", "vb", "vue", "svelte", "mysql", "psql", "plsql", "jsonc", "json5", "clojure", "scheme", "racket", "lisp", "ocaml"];

        Assert.All(names, name => Assert.NotNull(CodeLanguages.ScopeOf(name)));
    }

    [Theory]
    [InlineData("```\nplain = 1 # no language\n```\n")]
    [InlineData("```klingon\nQapla' 1\n```\n")]
    [InlineData("    indented = 1\n")]
    [InlineData("<pre><code class=\"language-python\">x = <b>1</b></code></pre>\n")]
    public void A_block_without_a_language_the_site_knows_stays_exactly_as_written(string markdown)
    {
        var written = Render(markdown).Body.Written;

        Assert.Equal(written, new CodeHighlighting().Finish(written, new List<BodyProblem>()));
    }

    [Fact]
    public void Code_is_escaped_exactly_once_and_reads_as_written()
    {
        const string code = """if a < b && c > "d" & 'e': print("<b>&amp;</b>")""";

        var html = Render(Fence("python", code)).Html;

        var block = Code(html);
        Assert.Equal(code + "\n", block.TextContent);
        Assert.NotEmpty(Spans(block));
        Assert.Contains("&lt;b&gt;&amp;amp;&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;&amp;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;d&quot;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbered_lines_are_each_a_line_span_and_the_text_is_unchanged()
    {
        const string code = "def f(x):\n    return x + 1\n\nprint(f(2))";

        var html = Render(Fence("python linenos", code)).Html;

        var block = Code(html);
        Assert.True(block.HasAttribute("data-linenos"));
        Assert.Equal(["def f(x):", "    return x + 1", "", "print(f(2))"], block.QuerySelectorAll(".line").Select(line => line.TextContent));
        Assert.Equal(code + "\n", block.TextContent);
        Assert.Empty(Code(Render(Fence("python", code)).Html).QuerySelectorAll(".line"));
    }

    [Fact]
    public void A_block_that_outruns_its_time_stays_as_written()
    {
        var stage = new CodeHighlighting(HighlightLimits.Default with { BlockTime = TimeSpan.FromTicks(1) });
        var written = Render(Fence("python", string.Join('\n', Enumerable.Repeat("x = compute(1, 'two') # three", 200)))).Body.Written;

        Assert.Equal(written, stage.Finish(written, []));
        Assert.Equal(["source.python"], stage.LoadedGrammars);
    }

    [Fact]
    public void A_line_that_outruns_its_time_leaves_its_block_as_written()
    {
        var stage = new CodeHighlighting(HighlightLimits.Default with { LineTime = TimeSpan.FromTicks(1) });
        var written = Render(Fence("python", "def f(x):\n    return [x, 'x', 1.5]  # three")).Body.Written;

        Assert.Equal(written, stage.Finish(written, []));
        Assert.Equal(["source.python"], stage.LoadedGrammars);
    }

    [Fact]
    public void A_block_with_too_many_lines_or_an_overlong_line_stays_as_written_without_being_tokenized()
    {
        var huge = Render(Fence("python", string.Join('\n', Enumerable.Range(0, 60_000).Select(i => $"value_{i} = [{i}, '{i}'] # {i}")))).Body;
        var overlong = Render(Fence("json", "[" + string.Join(',', Enumerable.Range(0, 2_000)) + "]")).Body;
        var stage = new CodeHighlighting();

        Assert.Equal(huge.Written, stage.Finish(huge.Written, []));
        Assert.Equal(overlong.Written, stage.Finish(overlong.Written, []));
        Assert.Empty(stage.LoadedGrammars);
    }

    [Fact]
    public void One_stage_finishes_many_posts_at_once_as_it_would_one_by_one()
    {
        // Limits no busy machine reaches: what is compared is the output of threads sharing one stage.
        var generous = new HighlightLimits(MaxLines: 5_000, MaxLineLength: 2_000, LineTime: TimeSpan.FromMinutes(1), BlockTime: TimeSpan.FromMinutes(1));
        string[] languages = ["python", "csharp", "bash", "yaml", "html", "kotlin"]; // bundled, embedding others, the site's own
        var samples = Samples.Where(row => languages.Contains((string)row[0]))
            .Select(row => Render(Fence((string)row[0], (string)row[1])).Body.Written).ToArray();
        var alone = new CodeHighlighting(generous);
        var expected = samples.Select(html => alone.Finish(html, [])).ToArray();
        Assert.All(expected, html => Assert.StartsWith("<pre class=\"highlight\"><code class=\"language-", html, StringComparison.Ordinal));

        var shared = new CodeHighlighting(generous);
        var finished = new string[samples.Length * 8];
        Parallel.For(0, finished.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => finished[i] = shared.Finish(samples[i % samples.Length], []));

        for (var i = 0; i < finished.Length; i++) Assert.Equal(expected[i % samples.Length], finished[i]);
    }

    [Fact]
    public void Grammars_are_loaded_only_for_the_languages_met()
    {
        var stage = new CodeHighlighting();

        stage.Finish(Render(Fence("klingon", "Qapla'") + Fence("", "plain")).Body.Written, []);
        Assert.Empty(stage.LoadedGrammars);

        stage.Finish(Render(Fence("py", "x = 1") + Fence("python", "y = 2")).Body.Written, []);
        Assert.Equal(["source.python"], stage.LoadedGrammars);
    }
}
