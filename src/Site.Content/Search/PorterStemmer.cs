namespace Site.Content.Search;

/// <summary>
/// English stemming by Porter's algorithm (1980, as published at tartarus.org/martin/PorterStemmer): <c>workshops</c>,
/// <c>developed</c> and <c>developing</c> become <c>workshop</c> and <c>develop</c>, so that a query finds a word in any
/// of its forms. Only words of plain letters a-z longer than two are stemmed; others (numbers, words of other scripts)
/// are kept as they are.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !IsLowerAscii(word)) return word;
        var b = word.ToCharArray();
        var k = b.Length - 1;
        k = Step1ab(b, k);
        if (k > 0)
        {
            k = Step1c(b, k);
            k = Step2(b, k);
            k = Step3(b, k);
            k = Step4(b, k);
            k = Step5(b, k);
        }
        return new string(b, 0, k + 1);
    }

    private static bool IsLowerAscii(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z') return false;
        }
        return true;
    }

    /// <summary>Whether b[i] is a consonant: not a vowel, and a 'y' only after a vowel or at the start.</summary>
    private static bool Cons(char[] b, int i) => b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !Cons(b, i - 1),
        _ => true,
    };

    /// <summary>The number of vowel-consonant sequences in b[0..j]: the "measure" m of [C](VC)^m[V].</summary>
    private static int Measure(char[] b, int j)
    {
        var n = 0;
        var i = 0;
        while (true)
        {
            if (i > j) return n;
            if (!Cons(b, i)) break;
            i++;
        }
        i++;
        while (true)
        {
            while (true)
            {
                if (i > j) return n;
                if (Cons(b, i)) break;
                i++;
            }
            i++;
            n++;
            while (true)
            {
                if (i > j) return n;
                if (!Cons(b, i)) break;
                i++;
            }
            i++;
        }
    }

    private static bool VowelInStem(char[] b, int j)
    {
        for (var i = 0; i <= j; i++)
        {
            if (!Cons(b, i)) return true;
        }
        return false;
    }

    private static bool DoubleConsonant(char[] b, int j) => j >= 1 && b[j] == b[j - 1] && Cons(b, j);

    /// <summary>Consonant-vowel-consonant ending at i, the last not w, x or y: hop(e), cav(e), not snow.</summary>
    private static bool Cvc(char[] b, int i) =>
        i >= 2 && Cons(b, i) && !Cons(b, i - 1) && Cons(b, i - 2) && b[i] is not ('w' or 'x' or 'y');

    /// <summary>Whether b[0..k] ends with <paramref name="s"/>; <paramref name="j"/> is then where the stem before it ends.</summary>
    private static bool Ends(char[] b, int k, string s, out int j)
    {
        j = k - s.Length;
        if (s.Length > k + 1) return false;
        for (var i = 0; i < s.Length; i++)
        {
            if (b[k - s.Length + 1 + i] != s[i]) return false;
        }
        return true;
    }

    /// <summary>Puts <paramref name="s"/> after b[0..j]; returns the new last index.</summary>
    private static int SetTo(char[] b, int j, string s)
    {
        for (var i = 0; i < s.Length; i++) b[j + 1 + i] = s[i];
        return j + s.Length;
    }

    /// <summary>Replaces the ending when the stem before it has a measure above zero.</summary>
    private static bool Replace(char[] b, ref int k, string ending, string with)
    {
        if (!Ends(b, k, ending, out var j)) return false;
        if (Measure(b, j) > 0) k = SetTo(b, j, with);
        return true;
    }

    /// <summary>Plurals and -ed or -ing: caresses -> caress, ponies -> poni, meetings -> meet, hopping -> hop, filing -> file.</summary>
    private static int Step1ab(char[] b, int k)
    {
        int j;
        if (b[k] == 's')
        {
            if (Ends(b, k, "sses", out j)) k -= 2;
            else if (Ends(b, k, "ies", out j)) k = SetTo(b, j, "i");
            else if (b[k - 1] != 's') k--;
        }
        if (Ends(b, k, "eed", out j))
        {
            if (Measure(b, j) > 0) k--;
        }
        else if ((Ends(b, k, "ed", out j) || Ends(b, k, "ing", out j)) && VowelInStem(b, j))
        {
            k = j;
            if (Ends(b, k, "at", out j)) k = SetTo(b, j, "ate");
            else if (Ends(b, k, "bl", out j)) k = SetTo(b, j, "ble");
            else if (Ends(b, k, "iz", out j)) k = SetTo(b, j, "ize");
            else if (DoubleConsonant(b, k))
            {
                if (b[k] is not ('l' or 's' or 'z')) k--;
            }
            else if (Measure(b, k) == 1 && Cvc(b, k)) k = SetTo(b, k, "e");
        }
        return k;
    }

    /// <summary>A final y after a vowel in the stem becomes i: happy -> happi.</summary>
    private static int Step1c(char[] b, int k)
    {
        if (Ends(b, k, "y", out var j) && VowelInStem(b, j)) b[k] = 'i';
        return k;
    }

    private static readonly (string Ending, string With)[] Step2Endings =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Ending, string With)[] Step3Endings =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Endings =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize",
    ];

    /// <summary>Double suffixes to single ones: relational -> relate, conditional -> condition.</summary>
    private static int Step2(char[] b, int k)
    {
        foreach (var (ending, with) in Step2Endings)
        {
            if (Replace(b, ref k, ending, with)) break;
        }
        return k;
    }

    /// <summary>-ic-, -full, -ness: triplicate -> triplic, hopeful -> hope, goodness -> good.</summary>
    private static int Step3(char[] b, int k)
    {
        foreach (var (ending, with) in Step3Endings)
        {
            if (Replace(b, ref k, ending, with)) break;
        }
        return k;
    }

    /// <summary>Suffixes removed where the stem has a measure above one: revival -> reviv, adoption -> adopt.</summary>
    private static int Step4(char[] b, int k)
    {
        foreach (var ending in Step4Endings)
        {
            if (!Ends(b, k, ending, out var j)) continue;
            if (ending == "ion" && (j < 0 || b[j] is not ('s' or 't'))) return k;
            return Measure(b, j) > 1 ? j : k;
        }
        return k;
    }

    /// <summary>A final -e where the measure allows it, and -ll to -l: probate -> probat, controll -> control.</summary>
    private static int Step5(char[] b, int k)
    {
        if (b[k] == 'e')
        {
            var m = Measure(b, k - 1);
            if (m > 1 || m == 1 && !Cvc(b, k - 1)) k--;
        }
        if (b[k] == 'l' && DoubleConsonant(b, k) && Measure(b, k - 1) > 1) k--;
        return k;
    }
}
