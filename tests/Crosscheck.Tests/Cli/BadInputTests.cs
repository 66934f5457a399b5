using System.Text;
using System.Text.Json;
using Crosscheck.Store;

namespace Crosscheck.Tests.Cli;

/// <summary>
/// Bad input end to end through the command: each bad input is exactly one `crosscheck: PATH: reason`
/// line on stderr, the good inputs are still processed, and the exit code says whether anything was.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>A bad input: the PATH argument to pass, the origin its message names, and a fragment of the reason.</summary>
    private sealed record BadInput(string Argument, string Origin, string Reason, string[] ExtraArgs, IDisposable? Hold = null);

    private string Good() => _cli.Write("good/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));

    /// <summary>Builds each kind of bad input inside the test's folder. Null: the case cannot be made here (root reads anything).</summary>
    private BadInput? Make(string kind)
    {
        switch (kind)
        {
            case "empty":
                return Bad(_cli.Write("bad/empty.txt", ""), "empty file");
            case "binary":
                // A PNG header followed by NUL bytes: not text, whatever its name says.
                return Bad(_cli.WriteBytes("bad/photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), "binary file, not text");
            case "invalid-utf8":
                // A legacy (Latin-1) file: every accented letter is an invalid UTF-8 byte.
                return Bad(_cli.WriteBytes("bad/latin1.txt", Encoding.Latin1.GetBytes(
                    "Le préfet a déclaré mardi que la crue était terminée et que les évacués pourraient rentrer à la fin de la semaine.")), "invalid UTF-8");
            case "too-large":
                // 4 KB of ordinary prose against a 1 KB limit: refused for its size alone.
                var big = _cli.Write("bad/long.txt", CliHarness.Article("2025-04-08", "Long", "Valley Post",
                    string.Concat(Enumerable.Repeat(CliHarness.StormBody + " ", 20))));
                return new BadInput(big, big, "file too large", ["--max-file-mb", "0.001"]);
            case "unreadable":
                if (OperatingSystem.IsWindows() || Environment.UserName == "root") return null; // root reads anything
                var secret = _cli.Write("bad/secret.txt", CliHarness.Article("2025-04-08", "Storm", "Coast Radio", CliHarness.StormBody));
                File.SetUnixFileMode(secret, UnixFileMode.None);
                return Bad(secret, "permission denied");
            case "locked":
                // Another process holds the file exclusively: unreadable even for root.
                var locked = _cli.Write("bad/locked.txt", CliHarness.Article("2025-04-08", "Storm", "Coast Radio", CliHarness.StormBody));
                var hold = new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                return new BadInput(locked, locked, "cannot read", [], hold);
            case "missing":
                var missing = Path.Combine(_cli.Root, "bad", "no-such-report.txt");
                return new BadInput(missing, missing, "no such file or folder", []);
            case "empty-folder":
                var folder = _cli.Folder("nothing-here");
                _cli.Write("nothing-here/notes.md", "# my notes\n");  // not a report: skipped, so the folder has none
                return new BadInput(folder, folder, "no reports found", []);
            case "malformed-html":
                // Cut off inside a tag before any article text: the parser recovers, but there is nothing to read.
                return Bad(_cli.Write("bad/page.html",
                    "<!DOCTYPE html><html><head><title>Flood</title><meta property=\"og:site_name\" content=\"Valley Post\"><body><div class=\"article"),
                    "no article text found in HTML");
            case "malformed-rss":
                // A feed truncated mid-item: not well-formed XML.
                return Bad(_cli.Write("bad/feed.rss",
                    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley Post</title><item><title>Flood</title><description>Floodwaters rose"),
                    "malformed feed");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }

        static BadInput Bad(string path, string reason) => new(path, path, reason, []);
    }

    private static string[] Files(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()!).ToArray();
    }

    private static void AssertOneLineFor(CliRun run, BadInput bad)
    {
        var line = Assert.Single(run.ErrorLines, l => l.Contains(bad.Origin, StringComparison.Ordinal));
        Assert.StartsWith($"crosscheck: {bad.Origin}: ", line, StringComparison.Ordinal);
        Assert.Contains(bad.Reason, line, StringComparison.Ordinal);
    }

    public static TheoryData<string> Kinds => new()
    {
        "empty", "binary", "invalid-utf8", "too-large", "unreadable", "locked", "missing", "empty-folder", "malformed-html", "malformed-rss",
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Report_names_the_bad_input_once_and_still_reports_the_good_one(string kind)
    {
        var good = Good();
        var bad = Make(kind);
        if (bad is null) return;
        using var hold = bad.Hold;

        var run = _cli.Run(["report", bad.Argument, good, "-f", "json", .. bad.ExtraArgs]);

        Assert.Equal(0, run.Code);
        Assert.Equal(["flood.txt"], Files(run.Out));
        AssertOneLineFor(run, bad);
        Assert.Single(run.ErrorLines);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Report_of_only_a_bad_input_exits_2_with_nothing_on_stdout(string kind)
    {
        var bad = Make(kind);
        if (bad is null) return;
        using var hold = bad.Hold;

        var run = _cli.Run(["report", bad.Argument, .. bad.ExtraArgs]);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        AssertOneLineFor(run, bad);
        Assert.All(run.ErrorLines, l => Assert.StartsWith("crosscheck: ", l, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Ingest_names_the_bad_input_once_and_stores_the_good_one(string kind)
    {
        var good = Good();
        var bad = Make(kind);
        if (bad is null) return;
        using var hold = bad.Hold;

        var run = _cli.Run(["ingest", bad.Argument, good, "--store", _cli.StorePath, .. bad.ExtraArgs]);

        Assert.Equal(0, run.Code);
        Assert.Contains("1 added, 0 unchanged, 1 rejected", run.Out, StringComparison.Ordinal);
        AssertOneLineFor(run, bad);
        Assert.Single(run.ErrorLines);
        using var store = SqliteReportStore.OpenExisting(_cli.StorePath);
        Assert.Equal(1, store.ReportCount);
    }

    [Fact]
    public void A_folder_mixing_every_kind_of_bad_file_with_good_ones_gives_one_line_per_bad_file()
    {
        var dir = _cli.Folder("mixed");
        _cli.Write("mixed/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Write("mixed/storm.txt", CliHarness.Article("2025-04-08", "Storm hits coast", "Coast Radio", CliHarness.StormBody));
        _cli.Write("mixed/empty.txt", "");
        _cli.WriteBytes("mixed/latin1.txt", Encoding.Latin1.GetBytes("Le préfet a déclaré que la crue était terminée à l'aube."));
        _cli.Write("mixed/page.html", "<html><head><title>x</title><body><div class=\"");
        _cli.Write("mixed/feed.rss", "<rss version=\"2.0\"><channel><item><title>Flood");

        var run = _cli.Run("report", dir, "-f", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal(["flood.txt", "storm.txt"], Files(run.Out).Order(StringComparer.Ordinal));
        Assert.Equal(4, run.ErrorLines.Count);
        foreach (var name in (string[])["empty.txt", "latin1.txt", "page.html", "feed.rss"])
            Assert.Single(run.ErrorLines, l => l.StartsWith($"crosscheck: {Path.Combine(dir, name)}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_html_that_still_has_text_is_read()
    {
        // Unclosed paragraphs and a stray closing tag: browsers and the reader recover the text.
        var page = _cli.Write("page.html",
            "<html><head><title>Valley flood kills two</title></head><body><article><p>" + CliHarness.FloodBody + "<p>Rescue teams searched the valley.</div></body>");

        var run = _cli.Run("report", page, "-f", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal(["page.html"], Files(run.Out));
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Max_file_mb_lets_through_files_under_the_limit()
    {
        var good = Good(); // a few hundred bytes

        var run = _cli.Run("report", good, "-f", "json", "--max-file-mb", "0.01");

        Assert.Equal(0, run.Code);
        Assert.Equal(["flood.txt"], Files(run.Out));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("lots")]
    public void Max_file_mb_must_be_a_positive_number(string value)
    {
        var run = _cli.Run("report", Good(), "--max-file-mb", value);

        Assert.Equal(2, run.Code);
        Assert.Contains("--max-file-mb", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("ingest")]
    public void Max_file_mb_is_documented_in_help(string command)
    {
        var run = _cli.Run(command, "--help");

        Assert.Contains("--max-file-mb", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { }, "empty file")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 }, "binary file, not text")]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x20, 0x64, 0xE9, 0x6A, 0xE0 }, "invalid UTF-8")] // "café déjà" in Latin-1
    public void Bad_stdin_is_one_line_naming_stdin_and_exits_2(byte[] stdin, string reason)
    {
        var run = _cli.RunWithStdin(stdin, "report", "-");

        Assert.Equal(2, run.Code);
        var line = Assert.Single(run.ErrorLines, l => l.StartsWith("crosscheck: stdin: ", StringComparison.Ordinal));
        Assert.Contains(reason, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_over_the_size_limit_is_refused()
    {
        var text = CliHarness.Article("2025-04-08", "Long", "Valley Post", string.Concat(Enumerable.Repeat(CliHarness.StormBody + " ", 20)));

        var run = _cli.RunWithStdin(text, "report", "-", "--max-file-mb", "0.001");

        Assert.Equal(2, run.Code);
        Assert.Single(run.ErrorLines, l => l.StartsWith("crosscheck: stdin: ", StringComparison.Ordinal) && l.Contains("too large", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<html><head><title>Valley flood</title><meta property=\"og:site_name\" content=\"Valley Post\"></head><body><article><p>{0}</p></article></body></html>", "Valley Post")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Valley Post</title><item><title>Valley flood</title><pubDate>Tue, 08 Apr 2025 09:00:00 GMT</pubDate><description>{0}</description></item></channel></rss>", null)]
    [InlineData("{{\"title\": \"Valley flood\", \"source\": \"Valley Post\", \"date\": \"2025-04-08\", \"text\": \"{0}\"}}", "Valley Post")]
    public void Stdin_is_sniffed_like_a_file(string template, string? outlet)
    {
        var body = CliHarness.FloodBody.Replace("\"", "'", StringComparison.Ordinal);
        var stdin = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, System.Security.SecurityElement.Escape(body));

        var run = _cli.RunWithStdin(stdin, "report", "-", "-f", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var article = Assert.Single(doc.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal("Valley flood", article.GetProperty("title").GetString());
        if (outlet is not null) Assert.Equal(outlet, article.GetProperty("outlet").GetString());
    }

    [Fact]
    public void Ingest_of_only_bad_files_leaves_an_existing_store_byte_for_byte_intact()
    {
        _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Write("in/storm.txt", CliHarness.Article("2025-04-08", "Storm hits coast", "Coast Radio", CliHarness.StormBody));
        Assert.Equal(0, _cli.Run("ingest", Path.Combine(_cli.Root, "in"), "--store", _cli.StorePath).Code);
        var before = File.ReadAllBytes(_cli.StorePath);
        var storiesBefore = _cli.Run("stories", "--store", _cli.StorePath, "-f", "json").Out;
        _cli.Write("bad/empty.txt", "");
        _cli.WriteBytes("bad/binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0]);
        _cli.WriteBytes("bad/latin1.txt", Encoding.Latin1.GetBytes("Le préfet a déclaré que la crue était terminée à l'aube."));

        var run = _cli.Run("ingest", Path.Combine(_cli.Root, "bad"), Path.Combine(_cli.Root, "missing.txt"), "--store", _cli.StorePath);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal(4, run.ErrorLines.Count(l => l.Contains(_cli.Root, StringComparison.Ordinal)));
        Assert.Equal(before, File.ReadAllBytes(_cli.StorePath));
        Assert.Equal(storiesBefore, _cli.Run("stories", "--store", _cli.StorePath, "-f", "json").Out);
    }

    [Fact]
    public void Ingest_with_bad_files_among_known_ones_changes_nothing_in_the_store()
    {
        var input = Path.Combine(_cli.Root, "in");
        _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        Assert.Equal(0, _cli.Run("ingest", input, "--store", _cli.StorePath).Code);
        long version;
        using (var store = SqliteReportStore.OpenExisting(_cli.StorePath)) version = store.LoadCorpus().Version;
        _cli.Write("in/empty.txt", "");

        var run = _cli.Run("ingest", input, "--store", _cli.StorePath);

        Assert.Equal(0, run.Code);
        Assert.Contains("0 added, 1 unchanged, 1 rejected", run.Out, StringComparison.Ordinal);
        using var after = SqliteReportStore.OpenExisting(_cli.StorePath);
        Assert.Equal(version, after.LoadCorpus().Version);
        Assert.Equal(1, after.ReportCount);
    }
}
