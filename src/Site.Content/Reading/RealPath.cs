using System.Runtime.InteropServices;

namespace Site.Content.Reading;

/// <summary>
/// Where a path really is, every symbolic link along it followed as the system follows it (POSIX <c>realpath</c>): a
/// link's text is read relative to where its folder really is, not to the path written to reach it. Where a system
/// cannot tell, a path with a link along it names nothing.
/// </summary>
public static class RealPath
{
    /// <summary>The real path, or null when the path names nothing; <paramref name="loop"/> says when that is because its links go round in a loop.</summary>
    public static string? Of(string path, out bool loop)
    {
        loop = false;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return Path.Exists(path) && !HasLink(path) ? Path.GetFullPath(path) : null;
        var resolved = Resolve(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            loop = Marshal.GetLastPInvokeError() == (OperatingSystem.IsMacOS() ? MacTooManyLinks : LinuxTooManyLinks);
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it; both real paths.</summary>
    public static bool IsInside(string folder, string path) =>
        path == folder || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // ELOOP, which Linux and macOS number each their own way.
    private const int LinuxTooManyLinks = 40;
    private const int MacTooManyLinks = 62;

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
