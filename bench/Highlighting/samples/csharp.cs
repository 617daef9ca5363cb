using System.Collections.Generic;

namespace Research.Survey;

/// <summary>Counts answers per question.</summary>
public sealed class Tally
{
    private readonly Dictionary<string, int> _counts = new();

    public int Total { get; private set; }

    public void Add(string answer, int weight = 1)
    {
        if (string.IsNullOrWhiteSpace(answer)) return;
        _counts[answer] = _counts.GetValueOrDefault(answer) + weight;
        Total += weight; // running total
    }

    public double Share(string answer) =>
        Total == 0 ? 0.0 : (double)_counts.GetValueOrDefault(answer) / Total;
}
