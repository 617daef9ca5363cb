using System.Runtime.CompilerServices;

namespace Site.Content.Search;

/// <summary>
/// Numbers written in as few bytes as they need (7 bits a byte, the high bit saying another byte follows): postings are
/// mostly small gaps and counts, and so take a byte each instead of four.
/// </summary>
internal static class VarInt
{
    /// <summary>Writes <paramref name="value"/> at <paramref name="at"/> (room for 5 bytes needed); gives where the next number goes.</summary>
    public static int Write(byte[] bytes, int at, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            bytes[at++] = (byte)(v | 0x80);
            v >>= 7;
        }
        bytes[at++] = (byte)v;
        return at;
    }

    /// <summary>Reads the number at <paramref name="at"/> and moves past it; most are one byte, read without a loop.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(byte[] bytes, ref int at)
    {
        var first = bytes[at++];
        return first < 0x80 ? first : ReadRest(bytes, ref at, first);
    }

    private static int ReadRest(byte[] bytes, ref int at, byte first)
    {
        var value = (uint)(first & 0x7F);
        var shift = 7;
        byte b;
        do
        {
            b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return (int)value;
    }
}
