using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Crosscheck.Model;
using Crosscheck.Output;

namespace Crosscheck.Tests.Output;

public class HtmlReportWriterTests
{
    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IDocument Sample() => Parse(HtmlReportWriter.Write(SampleAnalysis.Build()));

    private static IElement FigureRow(IDocument doc, int story, string figure) =>
        doc.QuerySelectorAll($"#story-{story} table.figures tbody tr").Single(tr => tr.Children[1].TextContent == figure);

    [Fact]
    public void Script_in_a_title_or_quote_comes_out_as_text()
    {
        const string Attack = "<script>alert('x')</script>";
        var html = HtmlReportWriter.Write(SampleAnalysis.Build(floodTitle: Attack, quoteText: Attack));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);

        var doc = Parse(html);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Equal("1. " + Attack, doc.QuerySelector("#story-1 h2")!.TextContent);
        Assert.Equal("Crosscheck: " + Attack + " and 1 more story", doc.Title);
        Assert.Contains(doc.QuerySelectorAll("#story-1 blockquote"), q => q.TextContent.Contains(Attack, StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_tooltips_are_encoded_inside_attributes()
    {
        var analysis = SampleAnalysis.Build();
        var flood = analysis.Stories[0].Events.Single(e => e.Id == "flood");
        var stories = analysis.Stories.ToList();
        stories[0] = stories[0] with
        {
            Events = [flood with { Citations = [new Citation(SampleAnalysis.Local, new TextSpan(0, 5), "He said \"run\" & <left>")] }],
        };
        var doc = Parse(HtmlReportWriter.Write(analysis with { Stories = stories }));
        var link = doc.QuerySelector("#s1-e1 p a.cite[href='#s1-src-2']")!;
        Assert.Equal("He said \"run\" & <left>", link.GetAttribute("title"));
    }

    [Fact]
    public void Every_citation_links_to_a_row_of_its_story_sources()
    {
        var doc = Sample();
        var links = doc.QuerySelectorAll("a.cite").ToList();
        Assert.NotEmpty(links);
        foreach (var a in links)
        {
            var target = doc.GetElementById(a.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(target);
            Assert.Equal("TR", target!.TagName);
            Assert.Equal(a.TextContent.Trim('[', ']'), target.Children[0].TextContent);
        }
        // local.txt is the flood story's second source, and states the 4 killed.
        Assert.Contains("local.txt", doc.GetElementById("s1-src-2")!.TextContent, StringComparison.Ordinal);
        var four = FigureRow(doc, 1, "Killed").Children[2].InnerHtml;
        Assert.Contains("4 <a class=\"cite\" href=\"#s1-src-2\"", four, StringComparison.Ordinal);
    }

    [Fact]
    public void Citation_anchors_are_unique_per_story()
    {
        var doc = Sample();
        // Both stories have a source [1]; each must link within its own story.
        Assert.Contains("late.txt", doc.GetElementById("s1-src-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("fire-a.txt", doc.GetElementById("s2-src-1")!.TextContent, StringComparison.Ordinal);
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Conflict_row_is_highlighted_and_labelled()
    {
        var doc = Parse(HtmlReportWriter.Write(SampleAnalysis.Build(killedCompatible: false)));
        var killed = FigureRow(doc, 1, "Killed");
        Assert.Contains("conflict", killed.ClassList);
        Assert.Contains("⚠ sources disagree", killed.TextContent, StringComparison.Ordinal);
        var compatible = FigureRow(Sample(), 1, "Killed");
        Assert.DoesNotContain("conflict", compatible.ClassList);
        Assert.Contains("figures differ but could all be true (at least 3; 4)", compatible.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("conflict", FigureRow(doc, 1, "Injured").ClassList);
        var evacuated = FigureRow(doc, 1, "Evacuated");
        Assert.DoesNotContain("conflict", evacuated.ClassList);
        Assert.Contains("single", evacuated.ClassList);
        Assert.Contains("tr.conflict td{background", doc.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_are_marked_with_their_original()
    {
        var doc = Sample();
        var copy = doc.GetElementById("s1-src-4")!;
        Assert.Contains("copy.txt", copy.TextContent, StringComparison.Ordinal);
        Assert.Equal("copy of [3] (near)", copy.Children[5].TextContent);
        Assert.Equal("#s1-src-3", copy.Children[5].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Coastal Wire", copy.Children[3].TextContent);
    }

    [Fact]
    public void Page_is_self_contained_and_fits_a_phone()
    {
        var html = HtmlReportWriter.Write(SampleAnalysis.Build());
        var doc = Parse(html);
        Assert.Empty(doc.QuerySelectorAll("script, link, img, iframe, object, [src]"));
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("width=device-width, initial-scale=1", doc.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        Assert.Contains("@media print", doc.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        // Wide tables scroll inside their own box rather than widening the page.
        Assert.All(doc.QuerySelectorAll("table"), t => Assert.Equal("table-wrap", t.ParentElement!.ClassName));
    }

    [Fact]
    public void Timeline_lists_events_with_figures_and_citations()
    {
        var doc = Parse(HtmlReportWriter.Write(SampleAnalysis.Build(killedCompatible: false)));
        var items = doc.QuerySelectorAll("#story-1 ol.timeline > li").ToList();
        Assert.Equal(["s1-e1", "s1-e2", "s1-e3"], items.Select(i => i.Id));
        Assert.Equal("E1 · 10 March 2024", items[0].QuerySelector(".when")!.TextContent);
        var toll = items[0].QuerySelector("ul.facts li.conflict")!;
        Assert.StartsWith("⚠ At least 3 and as many as 4 people were killed", toll.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("[2][3][4]", toll.TextContent, StringComparison.Ordinal);
        Assert.Equal("E3 · date unknown", items[2].QuerySelector(".when")!.TextContent);
    }

    [Fact]
    public void Empty_analysis_is_a_valid_page_saying_no_reports()
    {
        var html = HtmlReportWriter.Write(new CorpusAnalysis([]));
        var doc = Parse(html);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal("No reports were read.", doc.QuerySelector("header p.meta")!.TextContent);
        Assert.Empty(doc.QuerySelectorAll("article, table"));
    }

    [Fact]
    public void Problems_are_listed()
    {
        var doc = Sample();
        Assert.Equal("broken.bin: binary file, not text", doc.QuerySelector("#problems li")!.TextContent);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(HtmlReportWriter.Write(SampleAnalysis.Build()), HtmlReportWriter.Write(SampleAnalysis.Build()));
    }
}
