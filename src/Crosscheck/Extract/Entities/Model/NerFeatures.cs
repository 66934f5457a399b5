using System.Collections.Concurrent;
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
/// <remarks>
/// Speed: everything that depends on one word form alone (its hashes, shape, gazetteer and cue
/// bits, and the hashed features of the word itself) is computed once per distinct form and kept
/// in a bounded, thread-safe cache; the features that join neighbours combine those integer hashes
/// instead of building strings. Thread-safe: one instance serves every thread.
/// </remarks>
internal sealed class NerFeatures
{
    // One id per feature template; hashed together with the template's values.
    private enum T
    {
        Bias = 1, Word, Lower, Prefix, Suffix, Shape, ShortShape, Caps, First, FirstCap, Length,
        NearWord, NearShape, BigramPrev, BigramNext, ShapeTri, Cue, Gaz, GazNear, Span, SentCase, WordShapeCase,
        Last, Hyphen, NearSuffix, PrevWordShape, NextWordShape, Coarse, Fine, CoarseCaps, CoarsePair,
        RunPos, RunFirst, RunLast, RunCue, RunKind, PrevTwo, NextTwo, RunLastWord, Scheme,
        Doc, DocPrevCue, DocNextCue, DocRunCue, DocRunGaz, DocKind, DocPair,
    }

    private static readonly (HashSet<string> Set, int Id)[] CueLists =
    [
        (Cues.Titles, 1), (Cues.HeadTitles, 2), (Cues.OrgHeads, 3), (Cues.CompanyHeads, 4), (Cues.RegionWords, 5),
        (Cues.PlaceNouns, 6), (Cues.PlacePrepositions, 7), (Cues.SpeechVerbs, 8), (Cues.Particles, 9),
        (Cues.Breakers, 10), (Cues.CompanyNouns, 11), (Cues.LocativeOf, 12), (Cues.Honorifics, 13), (Cues.OrgJoiners, 14),
    ];

    /// <summary>Distinct word forms kept before the cache starts afresh (bounds its memory, a few tens of MB).</summary>
    internal const int MaxCachedWords = 200_000;

    private static readonly uint Start = StringHash("<s>");
    private static readonly uint End = StringHash("</s>");

    private readonly GazetteerIndex? _given;
    private readonly WordClusters _clusters;
    private readonly ConcurrentDictionary<string, WordInfo> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _names = new(StringComparer.Ordinal);
    private int _cached;

    /// <param name="gazetteer">The gazetteer; null for <see cref="GazetteerIndex.Default"/>, loaded on first use (not with the model).</param>
    /// <param name="clusters">Word classes.</param>
    public NerFeatures(GazetteerIndex? gazetteer, WordClusters clusters)
    {
        _given = gazetteer;
        _clusters = clusters;
    }

    private GazetteerIndex Gazetteer => _given ?? GazetteerIndex.Default;

    /// <summary>What the features need of one word form, computed once.</summary>
    private sealed class WordInfo
    {
        public required string Lower { get; init; }
        public uint LowerHash { get; init; }
        public uint ShortShapeHash { get; init; }
        public uint Suffix3Hash { get; init; }
        public int Caps { get; init; }
        public int Gaz { get; init; }
        public int Cluster { get; init; }
        public int CueBits { get; init; }
        public bool UpperStart { get; init; }
        public bool Letter { get; init; }
        public bool Joiner { get; init; }
        /// <summary>Unmasked hashes of the features of the word alone.</summary>
        public required uint[] Own { get; init; }
    }

    /// <summary>Feature ids (bucket indexes below 2^bits) of each token.</summary>
    public int[][] Extract(IReadOnlyList<string> tokens, int bits, NerScheme scheme = NerScheme.Names, NerDocument? document = null)
    {
        var sink = new ArraySink(tokens.Count);
        Visit(tokens, 0, tokens.Count, bits, scheme, ref sink, document);
        return sink.Result;
    }

    /// <summary>Receives the feature ids of each token in turn.</summary>
    internal interface ISink
    {
        /// <summary>The next ids belong to token <paramref name="index"/> (0 for the first of the range).</summary>
        void Token(int index);

        void Add(int id);
    }

    private struct ArraySink(int n) : ISink
    {
        private readonly List<int> _current = new(128);
        private int _index = -1;

        public int[][] Result { get; } = new int[n][];

        public void Token(int index)
        {
            if (_index >= 0) Result[_index] = [.. _current];
            _current.Clear();
            _index = index;
        }

