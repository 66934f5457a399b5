using Crosscheck.Gazetteer;
using Crosscheck.Model;

namespace Crosscheck.Extract.Entities.Model;

/// <summary>
/// The tagger's features for every token of a sentence, hashed into a fixed number of buckets
/// (no feature dictionary to ship): the word and its neighbours (±2) lower-cased, affixes, word
/// shapes, capitalisation, position, gazetteer hits (places by kind, countries, demonyms, first
/// names, organisations, common words, multi-word names) and the entity cue word lists.
/// Deterministic: the same tokens always give the same feature ids.
/// </summary>
internal static class NerFeatures
{
    // One id per feature template; hashed together with the template's value.
    private enum T
    {
        Bias, Word, Lower, Prefix, Suffix, Shape, ShortShape, Caps, First, FirstCap, Length,
        NearWord, NearShape, BigramPrev, BigramNext, ShapeTri, Cue, Gaz, GazNear, Span, SentCase, WordShapeCase,
        Last, Hyphen, NearSuffix, PrevWordShape, NextWordShape, Coarse, Fine, CoarseCaps, CoarsePair,
    }

    private static readonly (HashSet<string> Set, int Id)[] CueLists =
    [
        (Cues.Titles, 1), (Cues.HeadTitles, 2), (Cues.OrgHeads, 3), (Cues.CompanyHeads, 4), (Cues.RegionWords, 5),
        (Cues.PlaceNouns, 6), (Cues.PlacePrepositions, 7), (Cues.SpeechVerbs, 8), (Cues.Particles, 9),
        (Cues.Breakers, 10), (Cues.CompanyNouns, 11), (Cues.LocativeOf, 12), (Cues.Honorifics, 13), (Cues.OrgJoiners, 14),
    ];

