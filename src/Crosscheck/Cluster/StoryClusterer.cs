using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Cluster;

/// <summary>
/// Clusters reports into stories by online clustering in time order (after Miranda et al. 2018):
/// each copy group becomes one TF-IDF vector of its title and body terms, is compared through an
/// inverted index with the few stories that share its strongest terms, and joins the most similar
/// (cosine to the centroid, penalised for days apart) when it clears the threshold, else opens a
/// new story. Copies are clustered as one unit, so they always land in one story. The online pass
/// sees each unit once, so two refinements follow: stories whose centroids are each other's best
/// match are merged, and units are re-assigned to the story they match best (k-means style), then
/// merged once more. Every pass looks candidates up through an inverted index, so the whole stays
/// near linear in the number of reports.
/// </summary>
public sealed class StoryClusterer(LanguagePacks? languages = null) : ICorpusStage
{
    private readonly LanguagePacks _languages = languages ?? LanguagePacks.Default;

    public string Name => "cluster";

    // Copies of one wire story must land in one story and count once: they cluster as one unit.
    public IReadOnlyList<IDataKey> Requires => [Layers.Tokens, CorpusKeys.CopyGroups];

    public IReadOnlyList<IDataKey> Assigns => [CorpusKeys.Stories];

    public void Process(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var units = Units(context);
        context.Set(CorpusKeys.Stories, Cluster(context.Reports, units, context.Options.Cluster, _languages));
    }

    /// <summary>
    /// The copy groups as clustering units; reports without a group stand alone (a headline set
    /// clustered without copy detection, as the evaluation harnesses do).
    /// </summary>
    private static List<string[]> Units(CorpusContext context)
    {
        var units = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groupOf = context.Has(CorpusKeys.CopyGroups) ? context.CopyGroupOf : null;
        foreach (var report in context.Reports)
        {
            if (seen.Contains(report.Id)) continue;
            var members = groupOf is not null && groupOf.TryGetValue(report.Id, out var group) ? group.Reports.ToArray() : [report.Id];
            foreach (var m in members) seen.Add(m);
            units.Add(members);
        }
        return units;
    }

    internal static List<Story> Cluster(IReadOnlyList<Report> reports, IReadOnlyList<string[]> units, ClusterOptions options, LanguagePacks? languages = null)
    {
        var byId = reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var space = UnitSpace.Build(reports, units, options, languages);
        var vectors = space.Vectors;
        var channels = space.Channels;
        var n = vectors.Length;
        var days = space.Days;
        var bodied = space.Bodied;
        var order = Enumerable.Range(0, n).OrderBy(u => days[u] ?? int.MaxValue).ThenBy(u => u).ToArray();

        Span<double> means = stackalloc double[ClusterPairModel.ExtraChannels + 1];
        var clusters = new List<StoryCluster>();
        var postings = new Dictionary<int, List<int>>();
        var partial = new Dictionary<int, double>();
        var candidates = new List<KeyValuePair<int, double>>();
        foreach (var u in order)
        {
            var v = vectors[u];
            partial.Clear();
            foreach (var (term, weight) in v.Top(options.QueryTerms))
            {
                if (!postings.TryGetValue(term, out var list)) continue;
                for (var k = Math.Max(0, list.Count - options.MaxPostingScan); k < list.Count; k++)
                    partial[list[k]] = partial.GetValueOrDefault(list[k]) + weight;
            }
            var best = -1;
            var bestMargin = double.NegativeInfinity;
            foreach (var c in TopCandidates(partial, options.MaxCandidates, candidates))
            {
                var margin = JoinMargin(u, clusters[c], space, options, means);
                if (margin > bestMargin) { bestMargin = margin; best = c; }
            }
            if (best < 0 || bestMargin < 0)
            {
                best = clusters.Count;
                clusters.Add(new StoryCluster());
            }
            foreach (var term in clusters[best].Add(u, v, channels?[u], days[u], bodied[u]))
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add(best);
            }
        }

        clusters = Merge(clusters, options);
        for (var round = 0; round < options.ReassignRounds; round++)
        {
            var moved = Reassign(clusters, vectors, days, bodied, options, channels);
            if (moved is null) break;
            clusters = moved;
        }
        if (options.ReassignRounds > 0) clusters = Merge(clusters, options);

