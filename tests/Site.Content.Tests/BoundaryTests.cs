namespace Site.Content.Tests;

/// <summary>The content layer knows nothing of the web: what would let it (a framework reference) fails here.</summary>
public sealed class BoundaryTests
{
    [Fact]
    public void The_content_layer_references_no_part_of_asp_net()
    {
        var references = typeof(PostCatalog).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.Contains("Markdig", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
    }
}
