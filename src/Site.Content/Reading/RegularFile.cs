using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Site.Content.Reading;

/// <summary>
/// Opens a file for reading only when it is a regular file. A pipe, socket or device given a post's name would block a
/// plain open (a pipe waits for a writer, for ever) or never end, and .NET has no public way to tell them from a file:
/// so it is opened without blocking (POSIX <c>O_NONBLOCK</c>), and its type read from the open descriptor, on Linux
/// with <c>statx(2)</c>, whose layout is the same on every architecture (<c>stat</c>'s is not). Elsewhere a handle that
/// cannot seek is no file, which tells pipes and sockets, but not devices that seek (<c>/dev/zero</c>).
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

    /// <summary>
    /// Whether <paramref name="path"/>, its links followed, is a pipe, socket or device: a file never to serve or read.
    /// On Linux told from its status, without opening it (opening a device may do something); elsewhere by opening it
    /// as <see cref="OpenRead"/> does. False when it cannot be told (no such file, no permission): reading it says why.
    /// </summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsLinux() && FileType(AtCurrentFolder, path, 0) is { } type) return type != RegularFileType;
        try
        {
            using var file = OpenRead(path, out _);
            return file is null;
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
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (OperatingSystem.IsLinux() && IsRegular(descriptor) == false)
        {
            handle.Dispose();
            problem = NotRegular;
            return null;
        }
        var stream = new FileStream(handle, FileAccess.Read);
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

    /// <summary>
    /// Whether an open descriptor is a regular file, by its type bits as Linux's statx(2) gives them; null where statx
    /// cannot tell (a C library without it, a sandbox that refuses the call): then the seek check alone decides, which
    /// tells pipes and sockets but not devices.
    /// </summary>
    private static bool? IsRegular(int descriptor) => FileType(descriptor, "", EmptyPath) is { } type ? type == RegularFileType : null;

    /// <summary>The type bits (<c>S_IFMT</c>) of a file, as Linux's statx(2) gives them; null when it cannot tell.</summary>
    private static int? FileType(int folderDescriptor, string path, int flags)
    {
        var status = new byte[StatxSize];
        try
        {
            if (StatX(folderDescriptor, path, flags, TypeWanted, status) != 0) return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
        return BitConverter.ToUInt16(status, ModeOffset) & FileTypeMask;
    }

    // struct statx: 256 bytes, stx_mode a __u16 at byte 28, the same on every Linux architecture.
    private const int StatxSize = 256;
    private const int ModeOffset = 28;
    private const int EmptyPath = 0x1000;          // AT_EMPTY_PATH: the descriptor itself
    private const int AtCurrentFolder = -100;      // AT_FDCWD: a path from the working folder (a full path: from /)
    private const uint TypeWanted = 0x1;           // STATX_TYPE
    private const int FileTypeMask = 0xF000;       // S_IFMT
    private const int RegularFileType = 0x8000;    // S_IFREG

    [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int StatX(int descriptor, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] status);

    // DllImport, not the source-generated LibraryImport, which would need unsafe code in this project for one call.
    [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
