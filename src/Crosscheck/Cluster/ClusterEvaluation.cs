using System.Globalization;
using System.Text;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Cluster;

/// <summary>Agreement of a clustering with gold story labels.</summary>
public sealed record ClusterScores(int Items, int GoldStories, int PredictedStories,
    double BCubedPrecision, double BCubedRecall, double BCubedF1,
    double PairPrecision, double PairRecall, double PairF1)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"items {Items}, gold stories {GoldStories}, predicted {PredictedStories}; " +
        $"BCubed P {BCubedPrecision:0.000} R {BCubedRecall:0.000} F1 {BCubedF1:0.000}; " +
        $"pairwise P {PairPrecision:0.000} R {PairRecall:0.000} F1 {PairF1:0.000}");
}

/// <summary>
/// Scores story clustering against gold labels: BCubed precision/recall/F1 (per item, how much of
/// its predicted story shares its gold story, and vice versa) and pairwise same-story F1.
/// </summary>
public static class ClusterEvaluation
{
    public static ClusterScores Score(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted labels differ in length");
        var n = gold.Count;
        var cells = new Dictionary<(string, string), int>();
        var goldSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var predSize = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            cells[(gold[i], predicted[i])] = cells.GetValueOrDefault((gold[i], predicted[i])) + 1;
            goldSize[gold[i]] = goldSize.GetValueOrDefault(gold[i]) + 1;
            predSize[predicted[i]] = predSize.GetValueOrDefault(predicted[i]) + 1;
        }
        double p = 0, r = 0, samePairs = 0;
        foreach (var ((g, c), k) in cells)
        {
            p += k * (k / (double)predSize[c]);
            r += k * (k / (double)goldSize[g]);
            samePairs += k * (k - 1) / 2.0;
        }
        p = n == 0 ? 0 : p / n;
        r = n == 0 ? 0 : r / n;
        var predPairs = predSize.Values.Sum(k => k * (k - 1) / 2.0);
        var goldPairs = goldSize.Values.Sum(k => k * (k - 1) / 2.0);
        var pp = predPairs == 0 ? 1 : samePairs / predPairs;
        var pr = goldPairs == 0 ? 1 : samePairs / goldPairs;
        return new ClusterScores(n, goldSize.Count, predSize.Count, p, r, F1(p, r), pp, pr, F1(pp, pr));
    }

    /// <summary>
    /// Clusters the headlines of a CSV in the UCI News Aggregator layout
    /// (ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP; STORY is the gold label) with the
    /// headline as its own unit (headlines carry no body to find copies in), and scores the result.
    /// </summary>
    public static ClusterScores EvaluateCsv(string path, ClusterOptions? options = null)
    {
        var (reports, gold) = ReadHeadlines(path);
        var pipelineOptions = PipelineOptions.Default with { Cluster = options ?? new ClusterOptions() };
        foreach (var r in reports) new Text.TextSegmenter().Process(r);
        var context = new CorpusContext(reports, pipelineOptions);
        new StoryClusterer().Process(context);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in context.Stories)
            foreach (var id in s.Reports) storyOf[id] = s.Id;
        return Score(gold, reports.Select(r => storyOf[r.Id]).ToArray());
    }

    internal static (List<Report> Reports, List<string> Gold) ReadHeadlines(string path)
    {
        var reports = new List<Report>();
        var gold = new List<string>();
        var first = true;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (first) { first = false; continue; }
            var f = SplitCsv(line);
            if (f.Count < 8) continue;
            var published = long.TryParse(f[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
                ? new PublishedDate(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime), DateBasis.Header)
                : null;
            reports.Add(new Report(f[0], "") { Title = f[1], Url = f[2], Outlet = f[3], Published = published });
            gold.Add(f[^3]);
        }
        return (reports, gold);
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"' && sb.Length == 0) quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
