using System.Globalization;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Where Liquid writes (the output, a capture, a highlighted block): at most <paramref name="maxChars"/> characters,
/// so that a loop that doubles a text each turn stops long before the memory does.
/// </summary>
internal sealed class BoundedWriter(int maxChars) : StringWriter(CultureInfo.InvariantCulture)
{
    public override void Write(char value)
    {
        Make(1);
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Make(count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Make(buffer.Length);
        base.Write(buffer);
    }

    public override void Write(string? value)
    {
        Make(value?.Length ?? 0);
        base.Write(value);
    }

    private void Make(int more)
    {
        if (GetStringBuilder().Length + (long)more > maxChars)
            throw new LiquidStop(null, string.Create(CultureInfo.InvariantCulture, $"Liquid made more than {maxChars:N0} characters"));
    }
}
