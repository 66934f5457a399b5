using System.Globalization;
using Crosscheck.Cluster;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Evaluation;

/// <summary>
/// `crosscheck eval clusters FILE.csv`: story clustering of headlines in the UCI News Aggregator
/// layout (TITLE, PUBLISHER, CATEGORY, STORY = gold story id, TIMESTAMP in Unix milliseconds), each
/// headline a report with no body, clustered by the engine's <see cref="StoryClusterer"/>. Prints
/// BCubed and pairwise P/R/F1 overall and per category; headline: BCubed F1.
/// </summary>
public static class ClusterEvaluator
{
    public static double Run(string path, TextWriter output, ClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var table = CsvTable.Read(path);
        var cols = table.Require(path, "ID", "TITLE", "STORY");
        var optional = (Publisher: Column(table, "PUBLISHER"), Category: Column(table, "CATEGORY"), Time: Column(table, "TIMESTAMP"), Url: Column(table, "URL"));
        var reports = new List<Report>();
        var gold = new List<string>();
        var category = new List<string>();
        foreach (var row in table.Rows)
        {
            if (row.Length <= cols.Max()) continue;
            var published = long.TryParse(Field(row, optional.Time), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
                ? new PublishedDate(DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime), DateBasis.Header)
                : null;
            reports.Add(new Report(row[cols[0]], "")
            {
                Title = row[cols[1]],
                Outlet = Field(row, optional.Publisher),
                Url = Field(row, optional.Url),
                Published = published,
            });
            gold.Add(row[cols[2]]);
            category.Add(Field(row, optional.Category) ?? "");
        }
        if (reports.Count == 0) throw new EvaluationInputException($"cannot read '{path}': no complete row");
        // Ids must be unique for the clusterer; a repeated id gets its row number.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            if (seen.Add(reports[i].Id)) continue;
            var r = reports[i];
            reports[i] = new Report($"{r.Id}#{i}", "") { Title = r.Title, Outlet = r.Outlet, Url = r.Url, Published = r.Published };
            seen.Add(reports[i].Id);
        }

        var predicted = Predict(reports, options ?? new ClusterOptions());
        var all = ClusterEvaluation.Score(gold, predicted);
        output.WriteLine($"clusters: {all.Items} headlines, {all.GoldStories} gold stories, {all.PredictedStories} predicted");
        foreach (var c in category.Distinct(StringComparer.Ordinal).Where(c => c.Length > 0).Order(StringComparer.Ordinal))
        {
            var idx = Enumerable.Range(0, gold.Count).Where(i => category[i] == c).ToList();
            Write(output, $"category {c} ({idx.Count})", ClusterEvaluation.Score(idx.Select(i => gold[i]).ToList(), idx.Select(i => predicted[i]).ToList()));
        }
        Write(output, "overall", all);
        return EvalReport.Score(output, all.BCubedF1);
    }

    internal static string[] Predict(IReadOnlyList<Report> reports, ClusterOptions options)
    {
        foreach (var r in reports)
        {
            if (!r.Has(Layers.Tokens)) new Text.TextSegmenter().Process(r);
        }
        var context = new CorpusContext(reports, PipelineOptions.Default with { Cluster = options });
        new StoryClusterer().Process(context);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in context.Stories)
            foreach (var id in s.Reports) storyOf[id] = s.Id;
        return reports.Select(r => storyOf[r.Id]).ToArray();
    }

    private static void Write(TextWriter output, string label, ClusterScores s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-28} BCubed P {s.BCubedPrecision:0.000} R {s.BCubedRecall:0.000} F1 {s.BCubedF1:0.000}; pairwise P {s.PairPrecision:0.000} R {s.PairRecall:0.000} F1 {s.PairF1:0.000}"));

    private static int Column(CsvTable table, string name)
    {
        for (var i = 0; i < table.Header.Count; i++)
            if (string.Equals(table.Header[i].Trim(), name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static string? Field(string[] row, int column) => column >= 0 && column < row.Length ? row[column] : null;
}
