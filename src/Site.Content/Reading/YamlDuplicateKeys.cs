using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Site.Content.Reading;

/// <summary>
/// Keys written twice in one YAML mapping, at any depth, quoted or not, in a block or a flow (<c>{x: 1, x: 2}</c>):
/// Jekyll's YAML reader (Psych) keeps the last, where YamlDotNet refuses the whole text. Each earlier one is blanked
/// out of the text (its key, its value and, in a flow, its comma), every line and column kept, so that what is read is
/// what Jekyll reads and every position reported stays right.
/// </summary>
internal static class YamlDuplicateKeys
{
    /// <summary>A key written again, and where the later one is.</summary>
    public sealed record Duplicate(string Key, Mark Later);

    /// <summary>
    /// <paramref name="yaml"/> with the earlier of each pair of keys blanked; itself when it has none, or when it is
    /// not valid YAML (the reader then says why).
    /// </summary>
    public static string WithoutEarlier(string yaml, out IReadOnlyList<Duplicate> duplicates)
    {
        var walk = new Walk(new Parser(new StringReader(yaml)));
        try
        {
            walk.Document();
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            duplicates = [];
            return yaml;
        }
        duplicates = walk.Found;
        if (walk.Found.Count == 0) return yaml;
        var text = new StringBuilder(yaml);
        foreach (var (start, end, flow) in walk.Earlier)
        {
            var last = Math.Min(end, text.Length);
            for (var i = start; i < last; i++) Blank(text, i);
            if (!flow) continue;
            var next = last;
            while (next < text.Length && text[next] is ' ' or '\t' or '\r' or '\n') next++;
            if (next < text.Length && text[next] == ',') Blank(text, next);
        }
        return text.ToString();
    }

    private static void Blank(StringBuilder text, int index)
    {
        if (text[index] is not ('\n' or '\r')) text[index] = ' ';
    }

    /// <summary>Reads the events of the first document, noting each mapping's keys.</summary>
    private sealed class Walk(IParser parser)
    {
        public List<Duplicate> Found { get; } = [];
        public List<(int Start, int End, bool Flow)> Earlier { get; } = [];

        public void Document()
        {
            while (parser.MoveNext())
            {
                if (parser.Current is DocumentStart)
                {
                    Node();
                    return;
                }
            }
        }

        /// <summary>Reads the node that starts at the next event; returns where it ends.</summary>
        private Mark Node() => NodeAt(Next());

        private Mark NodeAt(ParsingEvent first)
        {
            switch (first)
            {
                case SequenceStart:
                    while (Next() is not SequenceEnd) NodeAt(parser.Current!);
                    return parser.Current!.End;
                case MappingStart mapping:
                    return Mapping(mapping.Style == MappingStyle.Flow);
                default:
                    return first.End;
            }
        }

        private Mark Mapping(bool flow)
        {
            var earlier = new Dictionary<string, (int KeyStart, int ValueEnd)>(StringComparer.Ordinal);
            while (Next() is not MappingEnd)
            {
                var keyEvent = parser.Current!;
                NodeAt(keyEvent);
                var valueEnd = (int)Node().Index;
                if (keyEvent is not Scalar key) continue;
                if (earlier.TryGetValue(key.Value, out var before))
                {
                    Earlier.Add((before.KeyStart, before.ValueEnd, flow));
                    Found.Add(new Duplicate(key.Value, key.Start));
                }
                earlier[key.Value] = ((int)key.Start.Index, valueEnd);
            }
            return parser.Current!.End;
        }

        private ParsingEvent Next() =>
            parser.MoveNext() ? parser.Current! : throw new YamlException("the text ends inside a node");
    }
}
