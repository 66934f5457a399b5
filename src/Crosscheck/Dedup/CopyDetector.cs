using System.Collections.Concurrent;
using System.Globalization;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Dedup;

/// <summary>
/// Groups exact, near and translated copies and names each group's independent source.
/// Exact copies share a hash of the normalised body; near and cut copies are found through MinHash
/// LSH over word 5-shingles and verified by Jaccard or containment; translated copies are found
/// through an inverted index over skeleton shingles and verified by the longest common subsequence
/// of the skeletons, within a few days. No step compares all pairs.
/// </summary>
public sealed class CopyDetector : ICorpusStage
{
    public string Name => "dedup";

    public IReadOnlyList<IDataKey> Requires => [Layers.Tokens];

    public IReadOnlyList<IDataKey> Assigns => [CorpusKeys.CopyGroups];

    public void Process(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Set(CorpusKeys.CopyGroups, Detect(context.Reports, context.Options.Dedup));
    }

    /// <summary>The copy groups of <paramref name="reports"/>, in the order their first member appears.</summary>
    internal static List<CopyGroup> Detect(IReadOnlyList<Report> reports, DedupOptions options)
    {
        var n = reports.Count;
        var prints = new Fingerprint[n];
        var hasher = new MinHasher(options.MinHashes);
        Parallel.For(0, n, i =>
        {
            prints[i] = Fingerprint.Of(reports[i], options);
            prints[i].ComputeMinHash(hasher);
        });

        var sets = new UnionFind(n);
        var evidence = new ConcurrentDictionary<(int, int), string>();

        // Exact copies collapse onto their first occurrence; only representatives go further.
        var firstByHash = new Dictionary<ulong, int>();
        var representatives = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            if (prints[i].Words == 0) continue;
            if (firstByHash.TryGetValue(prints[i].TextHash, out var first))
            {
                sets.Union(first, i);
                evidence[(first, i)] = "exact";
            }
            else
            {
                firstByHash[prints[i].TextHash] = i;
                representatives.Add(i);
            }
        }

        var candidates = new HashSet<long>();
        AddShingleCandidates(prints, representatives, options, candidates);
        AddSkeletonCandidates(prints, representatives, options, candidates);
        AddTranslationCandidates(prints, representatives, options, candidates);

        var pairs = candidates.Order().ToArray();
        var matched = new (int A, int B, string Evidence)?[pairs.Length];
        Parallel.For(0, pairs.Length, k =>
        {
            var a = (int)(pairs[k] >> 32);
            var b = (int)(pairs[k] & 0xFFFFFFFF);
            var m = Match(prints[a], prints[b], options);
            if (m is not null) matched[k] = (a, b, m);
        });
        foreach (var m in matched)
        {
            if (m is not { } e) continue;
            sets.Union(e.A, e.B);
            evidence[(e.A, e.B)] = e.Evidence;
        }

