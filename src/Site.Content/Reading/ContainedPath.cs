using System.Runtime.InteropServices;

namespace Site.Content.Reading;

/// <summary>
/// A path asked for from outside (a request's), checked to stay inside a folder: no <c>..</c>, and no symbolic link
/// along it that leads out, however the links chain. Where a system cannot tell where a path really is, no link is
/// followed at all.
/// </summary>
public static class ContainedPath
{
    /// <summary>The full path of <paramref name="relativePath"/> ('/'-separated) in <paramref name="folder"/>, or null when it would lead outside or names nothing.</summary>
    public static string? Resolve(string folder, string relativePath)
    {
        var segments = relativePath.Split('/');
        if (segments.Any(segment => segment is "" or "." or ".." || segment.Contains('\\', StringComparison.Ordinal) || segment.Contains('\0', StringComparison.Ordinal)))
            return null;
        var full = Path.Combine(folder, Path.Combine(segments));
        if (RealPath(folder) is not { } realFolder || RealPath(full) is not { } real) return null;
        return real.StartsWith(realFolder.TrimEnd('/') + "/", StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Where a path really is, every link followed (POSIX <c>realpath</c>); null when it names nothing.</summary>
    private static string? RealPath(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return Path.Exists(path) && !HasLink(path) ? Path.GetFullPath(path) : null;
        var resolved = Resolve(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    private static bool HasLink(string path)
    {
        for (var current = Path.GetFullPath(path); Path.GetDirectoryName(current) is { } parent; current = parent)
            if (new FileInfo(current).LinkTarget is not null) return true;
        return false;
    }

    // DllImport, not the source-generated LibraryImport, which would need unsafe code in this project.
    [DllImport("libc", EntryPoint = "realpath", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern IntPtr Resolve([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(IntPtr pointer);
}
