using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Tests.Ingest;

/// <summary>Gold snippets on hand-written pages: what the main text must contain and must not.</summary>
public class HtmlExtractionTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <title>Dam breach floods farmland | Valley Tribune</title>
          <meta property="og:title" content="Dam breach floods farmland downstream">
          <meta property="og:site_name" content="Valley Tribune">
          <meta property="article:published_time" content="2024-09-18T22:40:00-05:00">
          <meta name="author" content="Maria Lopez">
          <link rel="canonical" href="https://tribune.example/news/dam-breach">
          <script>var tracking = "Share this article on every network";</script>
          <style>.x { color: red }</style>
        </head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
          <div class="layout">
            <main>
              <article class="story-body">
                <h1>Dam breach floods farmland downstream</h1>
                <p>An earthen dam gave way early on Wednesday, sending water across more than 2,000 hectares of farmland, county officials said.</p>
                <figure><img src="a.jpg"><figcaption>Water covers a road near the dam. Photo: J. Smith/Valley Tribune</figcaption></figure>
                <p>No deaths were reported, but 140 residents were evacuated to a school gym, where volunteers served meals through the night.</p>
                <h2>Warnings ignored</h2>
                <p>Engineers had warned in March that the spillway was cracked, according to a report seen by the newspaper.</p>
                <p>"We told them this could happen," said one engineer, who asked not to be named.</p>
                <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
              </article>
            </main>
            <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Mayor resigns after scandal over budget</a></li><li><a href="/b">Local team wins the championship final</a></li></ul></aside>
          </div>
          <section id="comments" class="comments"><p>Great article, thanks for sharing this with all of us, really.</p><p>I disagree with everything, as usual, because that is my hobby.</p></section>
          <footer><p>Copyright 2024 Valley Tribune. All rights reserved. Contact us, advertise, careers.</p></footer>
        </body>
        </html>
        """;

    private static Report ReadHtml(string html, string name = "page.html")
    {
        using var dir = new TempFolder();
        var result = ReportReader.ReadFile(dir.Write(name, html));
        Assert.Null(result.Problem);
        return Assert.Single(result.Reports);
    }

    [Theory]
    [InlineData("An earthen dam gave way early on Wednesday")]
    [InlineData("140 residents were evacuated")]
    [InlineData("Warnings ignored")]
    [InlineData("Engineers had warned in March")]
    [InlineData("\"We told them this could happen,\" said one engineer")]
    public void Main_text_contains_the_article(string snippet)
    {
        Assert.Contains(snippet, ReadHtml(NewsPage).RawText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Home", "navigation")]
    [InlineData("Mayor resigns", "sidebar links")]
    [InlineData("Great article", "reader comments")]
    [InlineData("All rights reserved", "footer")]
    [InlineData("Water covers a road", "figure caption")]
    [InlineData("tracking", "script")]
    [InlineData("color: red", "style")]
    [InlineData("Facebook", "share bar")]
    public void Main_text_leaves_out_boilerplate(string snippet, string what)
    {
        var text = ReadHtml(NewsPage).RawText;
        Assert.False(text.Contains(snippet, StringComparison.Ordinal), $"{what} leaked into the text");
    }

    [Fact]
    public void Paragraphs_are_separate_lines_and_the_headline_is_not_repeated()
    {
        var lines = ReadHtml(NewsPage).RawText.Split('\n');
        Assert.StartsWith("An earthen dam", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("No deaths were reported", StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_comes_from_meta_tags()
    {
        var r = ReadHtml(NewsPage);
        Assert.Equal("Dam breach floods farmland downstream", r.Title);
        Assert.Equal("Valley Tribune", r.Outlet);
        Assert.Equal("https://tribune.example/news/dam-breach", r.Url);
        // The date as the page wrote it (local evening), not shifted to UTC.
        Assert.Equal(new PublishedDate(new DateOnly(2024, 9, 18), DateBasis.Header), r.Published);
        Assert.EndsWith("By Maria Lopez", r.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ld_supplies_what_meta_tags_lack()
    {
        const string html = """
            <html><head><title>Quake hits coast - Pacific Wire Daily</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
             {"@type":"NewsArticle","headline":"Quake hits coast","datePublished":"2023-04-02T08:00:00Z",
              "publisher":{"@type":"Organization","name":"Pacific Wire Daily"},"author":[{"@type":"Person","name":"Ken Sato"}]}]}
            </script></head>
            <body><div class="content"><p>A magnitude 6.1 earthquake struck off the coast on Sunday, the geological agency said.</p>
            <p>There were no immediate reports of damage, and no tsunami warning was issued.</p></div></body></html>
            """;
        var r = ReadHtml(html);
        Assert.Equal("Quake hits coast", r.Title);
        Assert.Equal("Pacific Wire Daily", r.Outlet);
        Assert.Equal(new DateOnly(2023, 4, 2), r.Published!.Date);
        Assert.Contains("magnitude 6.1", r.RawText, StringComparison.Ordinal);
        Assert.Contains("By Ken Sato", r.RawText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta property=\"og:url\" content=\"https://example.org/news/2021/06/14/river-levels-fall/\">", "", "2021-06-14")] // the URL path
    [InlineData("", "<p class=\"meta\">Veröffentlicht am 14.06.2021, 10:12 Uhr</p>", "2021-06-14")]                          // printed by the headline
    [InlineData("<meta property=\"og:updated_time\" content=\"2021-06-15T09:00:00+02:00\">", "", "2021-06-15")]           // only a modification date
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\",\"datePublished\":\"20210614T08:00:00Z\"}</script>", "", "2021-06-14")] // ISO basic format
    public void A_page_without_a_published_meta_tag_is_dated_from_its_url_text_or_last_edit(string head, string byline, string expected)
    {
        var html = $"""
            <html><head><title>River levels fall</title>{head}</head>
            <body><article><h1>River levels fall</h1>{byline}
            <p>River levels fell for a third day on Monday, and the authorities lifted the flood warning for the valley.</p>
            <p>Residents returned to their homes, and the clean-up began in the lower town, officials said.</p></article></body></html>
            """;
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ReadHtml(html).Published!.Date);
    }

    [Fact]
    public void A_dotted_number_that_is_no_calendar_day_or_a_slashed_date_gives_no_date()
    {
        const string html = """
            <html><head><title>River levels fall</title></head>
            <body><article><p>Version 3.14.2021 of the app is out; the report of 03/04/2021 was updated, officials said on Monday.</p>
            <p>River levels fell for a third day, and the authorities lifted the flood warning for the valley.</p></article></body></html>
            """;
        Assert.Null(ReadHtml(html).Published);
    }

    [Fact]
    public void A_page_whose_body_cannot_be_found_keeps_its_summary_as_text()
    {
        const string html = """
            <html><head><title>River levels fall</title><meta name="description" content="River levels fell for a third day on Monday.">
            <meta property="article:published_time" content="2021-06-14"></head>
            <body><div id="app"></div><script>render()</script></body></html>
            """;
        var r = ReadHtml(html);
        Assert.Equal("River levels fell for a third day on Monday.", r.RawText.Trim());
        Assert.Equal(new DateOnly(2021, 6, 14), r.Published!.Date);
    }

    [Fact]
    public void Title_tag_loses_its_site_suffix_and_time_element_gives_the_date()
    {
        const string html = """
            <html><head><title>Council approves new budget | City Courier</title>
            <meta property="og:site_name" content="City Courier"></head>
            <body><article><time datetime="2022-12-01">1 Dec</time>
            <p>The council approved a budget of 40 million on Thursday, after a debate that lasted six hours.</p></article></body></html>
            """;
        var r = ReadHtml(html);
        Assert.Equal("Council approves new budget", r.Title);
        Assert.Equal(new DateOnly(2022, 12, 1), r.Published!.Date);
    }

    [Fact]
    public void Article_split_over_sibling_blocks_is_kept_whole()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<div class=\"para-block\"><p>Paragraph {i} tells part of the story, with commas, details, and enough words to be prose.</p></div>"));
        var html = $"<html><body><div id=\"nav\"><a href=\"/\">Home</a></div><div class=\"article-wrap\">{paragraphs}</div>" +
                   "<div class=\"related\"><p><a href=\"/x\">Another story you might like to read today</a></p></div></body></html>";
        var text = ReadHtml(html).RawText;
        for (var i = 1; i <= 6; i++) Assert.Contains($"Paragraph {i} tells", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Another story", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_recognised_by_content_whatever_the_extension()
    {
        var r = ReadHtml("<!DOCTYPE html><html><body><p>The ferry sank near the harbour on Friday, and 30 passengers were rescued by fishermen.</p></body></html>", "saved-page.txt");
        Assert.StartsWith("The ferry sank", r.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_scripts_do_not_make_the_article_container_look_small()
    {
        // Regression: scripts were counted in the page's text, so the article's "with-sidebar" wrapper
        // held under half of it and was pruned as a sidebar.
        var script = "<script>" + new string('x', 20000) + "</script>";
        var html = $"<html><body>{script}<div class=\"layout with-sidebar\"><div class=\"post\">" +
                   "<p>The vote was postponed until next week, the speaker said, citing a lack of quorum.</p>" +
                   "<p>Opposition members walked out in protest, and the session was closed after an hour.</p></div></div></body></html>";
        var text = ReadHtml(html).RawText;
        Assert.Contains("The vote was postponed", text, StringComparison.Ordinal);
        Assert.Contains("Opposition members walked out", text, StringComparison.Ordinal);
    }
}