        public void Add(int id)
        {
            if (id >= 0) _current.Add(id);
            else Token(-1); // the end
        }
    }

    /// <summary>
    /// Feeds the feature ids of tokens[from..to) to the sink, the whole sentence serving as context;
    /// then calls <c>Add(-1)</c> once to mark the end. A struct sink gets its own specialised code.
    /// <paramref name="document"/>: the facts of the sentence's document (null: the sentence alone).
    /// </summary>
    internal void Visit<TSink>(IReadOnlyList<string> tokens, int from, int to, int bits, NerScheme scheme, ref TSink f,
        NerDocument? document = null)
        where TSink : struct, ISink
    {
        // Without its document a sentence is a document of its own, as the unrelated sentences of
        // training files without document markers are.
        document ??= Document([tokens]);
        if (scheme == NerScheme.Names)
        {
            Features(tokens, from, to, bits, scheme, ref f, document);
            return;
        }
        // Another scheme: every feature twice, shared and the scheme's own copy (Daume's "frustratingly
        // easy" domain adaptation), so that what the schemes agree on is learnt from all the data.
        var copy = new CopySink<TSink>(f, (uint)((1 << bits) - 1), (uint)scheme);
        Features(tokens, from, to, bits, scheme, ref copy, document);
        f = copy.Inner;
    }

    private struct CopySink<TSink>(TSink inner, uint mask, uint salt) : ISink
        where TSink : struct, ISink
    {
        public TSink Inner = inner;

        public void Token(int index) => Inner.Token(index);

        public void Add(int id)
        {
            Inner.Add(id);
            if (id >= 0) Inner.Add((int)Final(Combine(salt * 0x9E3779B9u, (uint)id), mask));
        }
    }

