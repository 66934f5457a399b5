using Crosscheck.Model;
using Crosscheck.Output;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Crosscheck.Tests.Output;

public class MarkdownReportWriterTests
{
    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static string Sample() => MarkdownReportWriter.Write(SampleAnalysis.Build());

    /// <summary>The text of one story's section, so an assertion cannot be met by another story.</summary>
    private static string Story(string md, int number)
    {
        var start = md.IndexOf($"\n## {number}. ", StringComparison.Ordinal);
        Assert.True(start >= 0, $"story {number} not found");
        var end = md.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return end < 0 ? md[start..] : md[start..end];
    }

    private static string Row(string section, string startsWith, string contains) =>
        section.Split('\n').Single(l => l.StartsWith(startsWith, StringComparison.Ordinal) && l.Contains(contains, StringComparison.Ordinal));

    [Fact]
    public void Marks_a_disagreement_on_the_disputed_row_only()
    {
        var flood = Story(MarkdownReportWriter.Write(SampleAnalysis.Build(killedCompatible: false)), 1);
        Assert.Contains("⚠ **sources disagree**", Row(flood, "| E1", "| Killed |"), StringComparison.Ordinal);
        Assert.DoesNotContain("disagree", Row(flood, "| E1", "| Injured |"), StringComparison.Ordinal);
        Assert.DoesNotContain("disagree", Row(flood, "| E1", "| Evacuated |"), StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_that_differ_but_can_all_be_true_say_so_in_plain_words_without_a_warning()
    {
        var flood = Story(Sample(), 1);
        var killed = Row(flood, "| E1", "| Killed |");
        Assert.Contains("figures differ but could all be true (at least 3; 4)", killed, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠", killed, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources disagree", flood, StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_figures_from_a_single_independent_source()
    {
        var flood = Story(Sample(), 1);
        Assert.Contains("single source", Row(flood, "| E1", "| Evacuated |"), StringComparison.Ordinal);
        Assert.DoesNotContain("single source", Row(flood, "| E1", "| Killed |"), StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_sources_in_order_of_first_appearance()
    {
        // The flood's sources are listed late, local, wire, copy: the first citation on the page.
        var flood = Story(Sample(), 1);
        Assert.StartsWith("| 1 | `late.txt`", Row(flood, "| 1 |", "`"), StringComparison.Ordinal);
        Assert.StartsWith("| 2 | `local.txt`", Row(flood, "| 2 |", "`"), StringComparison.Ordinal);
        Assert.StartsWith("| 3 | `wire.txt`", Row(flood, "| 3 |", "`"), StringComparison.Ordinal);
        Assert.StartsWith("| 4 | `copy.txt`", Row(flood, "| 4 |", "`"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_value_cites_the_sources_that_state_it()
    {
        // local (2) says 4; the wire (3) and its copy (4) say at least 3; late (1) gives no figure.
        var killed = Row(Story(Sample(), 1), "| E1", "| Killed |");
        Assert.Contains("| ≥3 [3][4]; 4 [2]; no figure [1] |", killed, StringComparison.Ordinal);
        Assert.Contains("| 3 | 4 | 4 | 2 |", killed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_keeps_its_own_number_and_names_its_original()
    {
        var flood = Story(Sample(), 1);
        var copy = Row(flood, "| 4 |", "`copy.txt`");
        Assert.Contains("| Coastal Wire |", copy, StringComparison.Ordinal);   // counted as the wire, not the outlet
        Assert.EndsWith("| copy of [3] (near) |", copy, StringComparison.Ordinal);
        Assert.EndsWith("| original of [4] |", Row(flood, "| 3 |", "`wire.txt`"), StringComparison.Ordinal);
        Assert.Contains("We have never seen the water this high” [2][4]", flood, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_counts_sources_and_cites_every_figure()
    {
        var summary = Story(Sample(), 1).Split("\n\n")[1];
        Assert.StartsWith("4 reports from 3 independent sources, published 11–12 March 2024 (1 date inferred).", summary, StringComparison.Ordinal);
        Assert.Contains("At least 3 and as many as 4 people were killed (best estimate 4; figures differ but could all be true) [2][3][4].", summary, StringComparison.Ordinal);
        Assert.Contains("More than 1,000 people were evacuated (one independent source only) [1].", summary, StringComparison.Ordinal);
        Assert.Contains("2 reports are copies of one Coastal Wire story and count as one source [3][4].", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources disagree", summary, StringComparison.Ordinal); // "at least 3" and "4" can both be true
        var disputed = Story(MarkdownReportWriter.Write(SampleAnalysis.Build(killedCompatible: false)), 1).Split("\n\n")[1];
        Assert.Contains("Sources disagree on 1 figure: killed (E1).", disputed, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_runs_by_date_with_undated_events_last()
    {
        var flood = Story(Sample(), 1);
        var e1 = flood.IndexOf("- **E1 · Natural disaster · Eastbrook · 10 March 2024**", StringComparison.Ordinal);
        var e2 = flood.IndexOf("- **E2 · Visit · Eastbrook · 11 March 2024**", StringComparison.Ordinal);
        var e3 = flood.IndexOf("- **E3 · Statement**", StringComparison.Ordinal);
        Assert.True(e1 >= 0 && e1 < e2 && e2 < e3, flood);
    }

    [Fact]
    public void Quotes_are_grouped_by_speaker()
    {
        var flood = Story(Sample(), 1);
        Assert.Equal(1, Occurrences(flood, "**Mara Lindqvist**"));
        var speaker = flood.IndexOf("**Mara Lindqvist**", StringComparison.Ordinal);
        var next = flood.IndexOf("**Jon Abara**", StringComparison.Ordinal);
        var second = flood.IndexOf("“Help is on its way” [3]", StringComparison.Ordinal);
        Assert.True(speaker < second && second < next, flood);
    }

    [Fact]
    public void Money_is_formatted_with_its_currency_and_grouping()
    {
        var fire = Story(Sample(), 2);
        var row = Row(fire, "| E1", "| Damage |");
        Assert.Contains("~US$1,500,000 [1]; US$1,000,000–2,000,000 [2]", row, StringComparison.Ordinal);
        Assert.DoesNotContain(".0", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_reports_outside_stories_and_problems()
    {
        var md = Sample();
        Assert.Contains("| `stray.txt` | Council approves budget | Morning Post | 2024-03-12 |", md, StringComparison.Ordinal);
        Assert.Contains("- “The numbers add up” (`stray.txt`)", md, StringComparison.Ordinal);
        Assert.Contains("- `broken.bin`: binary file, not text", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]        // raw HTML would run in some viewers
    [InlineData("Dam *breaks* again", "<em>")]                  // emphasis markers stay literal
    [InlineData("See [this](#elsewhere)", "<a href")]           // no link smuggled in from a source
    [InlineData("Level `rises`", "<code>rises")]
    public void Markup_in_source_text_stays_literal(string text, string mustNotRender)
    {
        var md = MarkdownReportWriter.Write(SampleAnalysis.Build(floodTitle: text, quoteText: text));
        var html = Markdown.ToHtml(md, Gfm);
        Assert.DoesNotContain(mustNotRender, html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(text), html.Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&#39;", "'", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_are_well_formed_even_with_pipes_in_text()
    {
        var analysis = SampleAnalysis.Build(floodTitle: "Flood | live");
        var first = analysis.Reports[0];
        analysis = analysis with { Reports = [first.WithMetadata(first.Metadata with { Title = "Toll rises | 4 dead" }), .. analysis.Reports.Skip(1)] };
        var md = MarkdownReportWriter.Write(analysis);
        var tables = Markdown.Parse(md, Gfm).Descendants<Table>().ToList();

        // Story 1: figures, names, sources; story 2: figures, sources; the report in no story.
        Assert.Equal(6, tables.Count);
        foreach (var table in tables)
        {
            var rows = table.OfType<TableRow>().ToList();
            Assert.True(rows.Count >= 2, "a table with a header and rows");
            Assert.All(rows, r => Assert.Equal(table.ColumnDefinitions.Count, r.Count));
        }
        Assert.Contains("Toll rises \\| 4 dead", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_analysis_says_no_reports_were_read()
    {
        var md = MarkdownReportWriter.Write(new CorpusAnalysis([]));
        Assert.Equal("# Crosscheck report\n\nNo reports were read.\n", md);
    }

    [Fact]
    public void Analysis_with_only_problems_lists_them()
    {
        var md = MarkdownReportWriter.Write(new CorpusAnalysis([]) { Problems = [new InputProblem("empty.txt", "empty file")] });
        Assert.Contains("No reports could be read.", md, StringComparison.Ordinal);
        Assert.Contains("- `empty.txt`: empty file", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Numbers in brackets", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_without_stories_are_still_listed()
    {
        var reports = new[] { new Report("lone.txt", "text") { Title = "Lone report" } };
        var md = MarkdownReportWriter.Write(new CorpusAnalysis(reports));
        Assert.Contains("1 report from 1 independent source · no stories found.", md, StringComparison.Ordinal);
        Assert.Contains("| `lone.txt` | Lone report | — | unknown |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var first = MarkdownReportWriter.Write(SampleAnalysis.Build());
        Assert.Equal(first, MarkdownReportWriter.Write(SampleAnalysis.Build()));
        var analysis = SampleAnalysis.Build();
        Assert.Equal(MarkdownReportWriter.Write(analysis), MarkdownReportWriter.Write(analysis));
    }

    private static int Occurrences(string text, string value)
    {
        var n = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
