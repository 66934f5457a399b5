using System.Text.Json;
using Crosscheck.Ingest;
using Crosscheck.Model;
using Crosscheck.Output;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Output;

/// <summary>
/// A report in a language without a pack is read, deduplicated and clustered, and every format says
/// plainly that its events, figures and quotes were not analysed.
/// </summary>
public class NotAnalysedOutputTests
{
    private static readonly Lazy<CorpusAnalysis> Analysis = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpora", "bilingual");
        return DefaultPipeline.Build().Run(ReportReader.Read([folder]).SelectMany(r => r.Reports).ToList());
    });

    [Fact]
    public void Json_marks_the_article_not_analysed_with_the_reason_and_leaves_the_others_unmarked()
    {
        using var doc = JsonDocument.Parse(JsonReportWriter.Write(Analysis.Value));
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToList();
        var german = articles.Single(a => a.GetProperty("file").GetString() == "c-de.txt");
        Assert.False(german.GetProperty("analysed").GetBoolean());
        Assert.Equal("no language pack for de", german.GetProperty("not_analysed").GetString());
        foreach (var other in articles.Where(a => a.GetProperty("file").GetString() != "c-de.txt"))
            Assert.False(other.TryGetProperty("not_analysed", out _)); // absent means analysed
    }

    [Fact]
    public void Markdown_brief_has_a_line_for_the_report_not_analysed()
    {
        var md = MarkdownReportWriter.Write(Analysis.Value);
        Assert.Contains("Not analysed: `c-de.txt` (no language pack for de)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Not analysed: `b-fr.txt`", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_brief_has_a_line_for_the_report_not_analysed()
    {
        var html = HtmlReportWriter.Write(Analysis.Value);
        Assert.Contains("<p class=\"not-analysed\">Not analysed: <code>c-de.txt</code> (no language pack for de)", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"not-analysed\""));
    }

    [Fact]
    public void The_report_view_says_whether_the_report_was_analysed()
    {
        var german = Analysis.Value.Reports.Single(r => r.Id == "c-de.txt");
        using var doc = JsonDocument.Parse(ReportViewWriter.Write(german, null, null));
        Assert.False(doc.RootElement.GetProperty("analysed").GetBoolean());
        Assert.Equal("no language pack for de", doc.RootElement.GetProperty("not_analysed").GetString());
    }
}
