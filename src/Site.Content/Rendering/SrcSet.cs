using System.Text;

namespace Site.Content.Rendering;

/// <summary>
/// The image candidates of a <c>srcset</c> (<c>a.png 1x, b.png 2x</c>, <c>s.jpg 480w, l.jpg 1080w</c>), read as the
/// HTML standard reads them: a URL is a run of non-space characters (commas inside it included, as in <c>data:</c>
/// URLs; trailing ones end the candidate), its descriptors run to the next comma outside parentheses.
/// </summary>
public static class SrcSet
{
    /// <summary>The URLs of <paramref name="srcset"/>, in order.</summary>
    public static IEnumerable<string> Urls(string srcset) => Candidates(srcset).Select(c => srcset.Substring(c.Start, c.Length));

    /// <summary><paramref name="srcset"/> with each URL replaced by what <paramref name="rewrite"/> makes of it, every other character kept.</summary>
    public static string Rewrite(string srcset, Func<string, string> rewrite)
    {
        var output = new StringBuilder(srcset.Length);
        var copiedUpTo = 0;
        foreach (var (start, length) in Candidates(srcset))
        {
            output.Append(srcset, copiedUpTo, start - copiedUpTo).Append(rewrite(srcset.Substring(start, length)));
            copiedUpTo = start + length;
        }
        return output.Append(srcset, copiedUpTo, srcset.Length - copiedUpTo).ToString();
    }

    private static List<(int Start, int Length)> Candidates(string srcset)
    {
        var candidates = new List<(int, int)>();
        var i = 0;
        while (true)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ',')) i++;
            if (i >= srcset.Length) return candidates;
            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i])) i++;
            var end = i;
            while (end > start && srcset[end - 1] == ',') end--;
            candidates.Add((start, end - start));
            if (end < i) continue;
            var depth = 0;
            for (; i < srcset.Length && (srcset[i] != ',' || depth > 0); i++)
            {
                if (srcset[i] == '(') depth++;
                else if (srcset[i] == ')' && depth > 0) depth--;
            }
        }
    }
}
