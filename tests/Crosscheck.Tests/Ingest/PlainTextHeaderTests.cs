using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Tests.Ingest;

public class PlainTextHeaderTests
{
    private static Report ReadText(string content, string name = "r.txt")
    {
        using var dir = new TempFolder();
        var result = ReportReader.ReadFile(dir.Write(name, content));
        Assert.Null(result.Problem);
        return Assert.Single(result.Reports);
    }

    [Fact]
    public void Full_header_fills_metadata_and_stays_out_of_the_text()
    {
        var r = ReadText("date 2024-11-05\ntitle Storm cuts power to thousands\nsource The Coastal Herald\nurl https://example.org/storm\n\nA storm cut power to 12,000 homes.\nCrews worked overnight.\n");
        Assert.Equal(new PublishedDate(new DateOnly(2024, 11, 5), DateBasis.Header), r.Published);
        Assert.Equal("Storm cuts power to thousands", r.Title);
        Assert.Equal("The Coastal Herald", r.Outlet);
        Assert.Equal("https://example.org/storm", r.Url);
        Assert.StartsWith("A storm cut power", r.RawText, StringComparison.Ordinal);
        Assert.DoesNotContain("date 2024", r.RawText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" date 2025-02-14 Officials said on Friday that the river had peaked.\n\nMore rain is expected.", "Officials said on Friday")]
    [InlineData("date 2025-02-14 Officials said on Friday that the river had peaked.", "Officials said on Friday")]
    [InlineData("date: 2025-02-14\n\nOfficials said on Friday that the river had peaked.", "Officials said on Friday")]
    [InlineData("Date 2025-02-14\nOfficials said on Friday that the river had peaked.", "Officials said on Friday")]
    [InlineData("\n\ndate 2025-02-14\n\n\nOfficials said on Friday that the river had peaked.", "Officials said on Friday")]
    public void Header_date_variants_are_stripped_and_parsed(string content, string bodyStart)
    {
        var r = ReadText(content);
        Assert.Equal(new DateOnly(2025, 2, 14), r.Published!.Date);
        Assert.StartsWith(bodyStart, r.RawText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Date night was cancelled as the storm hit.\nResidents stayed home.", "a prose line that starts with the word Date")]
    [InlineData("title fights are rarely this close, the promoter said.\nThe rematch is set.", "a header-like word without a blank line is prose")]
    [InlineData("date 2025-13-45 is not a date.\n\nBody.", "an impossible date")]
    public void Prose_that_looks_like_a_header_is_kept(string content, string why)
    {
        var r = ReadText(content);
        Assert.True(r.Published is null, why);
        Assert.Equal(content, r.RawText);
    }

    [Fact]
    public void A_headline_line_before_a_blank_line_becomes_the_title()
    {
        var r = ReadText("Floods force thousands from their homes\n\nHeavy rain swelled rivers across the region on Sunday.\nThe army was deployed.");
        Assert.Equal("Floods force thousands from their homes", r.Title);
        Assert.StartsWith("Heavy rain", r.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_sentence_is_not_mistaken_for_a_headline()
    {
        var r = ReadText("Heavy rain swelled rivers on Sunday.\n\nThe army was deployed.");
        Assert.Null(r.Title);
        Assert.StartsWith("Heavy rain", r.RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_is_the_file_name_and_origin_the_path()
    {
        using var dir = new TempFolder();
        var path = dir.Write("017_report.txt", "Some text.");
        var r = Assert.Single(ReportReader.ReadFile(path).Reports);
        Assert.Equal("017_report.txt", r.Id);
        Assert.Equal(path, r.Origin);
    }

    [Fact]
    public void Same_file_name_in_two_subfolders_gets_distinct_ids()
    {
        using var dir = new TempFolder();
        dir.Write("a/index.txt", "First report text.");
        dir.Write("b/index.txt", "Second report text.");
        var ids = ReportReader.Read([dir.Path]).SelectMany(r => r.Reports).Select(r => r.Id).ToList();
        Assert.Equal(["index.txt", "b/index.txt"], ids);
    }

    [Fact]
    public void Folders_are_read_recursively_skipping_hidden_gold_and_non_report_files()
    {
        using var dir = new TempFolder();
        dir.Write("one.txt", "Report one.");
        dir.Write("sub/two.html", "<html><body><p>Report two is a paragraph with enough words in it to count.</p></body></html>");
        dir.Write(".git/config.txt", "not a report");
        dir.Write("gold.json", "{\"articles\": []}");
        dir.Write("notes.md", "# notes");
        dir.Write("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0]);
        var ids = ReportReader.Read([dir.Path]).SelectMany(r => r.Reports).Select(r => r.Id).ToList();
        Assert.Equal(["one.txt", "two.html"], ids);
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        using var input = new MemoryStream("date 2025-03-01\n\nA quake shook the coast."u8.ToArray());
        var result = Assert.Single(ReportReader.Read(["-"], ReadOptions.Default, () => input));
        var r = Assert.Single(result.Reports);
        Assert.Equal("stdin", r.Id);
        Assert.Equal(new DateOnly(2025, 3, 1), r.Published!.Date);
    }

    [Fact]
    public void Content_hash_is_stable_and_differs_with_content()
    {
        using var dir = new TempFolder();
        var a = ReportReader.ReadFile(dir.Write("a.txt", "Same text."));
        var b = ReportReader.ReadFile(dir.Write("b.txt", "Same text."));
        var c = ReportReader.ReadFile(dir.Write("c.txt", "Other text."));
        Assert.Equal(64, a.ContentHash!.Length);
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(a.ContentHash, c.ContentHash);
        Assert.Equal(ReportReader.ContentHash(a.Reports[0]), ReportReader.ContentHash(b.Reports[0]));
    }

    [Fact]
    public void Utf8_bom_and_crlf_are_tolerated()
    {
        var r = ReadText("\uFEFFdate 2025-01-02\r\n\r\nLine one.\r\nLine two.");
        Assert.Equal(new DateOnly(2025, 1, 2), r.Published!.Date);
        Assert.StartsWith("Line one.", r.RawText, StringComparison.Ordinal);
    }
}
