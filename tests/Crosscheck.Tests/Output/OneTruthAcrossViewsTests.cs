using System.Text.Json;
using System.Text.RegularExpressions;
using Crosscheck.Ingest;
using Crosscheck.Model;
using Crosscheck.Output;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Output;

/// <summary>
/// One story rendered in every format says the same thing about its sources: each report has the
/// same number, outlet and date basis in the Markdown brief, the HTML brief and the JSON report
/// (which the web UI reads), and the CSV and GeoJSON exports name the same story.
/// </summary>
public sealed partial class OneTruthAcrossViewsTests
{
    private static readonly Lazy<CorpusAnalysis> Demo = new(() =>
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Crosscheck.slnx"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        var results = ReportReader.Read([Path.Combine(root, "demo", "reports")]).ToList();
        return DefaultPipeline.Build().Run(results.SelectMany(r => r.Reports).ToList());
    });

    private sealed record Source(int Number, string File, string Outlet, string Basis);

    [GeneratedRegex(@"^\| (\d+) \| `([^`]+)`[^|]*\| ([^|]+) \| [^|]+ \| [^|(]+\(([^)]+)\) \|", RegexOptions.Multiline)]
    private static partial Regex MarkdownSourceRow();

    [GeneratedRegex(@"<tr id=""[^""]*""><td[^>]*>\[?(\d+)\]?</td><td><code>([^<]+)</code>.*?</td><td>([^<]+)</td><td>[^<]+</td><td>[^<]+<br><span class=""hint"">([^<]+)</span>", RegexOptions.Singleline)]
    private static partial Regex HtmlSourceRow();

    private static List<Source> FromMarkdown(string md) =>
        MarkdownSourceRow().Matches(md).Select(m => new Source(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups[2].Value, m.Groups[3].Value.Trim(), m.Groups[4].Value.Trim())).ToList();

    private static List<Source> FromHtml(string html) =>
        HtmlSourceRow().Matches(html).Select(m => new Source(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups[2].Value, System.Net.WebUtility.HtmlDecode(m.Groups[3].Value.Trim()), System.Net.WebUtility.HtmlDecode(m.Groups[4].Value.Trim()))).ToList();

    private static List<Source> FromJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("stories")[0].GetProperty("sources").EnumerateArray()
            .Select(s => new Source(s.GetProperty("number").GetInt32(), s.GetProperty("file").GetString()!,
                s.GetProperty("outlet").GetString() ?? "—", s.GetProperty("published_basis_text").GetString()!))
            .ToList();
    }

    [Fact]
    public void Every_source_has_the_same_number_outlet_and_date_basis_in_markdown_html_and_json()
    {
        var analysis = Demo.Value;
        var story = Assert.Single(analysis.Stories);

        var markdown = FromMarkdown(MarkdownReportWriter.Write(analysis));
        var html = FromHtml(HtmlReportWriter.Write(analysis));
        var json = FromJson(JsonReportWriter.Write(analysis));

        Assert.Equal(story.Reports.Count, json.Count);
        Assert.Equal(json, markdown);
        Assert.Equal(json, html);
        Assert.Equal(Enumerable.Range(1, json.Count), json.Select(s => s.Number));
    }

    [Fact]
    public void The_csv_and_geojson_exports_name_the_story_the_json_report_names()
    {
        var analysis = Demo.Value;
        var id = Assert.Single(analysis.Stories).Id;

        Assert.All(EventTableWriter.Write(analysis).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1),
            row => Assert.StartsWith(id + ",", row, StringComparison.Ordinal));
        using var geo = JsonDocument.Parse(GeoJsonWriter.Write(analysis));
        Assert.All(geo.RootElement.GetProperty("features").EnumerateArray(),
            f => Assert.Equal(id, f.GetProperty("properties").GetProperty("story").GetString()));
    }
}
