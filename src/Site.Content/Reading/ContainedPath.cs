namespace Site.Content.Reading;

/// <summary>
/// A path asked for from outside (a request's), checked to stay inside a folder: no <c>..</c>, and no symbolic link
/// along it that leads out, however the links chain. Where a system cannot tell where a path really is, no link is
/// followed at all.
/// </summary>
public static class ContainedPath
{
    /// <summary>The full path of <paramref name="relativePath"/> ('/'-separated) in <paramref name="folder"/>, or null when it would lead outside or names nothing.</summary>
    public static string? Resolve(string folder, string relativePath) => Resolve(folder, relativePath, out _);

    /// <summary>
    /// As <see cref="Resolve(string, string)"/>, with the path it really has in the folder ('/'-separated), links
    /// followed: what a rule about names must look at, since a link's own name says nothing of what it leads to.
    /// </summary>
    public static string? Resolve(string folder, string relativePath, out string realRelativePath)
    {
        realRelativePath = "";
        var segments = relativePath.Split('/');
        if (segments.Any(segment => segment is "" or "." or ".." || segment.Contains('\\', StringComparison.Ordinal) || segment.Contains('\0', StringComparison.Ordinal)))
            return null;
        var full = Path.Combine(folder, Path.Combine(segments));
        if (RealPath.Of(folder, out _) is not { } realFolder || RealPath.Of(full, out _) is not { } real) return null;
        if (real == realFolder || !RealPath.IsInside(realFolder, real)) return null;
        realRelativePath = Path.GetRelativePath(realFolder, real).Replace(Path.DirectorySeparatorChar, '/');
        return full;
    }
}
