using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Cluster;

/// <summary>
/// Clusters reports into stories by online clustering in time order (after Miranda et al. 2018):
/// each copy group becomes one TF-IDF vector of its title and body terms, is compared through an
/// inverted index with the few stories that share its strongest terms, and joins the most similar
/// (cosine to the centroid, penalised for days apart) when it clears the threshold, else opens a
/// new story. Copies are clustered as one unit, so they always land in one story.
/// </summary>
public sealed class StoryClusterer : ICorpusStage
{
    public string Name => "cluster";

    public void Process(CorpusContext context)
    {
        var units = Units(context);
        context.Stories.AddRange(Cluster(context.Reports, units, context.Options.Cluster));
    }

    /// <summary>The copy groups as clustering units; reports without a group stand alone.</summary>
    private static List<string[]> Units(CorpusContext context)
    {
        var units = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in context.Reports)
        {
            if (seen.Contains(report.Id)) continue;
            var members = context.CopyGroupOf.TryGetValue(report.Id, out var group) ? group.Reports.ToArray() : [report.Id];
            foreach (var m in members) seen.Add(m);
            units.Add(members);
        }
        return units;
    }

    internal static List<Story> Cluster(IReadOnlyList<Report> reports, IReadOnlyList<string[]> units, ClusterOptions options)
    {
        var byId = reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var raw = new Dictionary<string, double>[reports.Count];
        var hasBody = new bool[reports.Count];
        Parallel.For(0, reports.Count, i =>
        {
            var body = TermVectorizer.BodyTokens(reports[i]);
            hasBody[i] = body.Count > 0;
            raw[i] = TermVectorizer.Terms(reports[i], body, options);
        });
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++) indexOf[reports[i].Id] = i;

        // Unit term frequencies: the members' terms summed (a re-headlined copy adds its headline).
        var unitTerms = units.Select(u =>
        {
            if (u.Length == 1) return raw[indexOf[u[0]]];
            var sum = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var id in u)
                foreach (var (t, w) in raw[indexOf[id]]) sum[t] = sum.GetValueOrDefault(t) + w / u.Length;
            return sum;
        }).ToArray();

        // Term ids and document frequencies over units, in input order (deterministic).
        var termId = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        foreach (var terms in unitTerms)
        {
            foreach (var t in terms.Keys)
            {
                if (!termId.TryGetValue(t, out var id)) { termId[t] = id = df.Count; df.Add(0); }
                df[id]++;
            }
        }
        var n = unitTerms.Length;
        var vectors = new SparseVector[n];
        Parallel.For(0, n, u => vectors[u] = SparseVector.Build(unitTerms[u], termId, df, n, options.MaxTerms));

        var days = units.Select(u => u.Select(id => byId[id].Published?.Date.DayNumber).Where(d => d is not null).Min()).ToArray();
        var order = Enumerable.Range(0, n).OrderBy(u => days[u] ?? int.MaxValue).ThenBy(u => u).ToArray();

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
            var bestScore = 0.0;
            foreach (var c in TopCandidates(partial, options.MaxCandidates, candidates))
            {
                var score = clusters[c].Cosine(v) * TimeFactor(days[u], clusters[c], options);
                if (score > bestScore) { bestScore = score; best = c; }
            }
            var threshold = units[u].Any(id => hasBody[indexOf[id]]) ? options.Threshold : options.TitleOnlyThreshold;
            if (best < 0 || bestScore < threshold)
            {
                best = clusters.Count;
                clusters.Add(new StoryCluster());
            }
            foreach (var term in clusters[best].Add(u, v, days[u]))
            {
                if (!postings.TryGetValue(term, out var list)) postings[term] = list = [];
                list.Add(best);
            }
        }

        return clusters.Select(c => ToStory(c, units, vectors, byId))
            .OrderBy(s => s.Reports.Select(id => byId[id].Published?.Date.DayNumber ?? int.MaxValue).Min())
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
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

    private static double TimeFactor(int? day, StoryCluster cluster, ClusterOptions options)
    {
        if (day is not { } d || cluster.LatestDay is not { } latest || cluster.EarliestDay is not { } earliest) return 1;
        var apart = d > latest ? d - latest : d < earliest ? earliest - d : 0;
        return apart <= options.GraceDays ? 1 : Math.Exp(-(apart - options.GraceDays) / options.DecayDays);
    }

    private static Story ToStory(StoryCluster cluster, IReadOnlyList<string[]> units, SparseVector[] vectors, Dictionary<string, Report> byId)
    {
        var ids = cluster.Units.SelectMany(u => units[u])
            .OrderBy(id => byId[id].Published?.Date.DayNumber ?? int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToArray();
        var central = cluster.Units.OrderByDescending(u => cluster.Cosine(vectors[u])).ThenBy(u => u).First();
        var report = byId[units[central][0]]; // a copy group lists its original first
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