        return clusters.Select(c => ToStory(c, units, vectors, byId))
            .OrderBy(s => s.Reports.Select(id => byId[id].Published?.Date.DayNumber ?? int.MaxValue).Min())
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// How far a unit's fit with a story clears the join threshold (negative: it does not): the pair
    /// model's log-odds over <see cref="ClusterOptions.JoinMargin"/> for a unit and a story with
    /// bodies, else the time-penalised similarity over the threshold. With <paramref name="member"/>,
    /// the unit belongs to the story and is left out of it.
    /// </summary>
    private static double JoinMargin(int u, StoryCluster cluster, UnitSpace space, ClusterOptions options, Span<double> means, bool member = false)
    {
        var bodied = space.Bodied[u];
        if (options.PairModel is { } model && space.Channels is { } channels && bodied && !cluster.TitleOnly)
        {
            cluster.MeanDots(space.Vectors[u], channels[u], means, member);
            return model.Score(means, Gap(space.Days[u], space.Days[u], cluster.EarliestDay, cluster.LatestDay)) - options.JoinMargin;
        }
        var threshold = bodied ? options.Threshold : options.TitleOnlyThreshold;
        var linkage = LinkageOf(bodied, options);
        if (member) return cluster.SimilarityWithout(space.Vectors[u], linkage) - threshold;
        return cluster.Similarity(space.Vectors[u], linkage) * TimeFactor(space.Days[u], cluster, options) - threshold;
    }

    /// <summary>The stories with the highest partial scores (ties to the older story), without sorting them all.</summary>
    private static IEnumerable<int> TopCandidates(Dictionary<int, double> partial, int count, List<KeyValuePair<int, double>> buffer)
    {
        buffer.Clear();
        buffer.AddRange(partial);
        if (buffer.Count > count)
        {
            var scores = buffer.Select(p => p.Value).ToArray();
            Array.Sort(scores);
            var cut = scores[^count];
            buffer.RemoveAll(p => p.Value < cut);
        }
        buffer.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        return buffer.Take(count).Select(p => p.Key);
    }

    /// <summary>
    /// Agglomerative merging by centroid: each round, every story finds its most similar story
    /// (through an index of the stories' heaviest terms, nearest in time first), and the pairs that
    /// are each other's best match and clear the merge threshold are merged (reciprocal nearest
    /// neighbours: the result does not depend on the order pairs are taken in).
    /// </summary>
    internal static List<StoryCluster> Merge(List<StoryCluster> clusters, ClusterOptions options)
    {
        for (var round = 0; round < options.MergeRounds && clusters.Count > 1; round++)
        {
            var n = clusters.Count;
            var top = Centroids(clusters, options);
            var postings = Index(top, options.QueryTerms);
            var best = new int[n];
            Parallel.For(0, n, () => new Scratch(), (c, _, local) =>
            {
                local.Load(top[c]);
                for (var i = 0; i < Math.Min(options.QueryTerms, top[c].Length); i++)
                {
                    var (t, w) = top[c][i];
                    var list = postings[t];
                    var (from, to) = Window(list.Count, FindCluster(list, c), options.MaxPostingScan);
                    for (var k = from; k < to; k++)
                        if (list[k].Cluster != c) local.Partial[list[k].Cluster] = local.Partial.GetValueOrDefault(list[k].Cluster) + w * list[k].Weight;
                }
                best[c] = -1;
                var bestScore = double.NegativeInfinity;
                Span<double> means = stackalloc double[ClusterPairModel.ExtraChannels + 1];
                foreach (var o in TopCandidates(local.Partial, options.MaxCandidates, local.Buffer))
                {
                    double margin;
                    if (options.PairModel is { } model && !clusters[c].TitleOnly && !clusters[o].TitleOnly)
                    {
                        clusters[c].MeanDots(clusters[o], means);
                        margin = model.Score(means, Gap(clusters[c].EarliestDay, clusters[c].LatestDay, clusters[o].EarliestDay, clusters[o].LatestDay)) - options.MergeMargin;
                    }
                    else
                    {
                        var score = local.Dot(top[o]) * TimeFactor(clusters[c], clusters[o], options);
                        if (!(clusters[c].TitleOnly && clusters[o].TitleOnly) && options.Linkage == Linkage.Average) score *= clusters[c].Cohesion * clusters[o].Cohesion;
                        margin = score - (clusters[c].TitleOnly && clusters[o].TitleOnly ? options.TitleOnlyMergeThreshold : options.MergeThreshold);
                    }
                    if (margin >= 0 && margin > bestScore) { bestScore = margin; best[c] = o; }
                }
                return local;
            }, _ => { });

            var gone = new bool[n];
            var merged = false;
            for (var c = 0; c < n; c++)
            {
                var o = best[c];
                if (o <= c || best[o] != c) continue;
                clusters[c].Absorb(clusters[o]);
                gone[o] = true;
                merged = true;
            }
            if (!merged) break;
            clusters = clusters.Where((_, c) => !gone[c]).ToList();
        }
        return clusters;
    }

