using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Site.Content.Reading;

/// <summary>
/// Opens a file for reading only when it is a regular file. A pipe, socket or device given a post's name would block a
/// plain open (a pipe waits for a writer, for ever) or never end, and .NET can tell none of them from a file without
/// opening it: so it is opened without blocking (POSIX <c>O_NONBLOCK</c>), and a handle that cannot seek is no file.
/// </summary>
public static class RegularFile
{
    public const string NotRegular = "not a regular file (a pipe, socket or device)";

    /// <summary>Whether <paramref name="path"/> is a regular file that may be read.</summary>
    public static bool CanRead(string path)
    {
        try
        {
            using var file = OpenRead(path, out _);
            return file is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A stream over the file, or null (with why) when it is not a regular file.</summary>
    /// <exception cref="IOException">The file cannot be opened (missing, a loop of links).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static FileStream? OpenRead(string path, out string? problem)
    {
        problem = null;
        if (NonBlockingReadFlags() is not { } flags) return File.OpenRead(path);

        var descriptor = Open(path, flags);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            if (error == NoSuchDeviceOrAddress)
            {
                problem = NotRegular;
                return null;
            }
            var message = Marshal.GetPInvokeErrorMessage(error);
            throw error == PermissionDenied ? new UnauthorizedAccessException(message) : new IOException(message);
        }
        var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read);
        if (stream.CanSeek) return stream;
        stream.Dispose();
        problem = NotRegular;
        return null;
    }

    // errno values and open(2) flags, which Linux (x64 and Arm64 alike) and macOS define each their own way.
    private const int PermissionDenied = 13;       // EACCES
    private const int NoSuchDeviceOrAddress = 6;   // ENXIO: a socket cannot be opened

    private static int? NonBlockingReadFlags() =>
        OperatingSystem.IsLinux() ? 0x800 | 0x80000        // O_RDONLY | O_NONBLOCK | O_CLOEXEC
        : OperatingSystem.IsMacOS() ? 0x4 | 0x1000000     // O_RDONLY | O_NONBLOCK | O_CLOEXEC
        : null;

    // DllImport, not the source-generated LibraryImport, which would need unsafe code in this project for one call.
    [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
