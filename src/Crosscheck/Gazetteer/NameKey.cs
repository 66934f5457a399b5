namespace Crosscheck.Gazetteer;

/// <summary>
/// Keys that make spellings of one name compare equal. <see cref="Normalize"/> folds only case,
/// accents, apostrophes and hyphens; <see cref="Fold"/> also folds the usual transliteration
/// differences (Navalnyy/Navalny/Navalniy, Andriyivka/Andriivka, Kharkiv/Harkiv,
/// Wolodymyr/Volodymyr). Neither knows aliases such as Kiev/Kyiv: the gazetteer does.
/// </summary>
public static class NameKey
{
    // Base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A), lower case; '\0'
    // where the letter needs two ("æ", "œ", "ß", "þ") or is not a letter. A table, because string
    // normalisation (FormD) does not decompose under InvariantGlobalization.
    private const string Latin1 =
        "aaaaaa\0ceeeeiiii" + "dnooooo\0ouuuuy\0\0" + "aaaaaa\0ceeeeiiii" + "dnooooo\0ouuuuy\0y";
    private const string LatinExtendedA =
        "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iiiijjkkklllllll"
        + "lllnnnnnnnnnoooo" + "oo\0\0rrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs";

    /// <summary>
    /// Lower case, accents and apostrophes removed, hyphens and runs of spaces or punctuation turned
    /// into one space: "Côte d’Ivoire" → "cote divoire".
    /// </summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length * 2] : new char[name.Length * 2];
        var n = AppendBase(name, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>
    /// The transliteration-folding key: <see cref="Normalize"/>, then per word y→i, w→v, kh→h,
    /// ph→f, ck→k and doubled letters collapsed ("navalnyy", "navalniy", "navalny" → "navalni").
    /// </summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = name.Length <= 128 ? stackalloc char[name.Length * 2] : new char[name.Length * 2];
        var n = AppendBase(name, buffer);
        var w = 0;
        var prev = '\0';
        for (var i = 0; i < n; i++)
        {
            var c = buffer[i];
            var next = i + 1 < n ? buffer[i + 1] : '\0';
            switch (c)
            {
                case 'y': c = 'i'; break;
                case 'w': c = 'v'; break;
                case 'k' when next == 'h': c = 'h'; i++; break;
                case 'p' when next == 'h': c = 'f'; i++; break;
                case 'c' when next == 'k': c = 'k'; i++; break;
            }
            if (c == prev && c != ' ') continue; // doubled letters: Navalnyy, Kyyiv, Andriiivka
            buffer[w++] = c;
            prev = c;
        }
        return new string(buffer[..w]);
    }

    /// <summary>
    /// One word folded for comparison: lower case, Latin accents removed, curly apostrophes made
    /// straight, every other character kept ("Café’s" → "cafe's"). The fold the dedup fingerprints and
    /// the story term vectors share.
    /// </summary>
    public static string FoldWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var ascii = true;
        foreach (var c in word)
        {
            if (c >= 128) { ascii = false; break; }
        }
        if (ascii) return word.ToLowerInvariant();
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length * 2] : new char[word.Length * 2];
        var n = 0;
        foreach (var ch in word)
        {
            if (ch is >= '\u0300' and <= '\u036f') continue; // a combining mark of an already decomposed letter
            if (ch is '\u2019' or '\u2018' or '\u02bc') { buffer[n++] = '\''; continue; }
            n = AppendLetter(char.ToLowerInvariant(ch), buffer, n);
        }
        return new string(buffer[..n]);
    }

    private static int AppendBase(string name, Span<char> output)
    {
        var n = 0;
        var pendingSpace = false;
        foreach (var ch in name)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && n > 0) output[n++] = ' ';
                pendingSpace = false;
                n = AppendLetter(char.ToLowerInvariant(ch), output, n);
            }
            else if (ch is '\'' or '\u2019' or '\u2018' or '`' or '\u02bc' or '.'
                     || (ch >= '\u0300' && ch <= '\u036f'))
            {
                // Inside a name these join its parts (O'Brien, d'Ivoire, U.S.); combining marks drop.
            }
            else
            {
                pendingSpace = true;
            }
        }
        return n;
    }

    private static int AppendLetter(char c, Span<char> output, int n)
    {
        if (c < '\u00c0') { output[n++] = c; return n; }
        var mapped = c switch
        {
            >= '\u00c0' and <= '\u00ff' => Latin1[c - '\u00c0'],
            >= '\u0100' and <= '\u017f' => LatinExtendedA[c - '\u0100'],
            '\u0219' or '\u0218' => 's',
            '\u021b' or '\u021a' => 't',
            _ => c,
        };
        if (mapped != '\0') { output[n++] = mapped; return n; }
        var two = c switch { 'æ' => "ae", 'œ' => "oe", 'ß' => "ss", 'þ' => "th", _ => "" };
        foreach (var t in two) output[n++] = t;
        return n;
    }
}
