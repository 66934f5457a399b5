using System.Text;
using Crosscheck.Ingest;

namespace Crosscheck.Tests.Ingest;

public class BadInputTests
{
    private static ReadResult ReadOne(string path, ReadOptions? options = null) =>
        Assert.Single(ReportReader.Read([path], options ?? ReadOptions.Default));

    [Fact]
    public void Empty_file_is_one_problem_naming_it()
    {
        using var dir = new TempFolder();
        var path = dir.Write("empty.txt", "");
        var result = ReadOne(path);
        Assert.Empty(result.Reports);
        Assert.Equal(path, result.Problem!.Origin);
        Assert.Equal("empty file", result.Problem.Reason);
    }

    [Fact]
    public void White_space_only_file_counts_as_empty()
    {
        using var dir = new TempFolder();
        Assert.Equal("empty file", ReadOne(dir.Write("blank.txt", " \n\n\t \r\n")).Problem!.Reason);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3 }, "PNG magic number")]
    [InlineData(new byte[] { (byte)'a', (byte)'b', 0, 0, (byte)'c', (byte)'d', (byte)'e' }, "NUL bytes inside text")]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, (byte)'a', (byte)'b', 0x0E, 0x0F, 0x10, 0x11 }, "mostly control characters")]
    public void Binary_content_is_refused(byte[] content, string why)
    {
        using var dir = new TempFolder();
        var result = ReadOne(dir.Write("data.txt", content));
        Assert.True(result.Problem is not null, why);
        Assert.Equal("binary file, not text", result.Problem!.Reason);
    }

    [Fact]
    public void Latin1_file_is_refused_as_invalid_utf8_with_a_count()
    {
        using var dir = new TempFolder();
        var latin1 = Encoding.Latin1.GetBytes("Le ministre a déclaré à la presse que la réunion était prévue.");
        var result = ReadOne(dir.Write("latin1.txt", latin1));
        Assert.Equal("invalid UTF-8 (6 bad bytes)", result.Problem!.Reason);
    }

    [Fact]
    public void A_single_stray_byte_in_a_long_text_is_replaced_not_fatal()
    {
        using var dir = new TempFolder();
        var text = string.Concat(Enumerable.Repeat("Rescuers searched the rubble through the night. ", 60));
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(" The end.")).ToArray();
        var result = ReadOne(dir.Write("stray.txt", bytes));
        Assert.Null(result.Problem);
        Assert.Contains('\uFFFD', Assert.Single(result.Reports).RawText);
    }

    [Fact]
    public void File_over_the_size_limit_is_refused_without_reading()
    {
        using var dir = new TempFolder();
        var path = dir.Write("big.txt", new string('a', 3000));
        var result = ReadOne(path, ReadOptions.Default with { MaxFileBytes = 1024 });
        Assert.Equal("file too large (2.9 KB > 1 KB limit)", result.Problem!.Reason);
    }

    [Fact]
    public void Size_limit_reads_in_megabytes()
    {
        using var dir = new TempFolder();
        var path = dir.Write("big.txt", new string('a', 3 * 1024 * 1024));
        var result = ReadOne(path, ReadOptions.Default with { MaxFileBytes = 2 * 1024 * 1024 });
        Assert.Equal("file too large (3 MB > 2 MB limit)", result.Problem!.Reason);
    }

    [Fact]
    public void Unreadable_file_reports_permission_denied()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root") return; // root reads anything
        using var dir = new TempFolder();
        var path = dir.Write("secret.txt", "Some report text.");
        File.SetUnixFileMode(path, UnixFileMode.None);
        Assert.Equal("permission denied", ReadOne(path).Problem!.Reason);
    }

    [Fact]
    public void Nonexistent_path_is_a_problem_not_an_exception()
    {
        var result = ReadOne("/nonexistent/crosscheck/report.txt");
        Assert.Equal("no such file or folder", result.Problem!.Reason);
    }

    [Fact]
    public void Folder_without_reports_is_one_problem()
    {
        using var dir = new TempFolder();
        dir.Write("gold.json", "{}");
        dir.Write(".hidden.txt", "A hidden note with text.");
        dir.Write("picture.png", [0x89, 0x50, 0x4E, 0x47]);
        var result = ReadOne(dir.Path);
        Assert.Equal("no reports found", result.Problem!.Reason);
        Assert.Equal(dir.Path, result.Problem.Origin);
    }

    [Fact]
    public void Bad_files_in_a_folder_do_not_stop_the_good_ones()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Floodwaters rose overnight in the valley.");
        dir.Write("b.txt", "");
        dir.Write("c.bin.txt", [0, 1, 2, 3, 0, 0]);
        dir.Write("d.txt", "Officials said the dam held.");
        var results = ReportReader.Read([dir.Path]).ToList();
        Assert.Equal(["a.txt", "d.txt"], results.SelectMany(r => r.Reports).Select(r => r.Id));
        Assert.Equal(["empty file", "binary file, not text"], results.Where(r => r.Problem is not null).Select(r => r.Problem!.Reason));
    }

    [Theory]
    [InlineData("<rss><channel><item><title>x</title></channel></rss>", "feed.rss", "malformed feed")]
    [InlineData("<?xml version=\"1.0\"?><rss><channel><title>Empty</title></channel></rss>", "empty.rss", "feed has no items")]
    [InlineData("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>", "page.html", "no article text found in HTML")]
    [InlineData("{\"title\": \"no text field\"}\nnot json at all\n", "items.jsonl", "no JSON record with text")]
    public void Malformed_structured_input_is_one_problem(string content, string name, string reasonStart)
    {
        using var dir = new TempFolder();
        var result = ReadOne(dir.Write(name, content));
        Assert.Empty(result.Reports);
        Assert.StartsWith(reasonStart, result.Problem!.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Problem.Reason);
    }

    [Fact]
    public void Deeply_broken_html_still_yields_its_text()
    {
        using var dir = new TempFolder();
        var html = "<html><body><div><p>The bridge collapsed on Monday morning, injuring at least six people, police said.<div><p>Rescue teams arrived within the hour, and traffic was diverted for most of the day.</b></i></span>";
        var result = ReadOne(dir.Write("broken.html", html));
        Assert.Null(result.Problem);
        Assert.Contains("bridge collapsed", Assert.Single(result.Reports).RawText, StringComparison.Ordinal);
    }
}
