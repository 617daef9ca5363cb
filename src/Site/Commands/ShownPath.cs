namespace Site.Commands;

/// <summary>A path as the author would type it: relative to the current directory when it is inside it.</summary>
internal static class ShownPath
{
    public static string Of(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