        return BuildGroups(reports, prints, sets, evidence, options);
    }

    /// <summary>How <paramref name="a"/> and <paramref name="b"/> match ("near 0.83", "contained 0.91", "skeleton 0.71"), or null.</summary>
    internal static string? Match(Fingerprint a, Fingerprint b, DedupOptions options)
    {
        if (a.Words == 0 || b.Words == 0) return null;
        if (a.TextHash == b.TextHash) return "exact";
        var inter = Fingerprint.Intersect(a.Shingles, b.Shingles);
        var smaller = Math.Min(a.Shingles.Length, b.Shingles.Length);
        var jaccard = inter / (double)(a.Shingles.Length + b.Shingles.Length - inter);
        if (jaccard >= options.NearJaccard) return Evidence("near", jaccard);
        var containment = smaller == 0 ? 0 : inter / (double)smaller;
        if (containment >= options.Containment && smaller >= options.MinContainedShingles) return Evidence("contained", containment);

        var skeleton = SkeletonScore(a, b, options);
        if (skeleton is { } s) return Evidence("skeleton", s);
        var translation = TranslationScore(a, b, options);
        return translation is { } t ? Evidence("translation", t) : null;
    }

    /// <summary>Paragraph-by-paragraph layout and anchors of a translation, within a few days; else null.</summary>
    private static double? TranslationScore(Fingerprint a, Fingerprint b, DedupOptions options)
    {
        if (a.Outline is null || b.Outline is null) return null;
        if (a.Published is { } pa && b.Published is { } pb && Math.Abs(pa.DayNumber - pb.DayNumber) > options.SkeletonMaxDays) return null;
        return ParagraphOutline.TranslationScore(a.Outline, b.Outline, options);
    }

    /// <summary>The skeletons' LCS ratio when the two reports tell one story in one order within a few days; else null.</summary>
    private static double? SkeletonScore(Fingerprint a, Fingerprint b, DedupOptions options)
    {
        if (a.Skeleton.Length < options.MinSkeletonTokens || b.Skeleton.Length < options.MinSkeletonTokens) return null;
        if (a.Published is { } pa && b.Published is { } pb && Math.Abs(pa.DayNumber - pb.DayNumber) > options.SkeletonMaxDays) return null;
        var smallerGrams = Math.Min(a.SkeletonGrams.Length, b.SkeletonGrams.Length);
        if (smallerGrams == 0) return null;
        var grams = Fingerprint.Intersect(a.SkeletonGrams, b.SkeletonGrams) / (double)smallerGrams;
        if (grams < options.SkeletonGramContainment) return null; // cheap test first: the LCS is quadratic
        var lcs = Fingerprint.Lcs(a.Skeleton, b.Skeleton) / (double)Math.Min(a.Skeleton.Length, b.Skeleton.Length);
        return lcs >= options.SkeletonLcs ? lcs : null;
    }

    private static string Evidence(string kind, double score) =>
        kind + " " + score.ToString("0.00", CultureInfo.InvariantCulture);

    private static long Pair(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static void AddShingleCandidates(Fingerprint[] prints, List<int> reps, DedupOptions options, HashSet<long> candidates)
    {
        var rows = options.MinHashes / options.Bands;
        for (var band = 0; band < options.Bands; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            foreach (var i in reps)
            {
                var key = MinHasher.BandKey(prints[i].MinHash, band, rows);
                if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
                list.Add(i);
            }
            foreach (var list in buckets.Values)
            {
                if (list.Count < 2) continue;
                // A huge bucket is boilerplate shared by many reports; chaining to its first member
                // keeps the pair count linear while any true copy is still verified against it.
                var all = list.Count <= 64;
                for (var x = 0; x < list.Count; x++)
                    for (var y = x + 1; y < (all ? list.Count : Math.Min(list.Count, x + 2)); y++)
                        candidates.Add(Pair(list[x], list[y]));
            }
        }
    }

    private static void AddSkeletonCandidates(Fingerprint[] prints, List<int> reps, DedupOptions options, HashSet<long> candidates)
    {
        var postings = new Dictionary<ulong, List<int>>();
        var eligible = reps.Where(i => prints[i].Skeleton.Length >= options.MinSkeletonTokens).ToArray();
        foreach (var i in eligible)
        {
            foreach (var g in prints[i].SkeletonGrams)
            {
                if (!postings.TryGetValue(g, out var list)) postings[g] = list = [];
                list.Add(i);
            }
        }
        var found = new ConcurrentBag<long>();
        Parallel.ForEach(eligible, () => new Dictionary<int, int>(), (i, _, counts) =>
        {
            counts.Clear();
            foreach (var g in prints[i].SkeletonGrams)
            {
                var list = postings[g];
                if (list.Count > options.MaxSkeletonPosting) continue;
                foreach (var j in list)
                    if (j > i) counts[j] = counts.GetValueOrDefault(j) + 1;
            }
            foreach (var (j, shared) in counts)
            {
                var smaller = Math.Min(prints[i].SkeletonGrams.Length, prints[j].SkeletonGrams.Length);
                if (shared >= options.MinSharedSkeletonGrams && shared >= options.SkeletonGramContainment * smaller)
                    found.Add(Pair(i, j));
            }
            return counts;
        }, _ => { });
        foreach (var p in found) candidates.Add(p);
    }

    /// <summary>
    /// Pairs in different languages with as many paragraphs as each other that share an anchor (a
    /// number or a name) in one paragraph position: keys are (paragraph count, position, anchor), so
    /// only reports laid out alike meet, and a key held by too many reports finds no candidates.
    /// </summary>
    private static void AddTranslationCandidates(Fingerprint[] prints, List<int> reps, DedupOptions options, HashSet<long> candidates)
    {
        var postings = new Dictionary<ulong, List<int>>();
        foreach (var i in reps)
        {
            if (prints[i].Outline is not { } outline || outline.Paragraphs < options.MinTranslationParagraphs) continue;
            for (var p = 0; p < outline.Paragraphs; p++)
            {
                var position = Hash64.Combine((ulong)outline.Paragraphs, (ulong)p);
                foreach (var anchor in outline.Anchors[p])
                {
                    var key = Hash64.Combine(position, anchor);
                    if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
                    list.Add(i);
                }
            }
        }
        foreach (var list in postings.Values)
        {
            if (list.Count < 2 || list.Count > options.MaxSkeletonPosting) continue;
            for (var x = 0; x < list.Count; x++)
                for (var y = x + 1; y < list.Count; y++)
                    if (prints[list[x]].Outline!.Language != prints[list[y]].Outline!.Language || prints[list[x]].Outline!.Language == "und")
                        candidates.Add(Pair(list[x], list[y]));
        }
    }

    private static List<CopyGroup> BuildGroups(IReadOnlyList<Report> reports, Fingerprint[] prints, UnionFind sets,
        IReadOnlyDictionary<(int, int), string> evidence, DedupOptions options)
    {
        var members = new Dictionary<int, List<int>>();
        var roots = new List<int>();
        for (var i = 0; i < reports.Count; i++)
        {
            var root = sets.Find(i);
            if (!members.TryGetValue(root, out var list)) { members[root] = list = []; roots.Add(root); }
            list.Add(i);
        }
        var groups = new List<CopyGroup>(roots.Count);
        foreach (var root in roots)
        {
            var list = members[root];
            var original = list.OrderBy(i => reports[i].Wire is null ? 1 : 0)
                .ThenBy(i => reports[i].Published?.Date.DayNumber ?? int.MaxValue)
                .ThenByDescending(i => prints[i].Words)
                .ThenBy(i => reports[i].Id, StringComparer.Ordinal)
                .First();
            var ordered = list.Where(i => i != original).OrderBy(i => reports[i].Id, StringComparer.Ordinal).Prepend(original).ToArray();
            var why = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var i in ordered.Skip(1))
                why[reports[i].Id] = Match(prints[i], prints[original], options) ?? Indirect(i, list, reports, evidence);
            groups.Add(new CopyGroup(reports[original].Id, ordered.Select(i => reports[i].Id).ToArray())
            {
                Original = reports[original].Id,
                IndependentSource = IndependentSource(list, reports, reports[original]),
                Evidence = why,
            });
        }
        return groups;
    }

    /// <summary>Evidence for a member that matched another copy rather than the original itself.</summary>
    private static string Indirect(int i, List<int> group, IReadOnlyList<Report> reports, IReadOnlyDictionary<(int, int), string> evidence)
    {
        foreach (var j in group.OrderBy(j => reports[j].Id, StringComparer.Ordinal))
        {
            if (evidence.TryGetValue((Math.Min(i, j), Math.Max(i, j)), out var e)) return $"{e} via {reports[j].Id}";
        }
        return "related";
    }

    /// <summary>A wire named on any member names the group (the most named, then the first by name); else the original's outlet or id.</summary>
    private static string IndependentSource(List<int> group, IReadOnlyList<Report> reports, Report original)
    {
        var wire = group.Select(i => reports[i].Wire).OfType<string>().Where(w => w.Length > 0)
            .GroupBy(w => w, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        return wire ?? (string.IsNullOrEmpty(original.Outlet) ? original.Id : original.Outlet);
    }
}