    /// <summary>Feature ids (bucket indexes below 2^bits) of each token.</summary>
    public static int[][] Extract(IReadOnlyList<string> tokens, int bits, GazetteerIndex gazetteer, WordClusters clusters)
    {
        var n = tokens.Count;
        var mask = (1 << bits) - 1;
        var lower = new string[n];
        var shape = new string[n];
        var shortShape = new string[n];
        var gaz = new int[n];
        var cls = new int[n];
        int upper = 0, lowerStart = 0, letters = 0;
        for (var i = 0; i < n; i++)
        {
            var t = tokens[i];
            lower[i] = t.ToLowerInvariant();
            (shape[i], shortShape[i]) = Shapes(t);
            gaz[i] = GazetteerBits(t, lower[i], gazetteer);
            cls[i] = clusters.Of(lower[i]);
            if (t.Length > 0 && char.IsLetter(t[0]))
            {
                letters++;
                if (char.IsUpper(t[0])) upper++;
                else lowerStart++;
            }
        }
        // Web text is often all lower case or all capitals: capitalisation means less there.
        var sentCase = letters == 0 ? 0 : upper == 0 ? 1 : lowerStart == 0 && letters > 3 ? 2 : 3;
        var spans = SpanBits(tokens, lower, gazetteer);

        var result = new int[n][];
        var f = new List<int>(96);
        for (var i = 0; i < n; i++)
        {
            f.Clear();
            var w = tokens[i];
            var lw = lower[i];
            Add(f, mask, T.Bias, 0);
            Add(f, mask, T.Lower, lw);
            Add(f, mask, T.Word, w);
            for (var k = 1; k <= 4 && k <= lw.Length; k++)
            {
                Add(f, mask, T.Prefix, k, lw.AsSpan(0, k));
                Add(f, mask, T.Suffix, k, lw.AsSpan(lw.Length - k));
            }
            Add(f, mask, T.Shape, shape[i]);
            Add(f, mask, T.ShortShape, shortShape[i]);
            var caps = CapsClass(w);
            Add(f, mask, T.Caps, caps);
            Add(f, mask, T.Length, Math.Min(w.Length, 10));
            if (i == 0) Add(f, mask, T.First, caps);
            if (i == n - 1) Add(f, mask, T.Last, 0);
            if (i == 0 || tokens[i - 1] is "\"" or ":" or "-" or "(" or "'" or "“") Add(f, mask, T.FirstCap, caps);
            if (w.Contains('-', StringComparison.Ordinal)) Add(f, mask, T.Hyphen, caps);
            Add(f, mask, T.SentCase, sentCase);
            Add(f, mask, T.WordShapeCase, sentCase * 16 + caps);
            for (var d = -2; d <= 2; d++)
            {
                if (d == 0) continue;
                var j = i + d;
                var word = j < 0 ? "<s>" : j >= n ? "</s>" : lower[j];
                var sh = j < 0 ? "<s>" : j >= n ? "</s>" : shortShape[j];
                Add(f, mask, T.NearWord, d, word);
                Add(f, mask, T.NearShape, d, sh);
                if (j >= 0 && j < n) Add(f, mask, T.GazNear, d * 64 + gaz[j], "");
            }
            if (i > 0) Add(f, mask, T.NearSuffix, -1, lower[i - 1].Length > 3 ? lower[i - 1].AsSpan(lower[i - 1].Length - 3) : lower[i - 1]);
            if (i < n - 1) Add(f, mask, T.NearSuffix, 1, lower[i + 1].Length > 3 ? lower[i + 1].AsSpan(lower[i + 1].Length - 3) : lower[i + 1]);
            Add(f, mask, T.PrevWordShape, (i > 0 ? lower[i - 1] : "<s>") + "|" + shortShape[i]);
            Add(f, mask, T.NextWordShape, shortShape[i] + "|" + (i < n - 1 ? lower[i + 1] : "</s>"));
            for (var d = -1; d <= 1; d++)
            {
                var j = i + d;
                var c = j < 0 || j >= n ? -2 : cls[j];
                Add(f, mask, T.Coarse, d * 100_000 + (c < 0 ? c : c >> 16));
                Add(f, mask, T.Fine, d * 100_000 + (c < 0 ? c : c & 0xFFFF));
            }
            Add(f, mask, T.CoarseCaps, (cls[i] < 0 ? cls[i] : cls[i] >> 16) * 16 + caps);
            Add(f, mask, T.CoarsePair, (i > 0 && cls[i - 1] >= 0 ? cls[i - 1] >> 16 : -1) * 1000 + (cls[i] < 0 ? -1 : cls[i] >> 16));
            Add(f, mask, T.BigramPrev, i > 0 ? lower[i - 1] + "|" + lw : "<s>|" + lw);
            Add(f, mask, T.BigramNext, i < n - 1 ? lw + "|" + lower[i + 1] : lw + "|</s>");
            Add(f, mask, T.ShapeTri,
                (i > 0 ? shortShape[i - 1] : "<s>") + "|" + shortShape[i] + "|" + (i < n - 1 ? shortShape[i + 1] : "</s>"));
            for (var d = -2; d <= 2; d++)
            {
                var j = i + d;
                if (j < 0 || j >= n) continue;
                foreach (var (set, id) in CueLists)
                {
                    if (set.Contains(lower[j])) Add(f, mask, T.Cue, d * 32 + id, "");
                }
            }
            for (var b = 0; b < 16; b++)
            {
                if ((gaz[i] & (1 << b)) != 0)
                {
                    Add(f, mask, T.Gaz, b, "");
                    Add(f, mask, T.Gaz, 100 + b * 8 + caps, "");
                }
            }
            foreach (var s in spans[i] ?? [])
            {
                Add(f, mask, T.Span, s, "");
            }
            result[i] = f.ToArray();
        }
        return result;
    }

    // Gazetteer bits of one token.
    private const int GPlace = 1, GCountry = 2, GDemonym = 4, GFirstName = 8, GOrg = 16, GCommon = 32,
        GCity = 64, GRegion = 128, GVillage = 256, GLandmark = 512, GBigCity = 1024;

