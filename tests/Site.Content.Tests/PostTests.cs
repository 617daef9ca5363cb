namespace Site.Content.Tests;

public sealed class PostTests
{
    private static Post Make(string html) => new() { SourcePath = "a.md", Slug = "a", Title = "A", Summary = "", Body = new(html) };

    [Fact]
    public void Posts_are_told_apart_by_identity_not_by_their_fields()
    {
        var post = Make("<p>same</p>");
        var twin = Make("<p>same</p>");

        Assert.Equal(post, post);
        Assert.NotEqual(post, twin);
        Assert.False(post == twin);
        Assert.NotEqual(post, post with { });
        Assert.Equal(2, new HashSet<Post> { post, twin, post }.Count);
    }

    [Fact]
    public void A_posts_hash_does_not_read_its_body()
    {
        var post = Make(new string('x', 1_000_000));
        var hash = post.GetHashCode();

        Assert.Equal(hash, post.GetHashCode());
        Assert.Equal(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(post), hash);
    }
}
