using System.Globalization;
using Crosscheck.Cluster;
using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>
/// `crosscheck eval similarity FILE.csv`: the engine's story-similarity score (the cosine of the
/// clustering stage's TF-IDF vectors of title and body, with document frequencies fitted on the
/// file's own articles) against the human <c>Overall</c> rating of SemEval-2022 Task 8 pairs
/// (columns lang1, lang2, text1, text2, Overall; 1 = very similar … 4 = very dissimilar, so the
/// correlation is taken with the negated rating). Prints Pearson r per language pair and overall;
/// headline: r on English–English pairs (all pairs when the file has none).
/// </summary>
public static class SimilarityEvaluator
{
    public static double Run(string path, TextWriter output, ClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var table = CsvTable.Read(path);
        var c = table.Require(path, "lang1", "lang2", "text1", "text2", "Overall");
        var pairs = new List<(string Langs, string A, string B, double Gold)>();
        foreach (var row in table.Rows)
        {
            if (row.Length <= c.Max()) continue;
            if (!double.TryParse(row[c[4]], NumberStyles.Float, CultureInfo.InvariantCulture, out var overall)) continue;
            pairs.Add(($"{row[c[0]].Trim()}-{row[c[1]].Trim()}", row[c[2]], row[c[3]], overall));
        }
        if (pairs.Count == 0) throw new EvaluationInputException($"cannot read '{path}': no row with a numeric Overall score");

        var predicted = Similarities(pairs.Select(p => (p.A, p.B)).ToList(), options ?? new ClusterOptions());
        output.WriteLine($"similarity: {pairs.Count} pairs; Pearson r of the engine's similarity with the negated Overall rating (1 = most similar)");
        foreach (var group in pairs.Select((p, i) => (p.Langs, i)).GroupBy(p => p.Langs).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var idx = group.Select(g => g.i).ToList();
            EvalReport.Line(output, $"{group.Key} ({idx.Count})", $"r {EvalReport.Fixed(Pearson(idx.Select(i => predicted[i]).ToList(), idx.Select(i => -pairs[i].Gold).ToList()))}");
        }
        var all = Pearson(predicted, pairs.Select(p => -p.Gold).ToList());
        EvalReport.Line(output, $"all pairs ({pairs.Count})", $"r {EvalReport.Fixed(all)}");
        var en = Enumerable.Range(0, pairs.Count).Where(i => pairs[i].Langs == "en-en").ToList();
        if (en.Count < 2) return EvalReport.Score(output, all);
        var enR = Pearson(en.Select(i => predicted[i]).ToList(), en.Select(i => -pairs[i].Gold).ToList());
        EvalReport.Line(output, $"en-en ({en.Count})", $"r {EvalReport.Fixed(enR)}");
        return EvalReport.Score(output, enR);
    }

    /// <summary>The cosine of each pair's TF-IDF vectors, document frequencies counted over the distinct texts of all pairs.</summary>
    internal static List<double> Similarities(IReadOnlyList<(string A, string B)> pairs, ClusterOptions options)
    {
        var texts = pairs.SelectMany(p => new[] { p.A, p.B }).Distinct(StringComparer.Ordinal).ToList();
        var index = texts.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var terms = new Dictionary<string, double>[texts.Count];
        Parallel.For(0, texts.Count, i =>
        {
            var report = new Report($"t{i}", texts[i]);
            new Text.TextSegmenter().Process(report);
            terms[i] = TermVectorizer.Terms(report, TermVectorizer.BodyTokens(report), options);
        });
        var termId = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        foreach (var t in terms)
        {
            foreach (var term in t.Keys)
            {
                if (!termId.TryGetValue(term, out var id)) { termId[term] = id = df.Count; df.Add(0); }
                df[id]++;
            }
        }
        var vectors = terms.Select(t => SparseVector.Build(t, termId, df, texts.Count, options.MaxTerms)).ToArray();
        return pairs.Select(p => Cosine(vectors[index[p.A]], vectors[index[p.B]])).ToList();
    }

    internal static double Cosine(SparseVector a, SparseVector b)
    {
        var weights = new Dictionary<int, double>(a.Entries.Length);
        foreach (var (t, w) in a.Entries) weights[t] = w;
        var dot = 0.0;
        foreach (var (t, w) in b.Entries)
            if (weights.TryGetValue(t, out var v)) dot += v * w;
        return dot; // both vectors are L2-normalised
    }

    internal static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var n = x.Count;
        if (n < 2) return double.NaN;
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
