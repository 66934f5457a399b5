namespace Crosscheck.Extract.Entities.Model;

/// <summary>
/// Distributional word classes: words that occur between the same neighbours share a class
/// ("tuesday" with "friday", "baghdad" with "aleppo"), at a coarse and a fine granularity. They
/// let the tagger generalise from a name it saw in training to one it did not. Built by k-means
/// over each word's left and right neighbour counts in plain text; lower-case keys.
/// </summary>
internal sealed class WordClusters
{
    public static WordClusters Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    // Packed: coarse class << 16 | fine class.
    private readonly Dictionary<string, int> _classes;

    public WordClusters(Dictionary<string, int> classes) => _classes = classes;

    public int Count => _classes.Count;

    public IEnumerable<KeyValuePair<string, int>> Entries => _classes.OrderBy(e => e.Key, StringComparer.Ordinal);

    /// <summary>The packed classes of a lower-case word, or -1 when unknown.</summary>
    public int Of(string lower) => _classes.TryGetValue(lower, out var c) ? c : -1;

    /// <summary>Clusters the words seen at least <paramref name="minCount"/> times in <paramref name="sentences"/> (lower-cased tokens).</summary>
    public static WordClusters Build(IReadOnlyList<string[]> sentences, int coarse, int fine, int seed, int minCount = 3, int contexts = 800, int maxWords = 60_000)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var w in s) frequency[w] = frequency.GetValueOrDefault(w) + 1;
        }
        var byFrequency = frequency.Where(e => e.Value >= minCount)
            .OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Key).ToList();
        var vocabulary = byFrequency.Take(maxWords).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++) index[vocabulary[i]] = i;
        var contextIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in byFrequency.Take(contexts)) contextIndex[w] = contextIndex.Count;
        contextIndex.TryAdd("<s>", contextIndex.Count);
        var dims = 2 * contextIndex.Count;

        var counts = new Dictionary<int, float>[vocabulary.Count];
        for (var i = 0; i < counts.Length; i++) counts[i] = [];
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out var w)) continue;
                var left = i == 0 ? "<s>" : s[i - 1];
                var right = i == s.Length - 1 ? "<s>" : s[i + 1];
                if (contextIndex.TryGetValue(left, out var l)) counts[w][l] = counts[w].GetValueOrDefault(l) + 1;
                if (contextIndex.TryGetValue(right, out var r)) counts[w][contextIndex.Count + r] = counts[w].GetValueOrDefault(contextIndex.Count + r) + 1;
            }
        }
        // Sparse, log-damped, unit-length context vectors.
        var vectors = new (int Dim, float Value)[vocabulary.Count][];
        for (var i = 0; i < vectors.Length; i++)
        {
            var v = counts[i].OrderBy(e => e.Key).Select(e => (e.Key, MathF.Log(1 + e.Value))).ToArray();
            var norm = MathF.Sqrt(v.Sum(e => e.Item2 * e.Item2));
            vectors[i] = norm == 0 ? [] : [.. v.Select(e => (e.Key, e.Item2 / norm))];
        }
        var coarseOf = KMeans(vectors, dims, coarse, seed);
        var fineOf = KMeans(vectors, dims, fine, seed + 1);
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++) classes[vocabulary[i]] = (coarseOf[i] << 16) | fineOf[i];
        return new WordClusters(classes);
    }

    /// <summary>Spherical k-means (cosine), seeded from the most frequent words spread by a seeded shuffle.</summary>
    private static int[] KMeans((int Dim, float Value)[][] vectors, int dims, int k, int seed, int iterations = 12)
    {
        var n = vectors.Length;
        k = Math.Min(k, Math.Max(1, n));
        var assignment = new int[n];
        var centroids = new float[dims * k]; // dimension-major: [dim * k + cluster]
        var random = new Random(seed);
        var pool = Enumerable.Range(0, Math.Min(n, k * 20)).ToArray();
        random.Shuffle(pool);
        for (var c = 0; c < k; c++)
        {
            foreach (var (d, v) in vectors[pool[c]]) centroids[d * k + c] = v;
        }
        for (var it = 0; it < iterations; it++)
        {
            Parallel.For(0, n, () => new float[k], (i, _, scores) =>
            {
                Array.Clear(scores);
                foreach (var (d, v) in vectors[i])
                {
                    var row = d * k;
                    for (var c = 0; c < k; c++) scores[c] += v * centroids[row + c];
                }
                var best = 0;
                for (var c = 1; c < k; c++)
                {
                    if (scores[c] > scores[best]) best = c;
                }
                assignment[i] = best;
                return scores;
            }, _ => { });
            Array.Clear(centroids);
            for (var i = 0; i < n; i++)
            {
                foreach (var (d, v) in vectors[i]) centroids[d * k + assignment[i]] += v;
            }
            var norms = new float[k];
            for (var d = 0; d < dims; d++)
            {
                for (var c = 0; c < k; c++) norms[c] += centroids[d * k + c] * centroids[d * k + c];
            }
            for (var c = 0; c < k; c++) norms[c] = norms[c] == 0 ? 1 : MathF.Sqrt(norms[c]);
            for (var d = 0; d < dims; d++)
            {
                for (var c = 0; c < k; c++) centroids[d * k + c] /= norms[c];
            }
        }
        return assignment;
    }
}
