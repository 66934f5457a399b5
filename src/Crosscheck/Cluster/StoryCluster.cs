namespace Crosscheck.Cluster;

/// <summary>A story being built: the sum of its units' vectors (the centroid's direction) and its date range.</summary>
internal sealed class StoryCluster
{
    private readonly Dictionary<int, double> _sum = [];
    private double _normSquared;

    public List<int> Units { get; } = [];

    public int? EarliestDay { get; private set; }

    public int? LatestDay { get; private set; }

    public double Cosine(SparseVector v)
    {
        if (_normSquared <= 0) return 0;
        var dot = 0.0;
        foreach (var (t, w) in v.Entries)
            if (_sum.TryGetValue(t, out var s)) dot += w * s;
        return dot / Math.Sqrt(_normSquared);
    }

    /// <summary>Adds a unit; returns the terms that are new to this story (for the inverted index).</summary>
    public List<int> Add(int unit, SparseVector v, int? day)
    {
        Units.Add(unit);
        if (day is { } d)
        {
            EarliestDay = EarliestDay is { } e ? Math.Min(e, d) : d;
            LatestDay = LatestDay is { } l ? Math.Max(l, d) : d;
        }
        var added = new List<int>();
        foreach (var (t, w) in v.Entries)
        {
            if (!_sum.TryGetValue(t, out var old)) added.Add(t);
            var now = old + w;
            _sum[t] = now;
            _normSquared += now * now - old * old;
        }
        return added;
    }
}

/// <summary>An L2-normalised TF-IDF vector, entries sorted by weight (heaviest first).</summary>
internal sealed class SparseVector
{
    private SparseVector((int Term, double Weight)[] entries) => Entries = entries;

    public (int Term, double Weight)[] Entries { get; }

    public IEnumerable<(int Term, double Weight)> Top(int count) => Entries.Take(count);

    public static SparseVector Build(Dictionary<string, double> tf, Dictionary<string, int> termId, List<int> df, int documents, int maxTerms)
    {
        var entries = new List<(int, double)>(tf.Count);
        foreach (var (term, f) in tf)
        {
            var id = termId[term];
            var idf = Math.Log((documents + 1.0) / (df[id] + 1.0)) + 1.0;
            // Sublinear tf; a weight under 1 (a term of one copy in a group of copies) counts as once.
            entries.Add((id, (1 + Math.Log(Math.Max(1, f))) * idf));
        }
        var top = entries.OrderByDescending(e => e.Item2).ThenBy(e => e.Item1).Take(maxTerms).ToArray();
        var norm = Math.Sqrt(top.Sum(e => e.Item2 * e.Item2));
        if (norm > 0) for (var i = 0; i < top.Length; i++) top[i] = (top[i].Item1, top[i].Item2 / norm);
        return new SparseVector(top);
    }
}
