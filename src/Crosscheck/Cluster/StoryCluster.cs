namespace Crosscheck.Cluster;

/// <summary>A story being built: the sum of its units' vectors (the centroid's direction) and its date range.</summary>
internal sealed class StoryCluster
{
    private readonly Dictionary<int, double> _sum = [];
    private double _normSquared;

    public List<int> Units { get; } = [];

    public int? EarliestDay { get; private set; }

    public int? LatestDay { get; private set; }

    /// <summary>Units with a body (the rest are bare headlines).</summary>
    public int BodyUnits { get; private set; }

    public bool TitleOnly => BodyUnits == 0;

    public int TermCount => _sum.Count;

    public double Cosine(SparseVector v)
    {
        if (_normSquared <= 0) return 0;
        return Dot(v) / Math.Sqrt(_normSquared);
    }

    /// <summary>The cosine of a member unit with the story as it would be without it (a unit always resembles a story it is part of).</summary>
    public double CosineWithout(SparseVector v)
    {
        var dot = Dot(v);
        var rest = _normSquared - 2 * dot + 1; // v is L2-normalised
        return rest <= 1e-9 ? 0 : (dot - 1) / Math.Sqrt(rest);
    }

    /// <summary>
    /// How well a unit fits the story: the cosine to the centroid (<see cref="Linkage.Centroid"/>) or
    /// the unit's mean similarity to the story's units (<see cref="Linkage.Average"/>).
    /// </summary>
    public double Similarity(SparseVector v, Linkage linkage) =>
        linkage == Linkage.Centroid ? Cosine(v) : Units.Count == 0 ? 0 : Dot(v) / Units.Count;

    /// <summary><see cref="Similarity"/> of a member unit with the story as it would be without it.</summary>
    public double SimilarityWithout(SparseVector v, Linkage linkage) =>
        linkage == Linkage.Centroid ? CosineWithout(v) : Units.Count <= 1 ? 0 : (Dot(v) - 1) / (Units.Count - 1);

    /// <summary>
    /// The length of the mean unit vector: 1 for a story of identical units, lower as they differ.
    /// The cosine of two centroids times both cohesions is the mean similarity between their units.
    /// </summary>
    public double Cohesion => Units.Count == 0 ? 0 : Math.Sqrt(Math.Max(0, _normSquared)) / Units.Count;

    private double Dot(SparseVector v)
    {
        var dot = 0.0;
        foreach (var (t, w) in v.Entries)
            if (_sum.TryGetValue(t, out var s)) dot += w * s;
        return dot;
    }

    /// <summary>
    /// The centroid cut to its heaviest terms and L2-normalised again, heaviest first (ties by term
    /// id): what stories are compared by, as reports are by their heaviest terms.
    /// </summary>
    public (int Term, double Weight)[] TopTerms(int count)
    {
        var all = new (int Term, double Weight)[_sum.Count];
        var i = 0;
        foreach (var (t, w) in _sum) all[i++] = (t, w);
        Array.Sort(all, (a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Term.CompareTo(b.Term));
        if (all.Length > count) Array.Resize(ref all, count);
        var norm = Math.Sqrt(all.Sum(e => e.Weight * e.Weight));
        if (norm > 0) for (var k = 0; k < all.Length; k++) all[k] = (all[k].Term, all[k].Weight / norm);
        return all;
    }

    /// <summary>Adds a unit; returns the terms that are new to this story (for the inverted index).</summary>
    public List<int> Add(int unit, SparseVector v, int? day, bool hasBody)
    {
        Units.Add(unit);
        if (hasBody) BodyUnits++;
        Widen(day, day);
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

    /// <summary>Takes in every unit of another story.</summary>
    public void Absorb(StoryCluster other)
    {
        Units.AddRange(other.Units);
        BodyUnits += other.BodyUnits;
        Widen(other.EarliestDay, other.LatestDay);
        foreach (var (t, w) in other._sum)
        {
            var old = _sum.GetValueOrDefault(t);
            var now = old + w;
            _sum[t] = now;
            _normSquared += now * now - old * old;
        }
    }

    private void Widen(int? earliest, int? latest)
    {
        if (earliest is { } e) EarliestDay = EarliestDay is { } a ? Math.Min(a, e) : e;
        if (latest is { } l) LatestDay = LatestDay is { } b ? Math.Max(b, l) : l;
    }
}

/// <summary>How a unit's or a story's similarity to a story is measured.</summary>
public enum Linkage
{
    /// <summary>Cosine to the centroid: a big, varied story attracts everything near any of its parts.</summary>
    Centroid,
    /// <summary>Mean similarity to the story's units (average linkage, UPGMA): a story must resemble the unit as a whole.</summary>
    Average,
}

/// <summary>An L2-normalised TF-IDF vector, entries sorted by weight (heaviest first).</summary>
internal sealed class SparseVector
{
    private SparseVector((int Term, double Weight)[] entries) => Entries = entries;

    public (int Term, double Weight)[] Entries { get; }

    public IEnumerable<(int Term, double Weight)> Top(int count) => Entries.Take(count);

    public static SparseVector Build(Dictionary<string, double> tf, Dictionary<string, int> termId, List<int> df, double documents, int maxTerms)
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