    private void Features<TSink>(IReadOnlyList<string> tokens, int from, int to, int bits, NerScheme scheme, ref TSink f,
        NerDocument? document)
        where TSink : struct, ISink
    {
        var n = tokens.Count;
        var mask = (uint)((1 << bits) - 1);
        var info = new WordInfo[n];
        int upper = 0, lowerStart = 0, letters = 0;
        for (var i = 0; i < n; i++)
        {
            var w = info[i] = Word(tokens[i]);
            if (w.Letter)
            {
                letters++;
                if (w.UpperStart) upper++;
                else lowerStart++;
            }
        }
        // Web text is often all lower case or all capitals: capitalisation means less there.
        var sentCase = letters == 0 ? 0 : upper == 0 ? 1 : lowerStart == 0 && letters > 3 ? 2 : 3;
        var spans = SpanBits(tokens, info, from, to);
        var runs = Runs(tokens, info, from, to);

        for (var i = from; i < to; i++)
        {
            f.Token(i - from);
            var w = info[i];
            var prev = i > 0 ? info[i - 1] : null;
            var next = i < n - 1 ? info[i + 1] : null;
            foreach (var h in w.Own) f.Add((int)Final(h, mask));
            var caps = w.Caps;
            Add(ref f, mask, T.Bias, 0);
            if (i == 0) Add(ref f, mask, T.First, caps);
            if (i == n - 1) Add(ref f, mask, T.Last, 0);
            if (i == 0 || tokens[i - 1] is "\"" or ":" or "-" or "(" or "'" or "“") Add(ref f, mask, T.FirstCap, caps);
            Add(ref f, mask, T.SentCase, sentCase);
            Add(ref f, mask, T.WordShapeCase, sentCase * 16 + caps);
            for (var d = -2; d <= 2; d++)
            {
                if (d == 0) continue;
                var j = i + d;
                var inside = j >= 0 && j < n;
                var word = j < 0 ? Start : j >= n ? End : info[j].LowerHash;
                var sh = j < 0 ? Start : j >= n ? End : info[j].ShortShapeHash;
                Add(ref f, mask, T.NearWord, d, word);
                Add(ref f, mask, T.NearShape, d, sh);
                if (inside) Add(ref f, mask, T.GazNear, d * 64 + info[j].Gaz);
            }
            if (prev is not null) Add(ref f, mask, T.NearSuffix, -1, prev.Suffix3Hash);
            if (next is not null) Add(ref f, mask, T.NearSuffix, 1, next.Suffix3Hash);
            Add(ref f, mask, T.PrevWordShape, 0, prev?.LowerHash ?? Start, w.ShortShapeHash);
            Add(ref f, mask, T.NextWordShape, 0, w.ShortShapeHash, next?.LowerHash ?? End);
            for (var d = -1; d <= 1; d++)
            {
                var j = i + d;
                var c = j < 0 || j >= n ? -2 : info[j].Cluster;
                Add(ref f, mask, T.Coarse, d * 100_000 + (c < 0 ? c : c >> 16));
                Add(ref f, mask, T.Fine, d * 100_000 + (c < 0 ? c : c & 0xFFFF));
            }
            var cls = w.Cluster;
            Add(ref f, mask, T.CoarsePair, (prev is { Cluster: >= 0 } ? prev.Cluster >> 16 : -1) * 1000 + (cls < 0 ? -1 : cls >> 16));
            Add(ref f, mask, T.BigramPrev, 0, prev?.LowerHash ?? Start, w.LowerHash);
            Add(ref f, mask, T.BigramNext, 0, w.LowerHash, next?.LowerHash ?? End);
            Add(ref f, mask, T.ShapeTri, 0, prev?.ShortShapeHash ?? Start, w.ShortShapeHash, next?.ShortShapeHash ?? End);
            for (var d = -2; d <= 2; d++)
            {
                var j = i + d;
                if (j < 0 || j >= n) continue;
                var cues = info[j].CueBits;
                while (cues != 0)
                {
                    var id = System.Numerics.BitOperations.TrailingZeroCount(cues);
                    cues &= cues - 1;
                    Add(ref f, mask, T.Cue, d * 32 + id);
                }
            }
            foreach (var s in spans[i] ?? [])
            {
                Add(ref f, mask, T.Span, s);
            }
            Add(ref f, mask, T.PrevTwo, 0, i > 1 ? info[i - 2].LowerHash : Start, prev?.LowerHash ?? Start);
            Add(ref f, mask, T.NextTwo, 0, next?.LowerHash ?? End, i < n - 2 ? info[i + 2].LowerHash : End);
            if (scheme != NerScheme.Names)
            {
                // The scheme's own view of the word and its context: what it marks that names-only
                // data does not ("he", "the city", the "the" before a name).
                var k = (int)scheme * 16;
                Add(ref f, mask, T.Scheme, k);
                Add(ref f, mask, T.Scheme, k + 1, w.LowerHash);
                Add(ref f, mask, T.Scheme, k + 2, prev?.LowerHash ?? Start);
                Add(ref f, mask, T.Scheme, k + 3, next?.LowerHash ?? End);
                Add(ref f, mask, T.Scheme, k + 4, w.ShortShapeHash);
                Add(ref f, mask, T.Scheme, k + 5, prev?.LowerHash ?? Start, w.LowerHash);
                Add(ref f, mask, T.Scheme, k + 6, w.LowerHash, next?.ShortShapeHash ?? End);
                Add(ref f, mask, T.Scheme, k + 7, w.Suffix3Hash);
            }
            if (runs[i] is { } run)
            {
                // The token's place in its run of capitalised words, and what the whole run says:
                // its first and last words ("Ministry ... Defence", "... Democratic Forces"), the
                // cue lists its words are on, and whether the gazetteer knows it whole.
                var pos = run.Length == 1 ? 0 : i == run.Start ? 1 : i == run.Start + run.Length - 1 ? 3 : 2;
                var len = Math.Min(run.Length, 5);
                Add(ref f, mask, T.RunPos, pos * 8 + len);
                Add(ref f, mask, T.RunPos, 100 + pos * 8 + len, w.ShortShapeHash);
                Add(ref f, mask, T.RunFirst, pos, info[run.Start].LowerHash);
                Add(ref f, mask, T.RunLast, pos, info[run.Start + run.Length - 1].LowerHash);
                Add(ref f, mask, T.RunLastWord, pos, info[run.Start + run.Length - 1].Suffix3Hash);
                var cues = run.Cues;
                while (cues != 0)
                {
                    var id = System.Numerics.BitOperations.TrailingZeroCount(cues);
                    cues &= cues - 1;
                    Add(ref f, mask, T.RunCue, pos * 32 + id);
                }
                Add(ref f, mask, T.RunKind, pos * 8 + run.Kind);
                Add(ref f, mask, T.RunKind, 100 + run.Gaz);
            }
            if (document is not null && w.Letter && document.Of(w.Lower) is { } seen) DocumentFeatures(ref f, mask, w.Caps, seen);
        }
        f.Add(-1);
    }

