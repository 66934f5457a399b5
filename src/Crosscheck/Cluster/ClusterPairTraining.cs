using System.Globalization;
using System.Text.Json;
using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Cluster;

/// <summary>
/// Trains the <see cref="ClusterPairModel"/> (logistic regression, Newton's method with a small L2
/// penalty) on unit pairs of several sources with gold stories, and measures it leave-one-source-out:
/// each source is clustered by a model trained on the others only, so the figure per source is a
/// held-out one. The pairs are those clustering looks at: each unit's nearest units by the full
/// cosine, plus every pair of one gold story (the hard positives a threshold on the cosine misses).
/// Each source weighs the same in the fit, whatever its number of pairs.
/// </summary>
public static class ClusterPairTraining
{
    /// <summary>Nearest units per unit, by the full cosine, taken as pairs.</summary>
    private const int Neighbours = 20;

    /// <summary>A source: its analysed reports, their clustering units (copy groups) and its gold stories (report ids).</summary>
    public sealed record Source(string Name, IReadOnlyList<Report> Reports, IReadOnlyList<string[]> Units, IReadOnlyList<string[]> Gold);

    /// <summary>The clustering units of an analysed corpus: its copy groups, reports without one alone.</summary>
    public static IReadOnlyList<string[]> Units(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var units = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groupOf = new Dictionary<string, CopyGroup>(StringComparer.Ordinal);
        foreach (var g in analysis.CopyGroups)
            foreach (var id in g.Reports) groupOf[id] = g;
        foreach (var report in analysis.Reports)
        {
            if (seen.Contains(report.Id)) continue;
            var members = groupOf.TryGetValue(report.Id, out var group) ? group.Reports.ToArray() : [report.Id];
            foreach (var m in members) seen.Add(m);
            units.Add(members);
        }
        return units;
    }

