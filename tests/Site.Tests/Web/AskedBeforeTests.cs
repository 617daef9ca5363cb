using Site.Web;

namespace Site.Tests.Web;

public class AskedBeforeTests
{
    [Fact]
    public void A_request_is_known_from_its_second_coming_and_others_are_not()
    {
        var asked = new AskedBefore();

        Assert.False(asked.Check("/search?q=data"));
        Assert.True(asked.Check("/search?q=data"));
        Assert.True(asked.Check("/search?q=data"));
        Assert.False(asked.Check("/search?q=Data"));
        Assert.False(asked.Check("/search?q=data&page=2"));
    }

    [Fact]
    public void A_flood_of_requests_asked_once_finds_almost_none_known()
    {
        var asked = new AskedBefore();
        var known = Enumerable.Range(0, 100_000).Count(i => asked.Check($"/search?q=w{i}"));
        // Only a hash met twice could say yes: with 32-bit hashes, a handful at most.
        Assert.InRange(known, 0, 10);
    }
}