    /// <summary>
    /// What the rest of the document says of the word: how it is written elsewhere (capitalised
    /// mid-sentence, in lower case, in capitals), its place in longer capitalised runs, the cue words
    /// next to it and the gazetteer facts of the runs it is part of — all joined with how it is
    /// written here, so that a headline's "LEICESTER" or a sentence's first word learns from the
    /// other mentions.
    /// </summary>
    private static void DocumentFeatures<TSink>(ref TSink f, uint mask, int caps, NerDocument.Seen seen) where TSink : struct, ISink
    {
        var how = seen.How;
        while (how != 0)
        {
            var b = System.Numerics.BitOperations.TrailingZeroCount(how);
            how &= how - 1;
            Add(ref f, mask, T.Doc, b);
            Add(ref f, mask, T.Doc, 100 + b * 8 + caps);
        }
        Add(ref f, mask, T.DocPair, seen.How & (NerDocument.CapMid | NerDocument.Lower | NerDocument.AllCaps | NerDocument.InRun) | caps << 8);
        Bits(ref f, mask, T.DocPrevCue, seen.PrevCues);
        Bits(ref f, mask, T.DocNextCue, seen.NextCues);
        Bits(ref f, mask, T.DocRunCue, seen.RunCues);
        Bits(ref f, mask, T.DocRunGaz, seen.RunGaz);
        Bits(ref f, mask, T.DocKind, seen.Kinds);
    }

    private static void Bits<TSink>(ref TSink f, uint mask, T template, int bits) where TSink : struct, ISink
    {
        while (bits != 0)
        {
            var b = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            Add(ref f, mask, template, b);
        }
    }

    /// <summary>The document facts of every word form in the sentences (one document's, in order).</summary>
    public NerDocument Document(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var words = new Dictionary<string, NerDocument.Seen>(StringComparer.Ordinal);
        foreach (var tokens in sentences)
        {
            var n = tokens.Count;
            if (n == 0) continue;
            var info = new WordInfo[n];
            for (var i = 0; i < n; i++) info[i] = Word(tokens[i]);
            var runs = Runs(tokens, info, 0, n);
            for (var i = 0; i < n; i++)
            {
                var w = info[i];
                if (!w.Letter) continue;
                var opening = i == 0 || tokens[i - 1] is "\"" or ":" or "-" or "(" or "'" or "“";
                var how = w.Caps switch
                {
                    0 => NerDocument.Lower,
                    1 => opening ? NerDocument.CapOpening : NerDocument.CapMid,
                    2 => tokens[i].Length > 1 ? NerDocument.AllCaps : NerDocument.CapMid,
                    _ => NerDocument.Mixed,
                };
                int prevCues = 0, nextCues = 0, runCues = 0, runGaz = 0, kinds = 0;
                if (w.UpperStart)
                {
                    prevCues = i > 0 ? info[i - 1].CueBits : 0;
                    nextCues = i < n - 1 ? info[i + 1].CueBits : 0;
                    if (runs[i] is { Length: >= 2 } run)
                    {
                        how |= NerDocument.InRun | (i == run.Start ? NerDocument.RunFirst : i == run.Start + run.Length - 1 ? NerDocument.RunLast : NerDocument.RunMiddle);
                        runCues = run.Cues;
                        runGaz = run.Gaz;
                        if (run.Kind > 0) kinds = 1 << run.Kind;
                    }
                    else if (runs[i] is not null && !opening) how |= NerDocument.Alone;
                }
                words.TryGetValue(w.Lower, out var seen);
                words[w.Lower] = new NerDocument.Seen(seen.How | how, seen.PrevCues | prevCues, seen.NextCues | nextCues,
                    seen.RunCues | runCues, seen.RunGaz | runGaz, seen.Kinds | kinds);
            }
        }
        return new NerDocument(words);
    }

    /// <summary>The cached facts of one word form.</summary>
    private WordInfo Word(string token)
    {
        if (_words.TryGetValue(token, out var found)) return found;
        var made = Describe(token);
        if (Interlocked.Increment(ref _cached) > MaxCachedWords)
        {
            // Start afresh rather than track use: cheap, and the common words come straight back.
            _words.Clear();
            Interlocked.Exchange(ref _cached, 0);
        }
        _words.TryAdd(token, made);
        return made;
    }

