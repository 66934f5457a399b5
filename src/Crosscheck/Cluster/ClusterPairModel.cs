using System.Globalization;

namespace Crosscheck.Cluster;

/// <summary>
/// A logistic pair model: how likely two reports are to tell one story, from the similarity of
/// their vectors in several channels (all terms, names, numbers, lead, outlet) and the days between
/// them. Every channel feature is a dot product of two unit vectors, so the model's linear score
/// averaged over the pairs of a unit and a story (average linkage) is the score of the mean dot
/// products, which a story keeps as sums: the model costs one dot product per channel per candidate.
/// </summary>
/// <remarks>
/// Trained by <see cref="ClusterPairTraining"/> (`crosscheck train cluster-pairs SOURCE...`) on the
/// development halves of several real-news sources at once; shipped as Cluster/cluster-pairs.tsv.
/// </remarks>
public sealed class ClusterPairModel
{
    /// <summary>The features, in order: the bias, one mean dot product per channel, the days apart (ln(1 + days)) and the weeks apart (up to 52); both 0 when a side has no date (no
    /// "undated" feature: whole sources are undated, so its weight would learn a source's base rate).</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = ["bias", "full", "names", "numbers", "lead", "outlet", "days", "weeks"];

    /// <summary>Channels besides the full vector (names, numbers, lead, outlet).</summary>
    internal const int ExtraChannels = 4;

    /// <summary>The features: bias, 1 + <see cref="ExtraChannels"/> channels, days, weeks.</summary>
    internal const int Features = ExtraChannels + 4;

    private static readonly Lazy<ClusterPairModel> Shipped = new(() =>
    {
        using var stream = typeof(ClusterPairModel).Assembly.GetManifestResourceStream("Crosscheck.Cluster.cluster-pairs.tsv")
            ?? throw new InvalidOperationException("the cluster pair model is not embedded");
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    public ClusterPairModel(IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count != Features) throw new ArgumentException($"a cluster pair model has {Features} weights, not {weights.Count}", nameof(weights));
        Weights = weights.ToArray();
    }

    /// <summary>The model shipped with the engine.</summary>
    public static ClusterPairModel Default => Shipped.Value;

    /// <summary>One weight per feature of <see cref="FeatureNames"/>.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The log-odds that a unit and a story (or two stories) tell one story, from the mean dot products per channel and the days between them.</summary>
    /// <param name="meanDots">Mean dot product per channel (full first).</param>
    /// <param name="daysApart">Days between the two sides' date ranges; null when a side has no date.</param>
    public double Score(ReadOnlySpan<double> meanDots, int? daysApart)
    {
        var w = Weights;
        var s = w[0];
        for (var k = 0; k < meanDots.Length; k++) s += w[k + 1] * meanDots[k];
        return daysApart is { } d ? s + w[Features - 2] * Days(d) + w[Features - 1] * Weeks(d) : s;
    }

    /// <summary>The days feature: ln(1 + days apart).</summary>
    internal static double Days(int daysApart) => Math.Log(1 + Math.Max(0, daysApart));

    /// <summary>The weeks feature: weeks apart, up to a year (a story's follow-ups thin out over weeks; a retelling a year on is another story).</summary>
    internal static double Weeks(int daysApart) => Math.Min(Math.Max(0, daysApart), 365) / 7.0;

    /// <summary>Reads "feature TAB weight" lines ('#' starts a comment).</summary>
    public static ClusterPairModel Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var weights = new double[Features];
        var seen = new bool[Features];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            var index = FeatureNames.ToList().IndexOf(parts[0]);
            if (parts.Length != 2 || index < 0) throw new FormatException($"not a cluster pair model line: {line}");
            weights[index] = double.Parse(parts[1], CultureInfo.InvariantCulture);
            seen[index] = true;
        }
        if (seen.Contains(false)) throw new FormatException("a cluster pair model names every feature: " + string.Join(", ", FeatureNames));
        return new ClusterPairModel(weights);
    }

    /// <summary>Writes the model as <see cref="Read"/> reads it, after the given comment lines.</summary>
    public void Write(TextWriter writer, IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comments);
        foreach (var c in comments) writer.WriteLine("# " + c);
        for (var k = 0; k < Features; k++)
            writer.WriteLine(FeatureNames[k] + "\t" + Weights[k].ToString("0.######", CultureInfo.InvariantCulture));
    }
}