    /// <summary>
    /// One round of re-assignment: every unit, against the stories as they stand, moves to the
    /// story it is most similar to when that beats its own story (without it) and clears the join
    /// threshold. Returns the new stories, or null when nothing moved.
    /// </summary>
    internal static List<StoryCluster>? Reassign(List<StoryCluster> clusters, SparseVector[] vectors, int?[] days, bool[] bodied, ClusterOptions options, SparseVector[][]? channels = null)
    {
        var space = new UnitSpace(vectors, channels, days, bodied);
        var label = new int[vectors.Length];
        for (var c = 0; c < clusters.Count; c++)
            foreach (var u in clusters[c].Units) label[u] = c;
        var postings = Index(Centroids(clusters, options), options.MaxTerms);
        var target = new int[vectors.Length];
        Parallel.For(0, vectors.Length, () => new Scratch(), (u, _, local) =>
        {
            var own = label[u];
            var v = vectors[u];
            local.Partial.Clear();
            foreach (var (term, weight) in v.Top(options.QueryTerms))
            {
                if (!postings.TryGetValue(term, out var list)) continue;
                var (from, to) = Window(list.Count, FindCluster(list, own), options.MaxPostingScan);
                for (var k = from; k < to; k++)
                    if (list[k].Cluster != own) local.Partial[list[k].Cluster] = local.Partial.GetValueOrDefault(list[k].Cluster) + weight * list[k].Weight;
            }
            var best = own;
            Span<double> means = stackalloc double[ClusterPairModel.ExtraChannels + 1];
            var bestMargin = JoinMargin(u, clusters[own], space, options, means, member: true);
            foreach (var c in TopCandidates(local.Partial, options.ReassignCandidates, local.Buffer))
            {
                var margin = JoinMargin(u, clusters[c], space, options, means);
                if (margin >= 0 && margin > bestMargin) { bestMargin = margin; best = c; }
            }
            target[u] = best;
            return local;
        }, _ => { });

        var moved = false;
        for (var u = 0; u < target.Length; u++) moved |= target[u] != label[u];
        if (!moved) return null;
        var rebuilt = clusters.Select(_ => new StoryCluster()).ToArray();
        for (var u = 0; u < target.Length; u++) rebuilt[target[u]].Add(u, vectors[u], channels?[u], days[u], bodied[u]);
        return rebuilt.Where(c => c.Units.Count > 0).ToList();
    }

    private static (int Term, double Weight)[][] Centroids(List<StoryCluster> clusters, ClusterOptions options)
    {
        var top = new (int Term, double Weight)[clusters.Count][];
        Parallel.For(0, clusters.Count, c => top[c] = clusters[c].TopTerms(options.MaxTerms));
        return top;
    }

    /// <summary>Term → (story, weight) for each story's heaviest terms, in story order.</summary>
    private static Dictionary<int, List<(int Cluster, double Weight)>> Index((int Term, double Weight)[][] top, int terms)
    {
        var postings = new Dictionary<int, List<(int Cluster, double Weight)>>();
        for (var c = 0; c < top.Length; c++)
        {
            for (var i = 0; i < Math.Min(terms, top[c].Length); i++)
            {
                var (t, w) = top[c][i];
                if (!postings.TryGetValue(t, out var list)) postings[t] = list = [];
                list.Add((c, w));
            }
        }
        return postings;
    }

    /// <summary>Per-thread working space of the refinement passes.</summary>
    private sealed class Scratch
    {
        private readonly Dictionary<int, double> _vector = [];

        public Dictionary<int, double> Partial { get; } = [];

        public List<KeyValuePair<int, double>> Buffer { get; } = [];

        public void Load((int Term, double Weight)[] vector)
        {
            Partial.Clear();
            _vector.Clear();
            foreach (var (t, w) in vector) _vector[t] = w;
        }

