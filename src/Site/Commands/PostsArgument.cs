namespace Site.Commands;

/// <summary><c>--posts DIR</c>, which the verbs share: the posts folder to use instead of <c>Site:PostsPath</c>.</summary>
public static class PostsArgument
{
    public const string Name = "--posts";

    /// <summary>The folder given with <c>--posts</c>, if one is.</summary>
    public static string? In(IReadOnlyList<string> args)
    {
        for (var i = 0; i + 1 < args.Count; i++)
            if (args[i] == Name) return args[i + 1];
        return null;
    }
}
