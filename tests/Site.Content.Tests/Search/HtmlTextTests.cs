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
