namespace Site.Content.Search;

/// <summary>
/// Numbers written in as few bytes as they need (7 bits a byte, the high bit saying another byte follows): postings are
/// mostly small gaps and counts, and so take a byte each instead of four.
/// </summary>
internal static class VarInt
{
    public static void Write(List<byte> bytes, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }
        bytes.Add((byte)v);
    }

    public static int Read(byte[] bytes, ref int at)
    {
        uint value = 0;
        var shift = 0;
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
