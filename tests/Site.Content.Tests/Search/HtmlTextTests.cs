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
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    public void Stopped_after_some_words_the_text_holds_every_word_before_the_last_as_in_the_whole(int stop)
    {
        var whole = Words(HtmlText.Of(Html));
        var cut = Words(HtmlText.Of(Html, stop));

        Assert.Equal(whole.Take(stop - 1), cut.Take(stop - 1));
        Assert.InRange(cut.Count, stop, whole.Count);
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
