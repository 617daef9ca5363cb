using Site.Content.Search;

namespace Site.Content.Tests.Search;

public class HtmlTextTests
{
    [Fact]
    public void Keeps_what_a_reader_sees()
    {
        var text = HtmlText.Of("<p>com<em>munity</em> &amp; data</p><p>next</p><script>var hidden = 1;</script><style>p{}</style><pre><code>print(x)</code></pre>");
        var words = WordSpans.Of(text).Select(range => text[range]);
        Assert.Equal(["community", "data", "next", "print", "x"], words);
    }
}

public class HtmlTextStopTests
{
    private const string Html = "<p>com<em>munity</em> &amp; d&eacute;j&agrave; vu</p><p>Donne\u0301es <a href=\"/x\">ou</a>vertes</p><ul><li>one</li><li>two three</li></ul>";

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 4)]
    [InlineData(1, 3)]
    [InlineData(3, 6)]
    [InlineData(5, 8)]
    [InlineData(7, 20)]
    public void A_part_of_the_text_holds_the_words_asked_for_as_in_the_whole(int first, int end)
    {
        var whole = Words(HtmlText.Of(Html));
        var part = Words(HtmlText.Between(Html, first, end, out var skipped));

        Assert.InRange(skipped, 0, first);
        var wanted = Math.Min(end - 1, whole.Count) - first;
        Assert.Equal(whole.Skip(first).Take(wanted), part.Skip(first - skipped).Take(wanted));
        Assert.Equal(whole.Skip(skipped).Take(part.Count - 1), part.Take(part.Count - 1));
    }

    [Fact]
    public void Words_counted_piece_by_piece_are_the_words_found_whole()
    {
        var text = "com munity, déjà vu — Donne\u0301es\u0301 x2 \u0301mark";
        for (var split = 0; split <= text.Length; split++)
        {
            var inWord = false;
            var counted = WordSpans.Starts(text.AsSpan(0, split), ref inWord) + WordSpans.Starts(text.AsSpan(split), ref inWord);
            Assert.Equal(WordSpans.Of(text).Count(), counted);
        }
    }

    private static List<string> Words(string text) => [.. WordSpans.Of(text).Select(range => text[range])];
}