        public double Dot((int Term, double Weight)[] other)
        {
            var dot = 0.0;
            foreach (var (t, w) in other)
                if (_vector.TryGetValue(t, out var v)) dot += v * w;
            return dot;
        }
    }

    /// <summary>The position of a story in a posting list sorted by story (or where it would go).</summary>
    private static int FindCluster(List<(int Cluster, double Weight)> list, int cluster)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].Cluster < cluster) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>At most <paramref name="size"/> entries of a posting list around a position: stories are numbered in time order, so these are the nearest in time.</summary>
    private static (int From, int To) Window(int count, int position, int size)
    {
        if (position < 0) position = ~position;
        if (count <= size) return (0, count);
        var from = Math.Clamp(position - size / 2, 0, count - size);
        return (from, from + size);
    }

    /// <summary>
    /// Bare headlines share a word or two, so a headline story holds together only through its
    /// centroid (average linkage split the UCI headline stories: BCubed 0.86 → 0.69); reports with a
    /// body are compared by the configured linkage.
    /// </summary>
    private static Linkage LinkageOf(bool bodied, ClusterOptions options) => bodied ? options.Linkage : Linkage.Centroid;

    private static double TimeFactor(int? day, StoryCluster cluster, ClusterOptions options) =>
        Decay(Apart(day, day, cluster.EarliestDay, cluster.LatestDay), options);

    private static double TimeFactor(StoryCluster a, StoryCluster b, ClusterOptions options) =>
        Decay(Apart(a.EarliestDay, a.LatestDay, b.EarliestDay, b.LatestDay), options);

    /// <summary>Days between two date ranges (0 when they overlap), null when a date is missing.</summary>
    internal static int? Gap(int? earliestA, int? latestA, int? earliestB, int? latestB) =>
        earliestA is null || latestA is null || earliestB is null || latestB is null ? null : Apart(earliestA, latestA, earliestB, latestB);

    /// <summary>Days between two date ranges (0 when they overlap or a date is missing).</summary>
    private static int Apart(int? earliestA, int? latestA, int? earliestB, int? latestB)
    {
        if (earliestA is not { } ea || latestA is not { } la || earliestB is not { } eb || latestB is not { } lb) return 0;
        return ea > lb ? ea - lb : eb > la ? eb - la : 0;
    }

    private static double Decay(int apart, ClusterOptions options) =>
        apart <= options.GraceDays ? 1 : Math.Exp(-(apart - options.GraceDays) / options.DecayDays);

    private static Story ToStory(StoryCluster cluster, IReadOnlyList<string[]> units, SparseVector[] vectors, Dictionary<string, Report> byId)
    {
        var ids = cluster.Units.SelectMany(u => units[u])
            .OrderBy(id => byId[id].Published?.Date.DayNumber ?? int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToArray();
        // The most central report names the story; a headline, when any report has one, beats a
        // first sentence cut off (a copy group lists its original first).
        var byCentrality = cluster.Units.OrderByDescending(u => cluster.Cosine(vectors[u])).ThenBy(u => u)
            .SelectMany(u => units[u]).Select(id => byId[id]).ToList();
        var report = byCentrality.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r.Title)) ?? byCentrality[0];
        return new Story(StoryId(ids), StoryTitle(report), ids);
    }

    /// <summary>A short hash of the sorted member ids: stable across runs and input order.</summary>
    internal static string StoryId(IEnumerable<string> ids)
    {
        var h = 14695981039346656037UL;
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            foreach (var c in id) { h ^= c; h *= 1099511628211UL; }
            h ^= 0xFF; h *= 1099511628211UL;
        }
        return "story-" + (h & 0xFFFFFFFFFFUL).ToString("x10", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The report's title, else its first sentence cut at a word near 90 characters.</summary>
    internal static string StoryTitle(Report report)
    {
        if (!string.IsNullOrWhiteSpace(report.Title)) return report.Title.Trim();
        var text = report.Text.Trim();
        var sentences = report.Get(Layers.Sentences);
        var first = sentences is { Count: > 0 } ? report.Slice(sentences[0].Span) : text.Split('\n')[0];
        if (first.Length <= 90) return first;
        var cut = first.LastIndexOf(' ', 90);
        return (cut > 40 ? first[..cut] : first[..90]).TrimEnd(',', ';', ':') + "\u2026";
    }
}
