namespace Crosscheck.Clean;

/// <summary>
/// ISO 639-1 language of a text, or "und". Non-Latin scripts decide alone (Arabic, Greek, Hebrew, CJK...);
/// Cyrillic and Latin texts are scored by hits on short lists of each language's commonest function words,
/// with letters peculiar to one language as a tie-breaker. Lists are hand-written, compact and general.
/// </summary>
internal static class LanguageDetector
{
    private static readonly (string Code, HashSet<string> Words, string Letters)[] LatinAndCyrillic =
    [
        ("en", Set("the and of to in is was that for on with as by at from it he she they have has had were are been said this which would will not but an their its after who"), ""),
        ("fr", Set("le la les des du de et est une un dans pour qui que sur pas au aux avec ce cette il elle ont sont été par plus ses leur selon mais ou où été après"), "éèêàçùœ"),
        ("de", Set("der die das und den dem des ist nicht mit ein eine einer sich auf für von zu im auch wurde werden hat sind dass bei nach aus wie oder es am sagte"), "äöüß"),
        ("es", Set("el la los las de del y en que es por con para una un se su sus al como más pero fue ha han sobre este esta según lo dijo"), "ñáíóú¿¡"),
        ("it", Set("il lo la gli le di del della dei e è che per con un una non sono nel nella alla ha anche come più dal dalla stato ai degli ha detto"), "èàòù"),
        ("pt", Set("o a os as de do da dos das e é que em no na nos para com um uma não por mais se foi ao pelo pela são também disse"), "ãõçáéâêô"),
        ("nl", Set("de het een en van is in op dat die te met voor zijn niet aan er ook als bij door werd wordt naar maar om heeft hij uit over zei"), "ĳ"),
        ("pl", Set("i w na z się nie do jest że to o od po przez jak ale dla co tak był była są jego oraz także który która już przy za"), "łąęśżźćń"),
        ("tr", Set("ve bir bu da de için ile olarak çok daha en gibi olan ise ama sonra kadar değil var yok ne her şu dedi oldu üzere ancak göre tarafından"), "şğı"),
        ("ru", Set("и в не на что с по это как к из у за от о для был была были он она они его но также после который года заявил"), "ыэъё"),
        ("uk", Set("і в у не на що з по це як до із за від про для був була були він вона вони його але також після який року заявив та"), "іїєґ"),
    ];

    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static string Detect(string text, CleanOptions options)
    {
        var script = DominantScript(text, out var letters);
        if (letters < 10) return "und";
        switch (script)
        {
            case Script.Arabic: return ArabicFamily(text);
            case Script.Greek: return "el";
            case Script.Hebrew: return "he";
            case Script.Hangul: return "ko";
            case Script.Kana: return "ja";
            case Script.Han: return "zh";
            case Script.Devanagari: return "hi";
            case Script.Thai: return "th";
            case Script.Latin or Script.Cyrillic: break;
            default: return "und";
        }

        var scores = new double[LatinAndCyrillic.Length];
        CountFunctionWords(text, options.LanguageSampleWords, scores);

        // One pass over the sample, not one per language: every cue letter lies outside ASCII, so
        // the common case (an ASCII letter) costs one comparison.
        var hits = new int[LatinAndCyrillic.Length];
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4000)))
        {
            if (c < '\u0080') continue;
            var lower = char.ToLowerInvariant(c);
            for (var i = 0; i < LatinAndCyrillic.Length; i++)
                if (LatinAndCyrillic[i].Letters.Contains(lower, StringComparison.Ordinal)) hits[i]++;
        }
        for (var i = 0; i < LatinAndCyrillic.Length; i++) scores[i] += Math.Min(hits[i], 10) * 0.3;

        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ToArray();
        var best = scores[order[0]];
        var second = scores[order[1]];
        if (best < options.LanguageMinHits || best < second * options.LanguageMargin) return "und";
        return LatinAndCyrillic[order[0]].Code;
    }

    /// <summary>
    /// Adds one to a language's score for each of the first <paramref name="maxWords"/> words that
    /// is one of its function words. Words are lower-cased into a buffer and looked up as spans:
    /// this runs on every report, and two strings per word were most of the cleaning stage's time.
    /// </summary>
    private static void CountFunctionWords(string text, int maxWords, double[] scores)
    {
        Span<char> lower = stackalloc char[MaxFunctionWordLength];
        var words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (++words > maxWords) return;
                var word = text.AsSpan(start, i - start);
                start = -1;
                if (word.Length > MaxFunctionWordLength) continue; // no function word is that long
                var n = word.ToLowerInvariant(lower);
                for (var l = 0; l < Lookups.Length; l++)
                    if (Lookups[l].Contains(lower[..n])) scores[l]++;
            }
        }
    }

    private const int MaxFunctionWordLength = 32;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] Lookups =
        LatinAndCyrillic.Select(l => l.Words.GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();

    private enum Script { Other, Latin, Cyrillic, Arabic, Greek, Hebrew, Hangul, Kana, Han, Devanagari, Thai }

    private static Script DominantScript(string text, out int letters)
    {
        var counts = new int[Enum.GetValues<Script>().Length];
        letters = 0;
        var n = Math.Min(text.Length, 5000);
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (!char.IsLetter(c)) continue;
            letters++;
            counts[(int)ScriptOf(c)]++;
        }
        // Japanese mixes kana with Han: any real share of kana makes it Japanese.
        if (counts[(int)Script.Kana] > letters / 10 && counts[(int)Script.Kana] > 0) return Script.Kana;
        var best = 0;
        for (var i = 1; i < counts.Length; i++) if (counts[i] > counts[best]) best = i;
        return counts[best] * 2 > letters ? (Script)best : Script.Other;
    }

    private static Script ScriptOf(char c) => c switch
    {
        <= '\u024F' => char.IsAsciiLetter(c) || c >= '\u00C0' ? Script.Latin : Script.Other,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => Script.Arabic,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => Script.Han,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' => Script.Hangul,
        _ => Script.Other,
    };

    /// <summary>Persian and Urdu write with Arabic letters plus a few of their own.</summary>
    private static string ArabicFamily(string text)
    {
        int persian = 0, urdu = 0;
        foreach (var c in text.Length > 5000 ? text[..5000] : text)
        {
            if (c is '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06CC') persian++;
            if (c is '\u0679' or '\u0688' or '\u0691' or '\u06BA' or '\u06D2') urdu++;
        }
        if (urdu >= 3) return "ur";
        if (persian >= 5) return "fa";
        return "ar";
    }
}