    private WordInfo Describe(string w)
    {
        var lw = w.ToLowerInvariant();
        var (shape, shortShape) = Shapes(w);
        var caps = CapsClass(w);
        var gaz = GazetteerBits(w, lw);
        var cueBits = 0;
        foreach (var (set, id) in CueLists)
        {
            if (set.Contains(lw)) cueBits |= 1 << id;
        }
        var cluster = _clusters.Of(lw);
        var own = new List<uint>(40)
        {
            Hash(T.Lower, 0, StringHash(lw)),
            Hash(T.Word, 0, StringHash(w)),
        };
        for (var k = 1; k <= 4 && k <= lw.Length; k++)
        {
            own.Add(Hash(T.Prefix, k, StringHash(lw.AsSpan(0, k))));
            own.Add(Hash(T.Suffix, k, StringHash(lw.AsSpan(lw.Length - k))));
        }
        own.Add(Hash(T.Shape, 0, StringHash(shape)));
        own.Add(Hash(T.ShortShape, 0, StringHash(shortShape)));
        own.Add(Hash(T.Caps, caps));
        own.Add(Hash(T.Length, Math.Min(w.Length, 10)));
        if (w.Contains('-', StringComparison.Ordinal)) own.Add(Hash(T.Hyphen, caps));
        own.Add(Hash(T.CoarseCaps, (cluster < 0 ? cluster : cluster >> 16) * 16 + caps));
        for (var b = 0; b < 16; b++)
        {
            if ((gaz & (1 << b)) == 0) continue;
            own.Add(Hash(T.Gaz, b));
            own.Add(Hash(T.Gaz, 100 + b * 8 + caps));
        }
        return new WordInfo
        {
            Lower = lw,
            LowerHash = StringHash(lw),
            ShortShapeHash = StringHash(shortShape),
            Suffix3Hash = StringHash(lw.Length > 3 ? lw.AsSpan(lw.Length - 3) : lw),
            Caps = caps,
            Gaz = gaz,
            Cluster = cluster,
            CueBits = cueBits,
            UpperStart = w.Length > 0 && char.IsUpper(w[0]),
            Letter = w.Length > 0 && char.IsLetter(w[0]),
            Joiner = Cues.OrgJoiners.Contains(lw) || Cues.Particles.Contains(lw),
            Own = [.. own],
        };
    }

    // Gazetteer bits of one token.
    private const int GPlace = 1, GCountry = 2, GDemonym = 4, GFirstName = 8, GOrg = 16, GCommon = 32,
        GCity = 64, GRegion = 128, GVillage = 256, GLandmark = 512, GBigCity = 1024;

    private int GazetteerBits(string word, string lower)
    {
        if (word.Length == 0 || !char.IsLetter(word[0])) return 0;
        var bits = 0;
        if (Gazetteer.IsCommonWord(lower)) bits |= GCommon;
        if (Gazetteer.IsFirstName(word)) bits |= GFirstName;
        if (Gazetteer.Country(word) is not null) bits |= GCountry;
        if (Gazetteer.Demonym(word) is not null) bits |= GDemonym;
        if (Gazetteer.Organization(word) is not null) bits |= GOrg;
        var places = Gazetteer.Lookup(word);
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
    private List<int>?[] SpanBits(IReadOnlyList<string> tokens, WordInfo[] info, int from, int to)
    {
        var n = tokens.Count;
        var result = new List<int>?[n];
        for (var i = Math.Max(0, from - 3); i < to; i++)
        {
            if (!info[i].UpperStart) continue;
            var text = tokens[i];
            for (var len = 2; len <= 4 && i + len <= n; len++)
            {
                var next = info[i + len - 1];
                if (!next.UpperStart && !next.Joiner) break;
                text += " " + tokens[i + len - 1];
                if (next.Joiner) continue; // a name does not end on "of"
                var kind = NameKind(text);
                if (kind == 0) continue;
                for (var k = 0; k < len; k++)
                {
                    (result[i + k] ??= []).Add(kind * 4 + (k == 0 ? 0 : k == len - 1 ? 2 : 1));
                }
            }
        }
        return result;
    }

    /// <summary>A maximal run of capitalised words (lower-case joiners such as "of" and "al" allowed between them).</summary>
    private sealed record Run(int Start, int Length, int Cues, int Kind, int Gaz);

    private static readonly int RunCueMask = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 11);