    private static int GazetteerBits(string word, string lower, GazetteerIndex gazetteer)
    {
        if (word.Length == 0 || !char.IsLetter(word[0])) return 0;
        var bits = 0;
        if (gazetteer.IsCommonWord(lower)) bits |= GCommon;
        if (gazetteer.IsFirstName(word)) bits |= GFirstName;
        if (gazetteer.Country(word) is not null) bits |= GCountry;
        if (gazetteer.Demonym(word) is not null) bits |= GDemonym;
        if (gazetteer.Organization(word) is not null) bits |= GOrg;
        var places = gazetteer.Lookup(word);
        if (places.Count > 0)
        {
            bits |= GPlace;
            var best = places[0];
            bits |= best.Kind switch
            {
                PlaceKind.Country or PlaceKind.Region => GRegion,
                PlaceKind.City => GCity,
                PlaceKind.Village => GVillage,
                _ => GLandmark,
            };
            if (best.Population >= 100_000) bits |= GBigCity;
        }
        return bits;
    }

    // Multi-word gazetteer names (2-4 tokens starting with a capital): the type and the token's
    // place in the name, as small integers per token.
    private static List<int>?[] SpanBits(IReadOnlyList<string> tokens, string[] lower, GazetteerIndex gazetteer)
    {
        var n = tokens.Count;
        var result = new List<int>?[n];
        for (var i = 0; i < n; i++)
        {
            if (tokens[i].Length == 0 || !char.IsUpper(tokens[i][0])) continue;
            var text = tokens[i];
            for (var len = 2; len <= 4 && i + len <= n; len++)
            {
                var next = tokens[i + len - 1];
                if (next.Length == 0) break;
                var joiner = Cues.OrgJoiners.Contains(lower[i + len - 1]) || Cues.Particles.Contains(lower[i + len - 1]);
                if (!char.IsUpper(next[0]) && !joiner) break;
                text += " " + next;
                if (joiner) continue; // a name does not end on "of"
                var kind = 0;
                if (gazetteer.Organization(text) is not null) kind = 1;
                else if (gazetteer.Country(text) is not null) kind = 2;
                else if (gazetteer.Lookup(text).Count > 0) kind = 3;
                if (kind == 0) continue;
                for (var k = 0; k < len; k++)
                {
                    (result[i + k] ??= []).Add(kind * 4 + (k == 0 ? 0 : k == len - 1 ? 2 : 1));
                }
            }
        }
        return result;
    }

    /// <summary>0 lower, 1 Capitalised, 2 ALLCAPS, 3 miXed, 4 digits, 5 other.</summary>
    private static int CapsClass(string w)
    {
        if (w.Length == 0) return 5;
        bool anyUpper = false, anyLower = false, anyDigit = false;
        foreach (var c in w)
        {
            if (char.IsUpper(c)) anyUpper = true;
            else if (char.IsLower(c)) anyLower = true;
            else if (char.IsDigit(c)) anyDigit = true;
        }
        if (!anyUpper && !anyLower) return anyDigit ? 4 : 5;
        if (!anyUpper) return 0;
        if (!anyLower) return 2;
        return char.IsUpper(w[0]) && w.Skip(1).All(c => !char.IsUpper(c)) ? 1 : 3;
    }

    /// <summary>Word shape ("Xxxxx", "XX", "dd-dd") cut at 8 characters, and its short form with runs collapsed ("Xx").</summary>
    internal static (string Shape, string Short) Shapes(string w)
    {
        Span<char> full = stackalloc char[Math.Min(w.Length, 8)];
        Span<char> brief = stackalloc char[Math.Min(w.Length, 8)];
        var b = 0;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (i < full.Length) full[i] = s;
            if ((b == 0 || brief[b - 1] != s) && b < brief.Length) brief[b++] = s;
        }
        return (new string(full), new string(brief[..b]));
    }

    private static void Add(List<int> f, int mask, T template, int value) => Add(f, mask, template, value, "");

    private static void Add(List<int> f, int mask, T template, string value) => Add(f, mask, template, 0, value);

    private static void Add(List<int> f, int mask, T template, int value, ReadOnlySpan<char> text)
    {
        // FNV-1a over the template, a small integer and the text, then a final avalanche.
        var h = 2166136261u;
        h = (h ^ (uint)template) * 16777619u;
        h = (h ^ (uint)(value + 1000)) * 16777619u;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        f.Add((int)(h & (uint)mask));
    }
}
