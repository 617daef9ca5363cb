namespace Site.Content.Rendering;

/// <summary>A piece of math in a parsed body: <see cref="InlineMath"/> or <see cref="DisplayMath"/>.</summary>
public interface IMath
{
    /// <summary>The TeX between the delimiters, as written.</summary>
    string Tex { get; }

    bool IsDisplay { get; }

    /// <summary>The line of the body it starts on, from 0, and its column, from 0.</summary>
    int Line { get; }

    int Column { get; }

    /// <summary>The line of the post's file it starts on, which its placeholder carries for reports (<see cref="MathPositions"/>).</summary>
    int FileLine { get; set; }
}