    private Run?[] Runs(IReadOnlyList<string> tokens, WordInfo[] info, int from, int to)
    {
        var n = tokens.Count;
        var result = new Run?[n];
        var i = from;
        // Start at the beginning of a run that reaches into the range.
        while (i > 0 && (info[i - 1].UpperStart || (info[i - 1].Joiner && i > 1 && info[i - 2].UpperStart))) i--;
        while (i < to)
        {
            // A sentence's first word is capitalised whatever it is: a common word there ("The", "In")
            // starts no run.
            var opening = i == 0 || tokens[i - 1] is "\"" or ":" or "(" or "“" or "'";
            if (!info[i].UpperStart || !info[i].Letter || (opening && (info[i].Gaz & GCommon) != 0))
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < n)
            {
                if (info[end].UpperStart && info[end].Letter) end++;
                else if (info[end].Joiner && end + 1 < n && info[end + 1].UpperStart && info[end + 1].Letter) end += 2;
                else break;
            }
            int cues = 0, gaz = 0;
            for (var k = i; k < end; k++)
            {
                cues |= info[k].CueBits & RunCueMask;
                gaz |= info[k].Gaz & (GOrg | GCountry | GFirstName | GDemonym);
            }
            var kind = 0;
            if (end - i >= 2 && end - i <= 6)
            {
                var text = string.Join(' ', Enumerable.Range(i, end - i).Select(k => tokens[k]));
                kind = NameKind(text);
            }
            var run = new Run(i, end - i, cues, kind, gaz);
            for (var k = i; k < end; k++) result[k] = run;
            i = end;
        }
        return result;
    }

    /// <summary>1 a known organisation, 2 a country or region, 3 another gazetteer place, 0 none; cached.</summary>
    private int NameKind(string text)
    {
        if (_names.TryGetValue(text, out var kind)) return kind;
        kind = Gazetteer.Organization(text) is not null ? 1
            : Gazetteer.Country(text) is not null ? 2
            : Gazetteer.Lookup(text).Count > 0 ? 3
            : 0;
        if (_names.Count < MaxCachedWords) _names.TryAdd(text, kind);
        return kind;
    }

    /// <summary>0 lower, 1 Capitalised, 2 ALLCAPS, 3 miXed, 4 digits, 5 other.</summary>
    private static int CapsClass(string w)
    {
        if (w.Length == 0) return 5;
        bool anyUpper = false, anyLower = false, anyDigit = false, laterUpper = false;
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (char.IsUpper(c))
            {
                anyUpper = true;
                if (i > 0) laterUpper = true;
            }
            else if (char.IsLower(c)) anyLower = true;
            else if (char.IsDigit(c)) anyDigit = true;
        }
        if (!anyUpper && !anyLower) return anyDigit ? 4 : 5;
        if (!anyUpper) return 0;
        if (!anyLower) return 2;
        return char.IsUpper(w[0]) && !laterUpper ? 1 : 3;
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

    /// <summary>FNV-1a over the characters: stable across processes, unlike string.GetHashCode.</summary>
    internal static uint StringHash(ReadOnlySpan<char> text)
    {
        var h = 2166136261u;
        foreach (var c in text) h = (h ^ c) * 16777619u;
        return h;
    }

    private static uint Combine(uint h, uint v) => (h ^ (v + 0x9E3779B9u + (h << 6) + (h >> 2))) * 16777619u;

    private static uint Hash(T template, int value) => Combine(Combine(2166136261u, (uint)template), (uint)(value + 1000));

    private static uint Hash(T template, int value, uint a) => Combine(Hash(template, value), a);

    private static uint Final(uint h, uint mask)
    {
        h ^= h >> 16;
        h *= 0x85ebca6bu;
        h ^= h >> 13;
        h *= 0xc2b2ae35u;
        h ^= h >> 16;
        return h & mask;
    }

    private static void Add<TSink>(ref TSink f, uint mask, T template, int value) where TSink : struct, ISink =>
        f.Add((int)Final(Hash(template, value), mask));

    private static void Add<TSink>(ref TSink f, uint mask, T template, int value, uint a) where TSink : struct, ISink =>
        f.Add((int)Final(Hash(template, value, a), mask));

    private static void Add<TSink>(ref TSink f, uint mask, T template, int value, uint a, uint b) where TSink : struct, ISink =>
        f.Add((int)Final(Combine(Hash(template, value, a), b), mask));

    private static void Add<TSink>(ref TSink f, uint mask, T template, int value, uint a, uint b, uint c) where TSink : struct, ISink =>
        f.Add((int)Final(Combine(Combine(Hash(template, value, a), b), c), mask));
}
