namespace Site.Web;

/// <summary>A count and its noun, the noun in the plural but for one: "1 post", "3 posts", "0 errors".</summary>
public static class Plural
{
    public static string Of(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
