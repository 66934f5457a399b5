namespace Crosscheck.Cluster;

/// <summary>A story being built: the sum of its units' vectors (the centroid's direction) and its date range.</summary>
internal sealed class StoryCluster
{
    private readonly Dictionary<int, double> _sum = [];
    private double _normSquared;

    // Sums of the units' vectors in the pair model's other channels (names, numbers, lead, outlet),
    // and how many units have a non-empty vector in each: null until a unit brings channels.
    private Dictionary<int, double>[]? _channelSums;

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

    /// <summary>
    /// The mean dot product, per channel, of a unit's vectors with this story's units (average
    /// linkage), written into <paramref name="means"/> (channel 0 the full vector). With
    /// <paramref name="without"/>, the unit is a member and is left out of the mean.
    /// </summary>
    public void MeanDots(SparseVector v, SparseVector[] channels, Span<double> means, bool without = false)
    {
        var n = Units.Count - (without ? 1 : 0);
        means.Clear();
        if (n <= 0) return;
        means[0] = (Dot(v) - (without ? 1 : 0)) / n;
        if (_channelSums is null) return;
        for (var k = 0; k < channels.Length; k++)
        {
            var sum = _channelSums[k];
            var dot = 0.0;
            var self = 0.0;
            foreach (var (t, w) in channels[k].Entries)
            {
                if (sum.TryGetValue(t, out var s)) dot += w * s;
                self += w * w;
            }
            means[k + 1] = (dot - (without ? self : 0)) / n;
        }
    }

    /// <summary>The mean dot product, per channel, between the units of two stories (average linkage).</summary>
    public void MeanDots(StoryCluster other, Span<double> means)
    {
        means.Clear();
        var pairs = (double)Units.Count * other.Units.Count;
        if (pairs <= 0) return;
        means[0] = SumDot(_sum, other._sum) / pairs;
        if (_channelSums is null || other._channelSums is null) return;
        for (var k = 0; k < _channelSums.Length; k++) means[k + 1] = SumDot(_channelSums[k], other._channelSums[k]) / pairs;
    }

    private static double SumDot(Dictionary<int, double> a, Dictionary<int, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var dot = 0.0;
        foreach (var (t, w) in a)
            if (b.TryGetValue(t, out var x)) dot += w * x;
        return dot;
    }

    /// <summary>Adds a unit; returns the terms that are new to this story (for the inverted index).</summary>
    public List<int> Add(int unit, SparseVector v, int? day, bool hasBody) => Add(unit, v, null, day, hasBody);

    /// <summary>Adds a unit with its vectors in the pair model's other channels.</summary>
    public List<int> Add(int unit, SparseVector v, SparseVector[]? channels, int? day, bool hasBody)
    {
        if (channels is not null)
        {
            _channelSums ??= NewSums(channels.Length);
            for (var k = 0; k < channels.Length; k++)
                foreach (var (t, w) in channels[k].Entries) _channelSums[k][t] = _channelSums[k].GetValueOrDefault(t) + w;
        }
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
        if (other._channelSums is not null)
        {
            _channelSums ??= NewSums(other._channelSums.Length);
            for (var k = 0; k < other._channelSums.Length; k++)
                foreach (var (t, w) in other._channelSums[k]) _channelSums[k][t] = _channelSums[k].GetValueOrDefault(t) + w;
        }
        foreach (var (t, w) in other._sum)
        {
            var old = _sum.GetValueOrDefault(t);
            var now = old + w;
            _sum[t] = now;
            _normSquared += now * now - old * old;
        }
    }

    private static Dictionary<int, double>[] NewSums(int count)
    {
        var sums = new Dictionary<int, double>[count];
        for (var k = 0; k < count; k++) sums[k] = [];
        return sums;
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

    public static SparseVector Empty { get; } = new([]);

    /// <summary>Equal weights on the given terms, L2-normalised (an indicator vector: the dot product of two is their overlap).</summary>
    public static SparseVector Indicator(IEnumerable<int> terms)
    {
        var ids = terms.Distinct().Order().ToArray();
        if (ids.Length == 0) return Empty;
        var w = 1 / Math.Sqrt(ids.Length);
        return new SparseVector(ids.Select(t => (t, w)).ToArray());
    }

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