    /// <summary>
    /// Gold stories (file base names) from a real-news gold.json: ECB+ topics, GVA incidents,
    /// WMT22 stories of files, BASIL / AllSides stories of articles.
    /// </summary>
    public static IReadOnlyList<string[]> GoldStories(string goldJson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(goldJson));
        var root = doc.RootElement;
        var stories = new List<string[]>();
        if (root.TryGetProperty("topics", out var topics))
        {
            foreach (var t in topics.EnumerateArray())
                foreach (var s in t.GetProperty("stories").EnumerateArray())
                    stories.Add(s.GetProperty("files").EnumerateArray().Select(f => Base(f.GetString())).ToArray());
        }
        else if (root.TryGetProperty("incidents", out var incidents))
        {
            foreach (var i in incidents.EnumerateArray())
                stories.Add(i.GetProperty("files").EnumerateArray().Select(f => Base(f.GetProperty("file").GetString())).ToArray());
        }
        else if (root.TryGetProperty("stories", out var list))
        {
            foreach (var s in list.EnumerateArray())
            {
                if (s.TryGetProperty("files", out var files))
                    stories.Add(files.EnumerateArray().Select(f => Base(f.GetString())).ToArray());
                else if (s.TryGetProperty("articles", out var articles))
                    stories.Add(articles.EnumerateArray().Select(a => Base(a.GetProperty("file").GetString())).ToArray());
            }
        }
        else throw new FormatException($"{goldJson}: no topics, incidents or stories");
        return stories;
    }

    internal static string Base(string? path) => (path ?? "").Replace('\\', '/').Split('/')[^1];

    /// <summary>Training rows of one source: features, label, weight (each source sums to 1).</summary>
    internal static List<(double[] X, bool Y, double W)> Pairs(Source source, ClusterOptions options, LanguagePacks? languages = null)
    {
        var space = UnitSpace.Build(source.Reports, source.Units, options with { PairModel = options.PairModel ?? ClusterPairModel.Default }, languages);
        var story = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < source.Gold.Count; s++)
            foreach (var f in source.Gold[s]) story[f] = s;
        var n = source.Units.Count;
        var label = source.Units.Select(u => story.TryGetValue(Base(u[0]), out var s) ? s : -1).ToArray();
        var dense = space.Vectors.Select(v => v.Entries.ToDictionary(e => e.Term, e => e.Weight)).ToArray();
        var chosen = new HashSet<(int, int)>();
        for (var i = 0; i < n; i++)
        {
            if (label[i] < 0) continue;
            var near = new List<(int J, double Dot)>();
            for (var j = 0; j < n; j++)
            {
                if (j == i || label[j] < 0) continue;
                var dot = Dot(space.Vectors[i], dense[j]);
                if (dot > 0 || label[j] == label[i]) near.Add((j, dot));
            }
            foreach (var (j, _) in near.OrderByDescending(p => p.Dot).Take(Neighbours)) chosen.Add((Math.Min(i, j), Math.Max(i, j)));
            foreach (var (j, _) in near.Where(p => label[p.J] == label[i])) chosen.Add((Math.Min(i, j), Math.Max(i, j)));
        }
        var rows = new List<(double[] X, bool Y, double W)>(chosen.Count);
        foreach (var (i, j) in chosen.Order())
            rows.Add((Features(space, i, j), label[i] == label[j], 1.0 / chosen.Count));
        return rows;
    }

    /// <summary>The model's features of a pair of units (bias first).</summary>
    internal static double[] Features(UnitSpace space, int i, int j)
    {
        var x = new double[ClusterPairModel.Features];
        x[0] = 1;
        x[1] = Dot(space.Vectors[i], space.Vectors[j].Entries.ToDictionary(e => e.Term, e => e.Weight));
        for (var k = 0; k < ClusterPairModel.ExtraChannels; k++)
            x[k + 2] = Dot(space.Channels![i][k], space.Channels[j][k].Entries.ToDictionary(e => e.Term, e => e.Weight));
        if (space.Days[i] is { } a && space.Days[j] is { } b)
        {
            x[^2] = ClusterPairModel.Days(Math.Abs(a - b));
            x[^1] = ClusterPairModel.Weeks(Math.Abs(a - b));
        }
        return x;
    }

    private static double Dot(SparseVector a, Dictionary<int, double> b)
    {
        var dot = 0.0;
        foreach (var (t, w) in a.Entries)
            if (b.TryGetValue(t, out var x)) dot += w * x;
        return dot;
    }

    /// <summary>Logistic regression by Newton's method (L2 <paramref name="l2"/> on every weight but the bias).</summary>
    public static ClusterPairModel Fit(IEnumerable<(double[] X, bool Y, double W)> rows, double l2 = 1e-3)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var data = rows.ToList();
        var d = ClusterPairModel.Features;
        var w = new double[d];
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var grad = new double[d];
            var hess = new double[d, d];
            foreach (var (x, y, weight) in data)
            {
                var z = 0.0;
                for (var k = 0; k < d; k++) z += w[k] * x[k];
                var p = 1 / (1 + Math.Exp(-z));
                var r = (p - (y ? 1 : 0)) * weight;
                var s = p * (1 - p) * weight;
                for (var k = 0; k < d; k++)
                {
                    grad[k] += r * x[k];
                    for (var m = 0; m < d; m++) hess[k, m] += s * x[k] * x[m];
                }
            }
            for (var k = 1; k < d; k++) { grad[k] += l2 * w[k]; hess[k, k] += l2; }
            for (var k = 0; k < d; k++) hess[k, k] += 1e-9;
            var step = Solve(hess, grad);
            var change = 0.0;
            for (var k = 0; k < d; k++) { w[k] -= step[k]; change = Math.Max(change, Math.Abs(step[k])); }
            if (change < 1e-8) break;
        }
        return new ClusterPairModel(w);
    }

    /// <summary>Gaussian elimination with partial pivoting.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            if (pivot != c)
            {
                for (var k = 0; k < n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
                (x[c], x[pivot]) = (x[pivot], x[c]);
            }
            if (Math.Abs(m[c, c]) < 1e-15) continue;
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var k = c; k < n; k++) m[r, k] -= f * m[c, k];
                x[r] -= f * x[c];
            }
        }
        var result = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = x[r];
            for (var k = r + 1; k < n; k++) s -= m[r, k] * result[k];
            result[r] = Math.Abs(m[r, r]) < 1e-15 ? 0 : s / m[r, r];
        }
        return result;
    }

    /// <summary>BCubed precision, recall and F1 of stories against gold, over the gold files present.</summary>
    public static (double P, double R, double F1) BCubed(IEnumerable<Story> stories, IReadOnlyList<string[]> gold, IEnumerable<string> present)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(gold);
        var have = present.Select(Base).ToHashSet(StringComparer.Ordinal);
        var goldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < gold.Count; g++)
            foreach (var f in gold[g]) if (have.Contains(f)) goldOf[f] = g;
        var predOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var p = 0;
        foreach (var s in stories)
        {
            foreach (var id in s.Reports)
                if (goldOf.ContainsKey(Base(id))) predOf.TryAdd(Base(id), p);
            p++;
        }
        foreach (var f in goldOf.Keys) if (!predOf.ContainsKey(f)) predOf[f] = p++;
        var goldSize = goldOf.Values.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        var predSize = predOf.Values.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        var both = goldOf.Keys.GroupBy(f => (goldOf[f], predOf[f])).ToDictionary(g => g.Key, g => g.Count());
        double precision = 0, recall = 0;
        foreach (var f in goldOf.Keys)
        {
            var inter = both[(goldOf[f], predOf[f])];
            precision += (double)inter / predSize[predOf[f]];
            recall += (double)inter / goldSize[goldOf[f]];
        }
        var count = Math.Max(1, goldOf.Count);
        precision /= count;
        recall /= count;
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }

    /// <summary>
    /// Prints, per source, BCubed F1 without the model, with a model trained on the other sources
    /// (held out) and with the model trained on all; then the mean held-out F1 per margin of a small
    /// grid; returns the model trained on every source.
    /// </summary>
    public static ClusterPairModel Run(IReadOnlyList<Source> sources, TextWriter output, ClusterOptions? options = null, LanguagePacks? languages = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new ClusterOptions();
        var pairs = sources.Select(s => Pairs(s, options, languages)).ToArray();
        var all = Fit(pairs.SelectMany(p => p));
        var heldOut = sources.Select((_, i) => Fit(pairs.Where((_, k) => k != i).SelectMany(p => p))).ToArray();
        var margins = new (double Join, double Merge)[] { (-1, -1), (-0.5, -0.5), (0, 0), (-0.5, 0.5), (0, 1), (-1, 1) };
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{"source",-14} {"pairs",7} {"cosine",7} {"held-out",9} {"all",7}   held-out F1 at margins {string.Join(" ", margins)}"));
        var meanAt = new double[margins.Length];
        foreach (var (s, i) in sources.Select((s, i) => (s, i)))
        {
            (double P, double R, double F1) Score(ClusterOptions o) => BCubed(StoryClusterer.Cluster(s.Reports, s.Units, o, languages), s.Gold, s.Reports.Select(r => r.Id));
            double F1(ClusterOptions o) => Score(o).F1;
            var cosine = F1(options with { PairModel = null });
            var heldScore = Score(options with { PairModel = heldOut[i] });
            var held = heldScore.F1;
            var inSample = F1(options with { PairModel = all });
            var at = margins.Select(m => F1(options with { PairModel = heldOut[i], JoinMargin = m.Join, MergeMargin = m.Merge })).ToArray();
            for (var k = 0; k < margins.Length; k++) meanAt[k] += at[k] / sources.Count;
            output.WriteLine(string.Create(inv, $"{s.Name,-14} {pairs[i].Count,7} {cosine,7:0.000} {held,9:0.000} {inSample,7:0.000}   {string.Join(" ", at.Select(a => a.ToString("0.000", inv)))}"));
            output.WriteLine(string.Create(inv, $"  held-out precision {heldScore.P:0.000} recall {heldScore.R:0.000}"));
            if (Environment.GetEnvironmentVariable("CROSSCHECK_TRAIN_VERBOSE") is { Length: > 0 })
            {
                var goldOf = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var g = 0; g < s.Gold.Count; g++) foreach (var f in s.Gold[g]) goldOf[f] = g;
                var byId = s.Reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
                foreach (var st in StoryClusterer.Cluster(s.Reports, s.Units, options with { PairModel = heldOut[i] }, languages)
                    .Where(st => st.Reports.Select(r => goldOf.GetValueOrDefault(Base(r), -1)).Distinct().Count() > 1).Take(8))
                    output.WriteLine("  mixed: " + string.Join(" | ", st.Reports.Take(6).Select(r => $"{goldOf.GetValueOrDefault(Base(r), -1)} {byId[r].Published?.Date} {byId[r].Outlet} {byId[r].Title}")));
            }
            output.WriteLine("  held-out weights: " + string.Join(" ", heldOut[i].Weights.Select((w, k) => ClusterPairModel.FeatureNames[k] + "=" + w.ToString("0.00", inv))));
        }
        output.WriteLine("mean held-out F1 at margins: " + string.Join(" ", meanAt.Select(a => a.ToString("0.000", inv))));
        output.WriteLine("weights (all sources): " + string.Join(" ", all.Weights.Select((w, k) => ClusterPairModel.FeatureNames[k] + "=" + w.ToString("0.000", inv))));
        return all;
    }
}
