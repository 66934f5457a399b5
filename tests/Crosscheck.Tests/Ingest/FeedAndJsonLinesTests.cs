using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Tests.Ingest;

public class FeedAndJsonLinesTests
{
    private static ReadResult Read(string name, string content)
    {
        using var dir = new TempFolder();
        return ReportReader.ReadFile(dir.Write(name, content));
    }

    [Fact]
    public void Rss_items_become_reports_with_metadata_and_stripped_html()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Harbour Gazette</title>
                <item>
                  <title>Ferry runs aground</title>
                  <link>https://gazette.example/ferry</link>
                  <guid>gazette-1001</guid>
                  <pubDate>Tue, 03 Jun 2025 10:15:00 GMT</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>A ferry ran aground on Tuesday.</p><p>All <b>212</b> passengers were safe.</p>]]></content:encoded>
                </item>
                <item>
                  <title>No body here</title>
                </item>
              </channel>
            </rss>
            """;
        var result = Read("news.rss", rss);
        var r = Assert.Single(result.Reports);
        Assert.Equal("gazette-1001", r.Id);
        Assert.Equal("Ferry runs aground", r.Title);
        Assert.Equal("https://gazette.example/ferry", r.Url);
        Assert.Equal("Harbour Gazette", r.Outlet);
        Assert.Equal(new PublishedDate(new DateOnly(2025, 6, 3), DateBasis.Header), r.Published);
        Assert.Equal("A ferry ran aground on Tuesday.\nAll 212 passengers were safe.", r.RawText);
    }

    [Fact]
    public void Atom_entries_are_read()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Mountain Post</title>
              <entry>
                <title type="html">Avalanche &amp;amp; rescue</title>
                <link rel="alternate" href="https://post.example/avalanche"/>
                <id>tag:post.example,2024:77</id>
                <published>2024-01-20T06:00:00+01:00</published>
                <content type="html">&lt;p&gt;An avalanche buried a road on Saturday.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;
        var r = Assert.Single(Read("feed.atom", atom).Reports);
        Assert.Equal("tag:post.example,2024:77", r.Id);
        Assert.Equal("https://post.example/avalanche", r.Url);
        Assert.Equal(new DateOnly(2024, 1, 20), r.Published!.Date);
        Assert.Equal("An avalanche buried a road on Saturday.", r.RawText);
        Assert.Equal("Mountain Post", r.Outlet);
    }

    [Fact]
    public void External_entities_in_a_doctype_are_never_expanded()
    {
        using var dir = new TempFolder();
        var secret = dir.Write("secret.txt", "TOP-SECRET-CONTENT");
        var rss = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{secret}"> <!ENTITY lol "lollollollollollol"> ]>
            <rss version="2.0"><channel><title>T</title>
            <item><title>Item</title><description>Before &xxe; middle &lol; after.</description></item>
            </channel></rss>
            """;
        var result = ReportReader.ReadFile(dir.Write("evil.rss", rss));
        var text = Assert.Single(result.Reports).RawText;
        Assert.DoesNotContain("TOP-SECRET", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", text, StringComparison.Ordinal);
        Assert.StartsWith("Before", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_entities_that_old_rss_declares_in_its_dtd_are_decoded()
    {
        const string rss = """
            <?xml version="1.0"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old&nbsp;Feed</title>
            <item><title>Caf&eacute; fire</title><description>A fire closed the caf&eacute; on Monday.</description></item>
            </channel></rss>
            """;
        var r = Assert.Single(Read("old.xml", rss).Reports);
        Assert.Equal("A fire closed the café on Monday.", r.RawText);
        Assert.Equal("Café fire", r.Title);
    }

    [Fact]
    public void Json_lines_each_line_is_a_report_with_a_stable_id()
    {
        const string jsonl = """
            {"id": "a-1", "title": "Strike halts trains", "text": "Rail workers walked out on Monday.", "date": "2025-05-12", "source": {"name": "Metro Daily"}, "url": "https://m.example/1"}
            {"content": "<p>Talks resumed on Tuesday.</p><p>No deal yet.</p>", "published": "May 13, 2025", "outlet": "City Wire"}

            {"body": "A third item with a body field."}
            """;
        var result = Read("batch.jsonl", jsonl);
        Assert.Null(result.Problem);
        Assert.Equal(["a-1", "batch.jsonl#2", "batch.jsonl#4"], result.Reports.Select(r => r.Id));
        var first = result.Reports[0];
        Assert.Equal("Strike halts trains", first.Title);
        Assert.Equal("Metro Daily", first.Outlet);
        Assert.Equal(new DateOnly(2025, 5, 12), first.Published!.Date);
        Assert.Equal("Talks resumed on Tuesday.\nNo deal yet.", result.Reports[1].RawText);
        Assert.Equal(new DateOnly(2025, 5, 13), result.Reports[1].Published!.Date);
    }

    [Fact]
    public void Bad_json_lines_are_counted_while_good_ones_are_kept()
    {
        var result = Read("mixed.jsonl", "{\"text\": \"Good line.\"}\n{broken\n[1, 2]\n");
        Assert.Single(result.Reports);
        Assert.Equal("2 of 3 records skipped (line 2: not JSON)", result.Problem!.Reason);
    }
}
