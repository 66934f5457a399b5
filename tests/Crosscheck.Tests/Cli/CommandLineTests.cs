using System.Text.Json;
using Crosscheck.Store;

namespace Crosscheck.Tests.Cli;

public sealed class CommandLineTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string[] Files(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()!).ToArray();
    }

    [Theory]
    [InlineData(new string[] { }, "crosscheck")]                  // the root lists the commands and exit codes
    [InlineData(new[] { "report" }, "report")]
    [InlineData(new[] { "ingest" }, "ingest")]
    [InlineData(new[] { "stories" }, "stories")]
    [InlineData(new[] { "show" }, "show")]
    [InlineData(new[] { "demo" }, "demo")]
    [InlineData(new[] { "pipeline" }, "pipeline")]
    public void Help_on_every_command_exits_0_and_names_the_command(string[] command, string name)
    {
        var run = _cli.Run([.. command, "--help"]);

        Assert.Equal(0, run.Code);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains($"crosscheck {(command.Length == 0 ? "" : name)}".TrimEnd(), run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_help_documents_exit_codes_and_the_default_store()
    {
        var run = _cli.Run("--help");

        Assert.Contains("Exit codes", run.Out, StringComparison.Ordinal);
        Assert.Contains("CROSSCHECK_STORE", run.Out, StringComparison.Ordinal);
        Assert.Contains("XDG_DATA_HOME", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_a_version_and_exits_0()
    {
        var run = _cli.Run("--version");

        Assert.Equal(0, run.Code);
        Assert.Matches(@"^\d+\.\d+", run.Out);
    }

    [Theory]
    [InlineData("bogus")]                         // unknown command
    [InlineData("report")]                        // missing PATH
    [InlineData("report", "x.txt", "--format", "pdf")] // a format that does not exist
    public void Usage_errors_exit_2(params string[] args)
    {
        Assert.Equal(2, _cli.Run(args).Code);
    }

    [Theory]
    [InlineData(new[] { "report", "in", "--fromat", "json" }, "unknown option `--fromat` for `report` (did you mean --format?)")]
    [InlineData(new[] { "ingest", "in", "--bogus" }, "unknown option `--bogus` for `ingest`")]
    [InlineData(new[] { "reprot", "in" }, "unknown command `reprot` (did you mean report?)")]
    [InlineData(new[] { "stories", "--sotre", "x.db" }, "unknown option `--sotre` for `stories` (did you mean --store?)")]
    [InlineData(new[] { "report", "in", "--format=jsn" }, "`jsn` is not a value of --format (one of html, json, md) (did you mean json?)")]
    [InlineData(new[] { "report" }, "`report` needs PATH")]
    public void A_misspelled_option_or_command_is_refused_with_a_suggestion_before_anything_runs(string[] args, string problem)
    {
        _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Environment["CROSSCHECK_STORE"] = _cli.StorePath;
        var run = _cli.Run([.. args.Select(a => a == "in" ? Path.Combine(_cli.Root, "in") : a)]);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal($"crosscheck: {problem}", run.ErrorLines[0]);
        Assert.StartsWith("crosscheck: see `crosscheck", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.StorePath)); // refused before a store is opened
    }

    [Fact]
    public void After_a_double_dash_a_word_with_a_dash_is_a_path_not_an_option()
    {
        var flood = _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        var run = _cli.Run("report", "--format", "json", "--", "-missing.txt", flood);

        Assert.Equal(0, run.Code);
        Assert.Equal(["flood.txt"], Files(run.Out));
        Assert.Contains(run.ErrorLines, l => l.Contains("-missing.txt: no such file or folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Edit_distance_counts_a_swap_of_neighbours_as_one_typo()
    {
        Assert.Equal(1, Crosscheck.Text.Spelling.Distance("fromat", "format"));
        Assert.Equal(1, Crosscheck.Text.Spelling.Distance("jsn", "json"));
        Assert.Equal(2, Crosscheck.Text.Spelling.Distance("pdf", "md"));
    }

    [Fact]
    public void Report_on_a_folder_prints_every_report_as_json()
    {
        _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Write("in/sub/storm.txt", CliHarness.Article("2025-04-08", "Storm hits coast", "Coast Radio", CliHarness.StormBody));

        var run = _cli.Run("report", Path.Combine(_cli.Root, "in"), "--format", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal(["flood.txt", "storm.txt"], Files(run.Out).Order(StringComparer.Ordinal));
        Assert.Equal("", run.Error);
    }

    [Theory]
    [InlineData("md")]
    [InlineData("html")]
    public void Report_prints_the_other_formats(string format)
    {
        var file = _cli.Write("flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));

        var run = _cli.Run("report", file, "-f", format);

        Assert.Equal(0, run.Code);
        Assert.False(string.IsNullOrWhiteSpace(run.Out));
        if (format == "html") Assert.Contains("<html", run.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Report_on_an_empty_folder_exits_2_with_one_line_naming_the_folder()
    {
        var empty = _cli.Folder("empty");

        var run = _cli.Run("report", empty);

        Assert.Equal(2, run.Code);
        Assert.Equal("", run.Out);
        var line = Assert.Single(run.ErrorLines, l => l.Contains(empty, StringComparison.Ordinal));
        Assert.StartsWith("crosscheck: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_on_a_missing_path_exits_2_naming_it()
    {
        var missing = Path.Combine(_cli.Root, "no-such-file.txt");

        var run = _cli.Run("report", missing);

        Assert.Equal(2, run.Code);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("crosscheck: ", StringComparison.Ordinal) && l.Contains("no-such-file.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_processes_the_good_files_when_others_are_missing_and_exits_0()
    {
        var good = _cli.Write("flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        var missing = Path.Combine(_cli.Root, "gone.txt");

        var run = _cli.Run("report", missing, good, "-f", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal(["flood.txt"], Files(run.Out));
        Assert.Single(run.ErrorLines, l => l.Contains("gone.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_files_are_reported_one_line_each_while_the_others_are_processed()
    {
        _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Write("in/empty.txt", "");
        _cli.WriteBytes("in/binary.txt", [0x00, 0xFF, 0x10, 0x00, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0xC3, 0x28, 0x00]);

        var run = _cli.Run("report", Path.Combine(_cli.Root, "in"), "-f", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal(["flood.txt"], Files(run.Out));
        Assert.Single(run.ErrorLines, l => l.StartsWith("crosscheck: ", StringComparison.Ordinal) && l.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Single(run.ErrorLines, l => l.StartsWith("crosscheck: ", StringComparison.Ordinal) && l.Contains("binary.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_reads_one_report_from_stdin_for_dash()
    {
        var run = _cli.RunWithStdin(CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody), "report", "-", "-f", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal(["stdin"], Files(run.Out));
    }

    [Fact]
    public void Report_gives_distinct_ids_to_different_files_with_the_same_name()
    {
        _cli.Write("a/report.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Write("b/report.txt", CliHarness.Article("2025-04-08", "Storm hits coast", "Coast Radio", CliHarness.StormBody));

        var run = _cli.Run("report", Path.Combine(_cli.Root, "a"), Path.Combine(_cli.Root, "b"), "-f", "json");

        Assert.Equal(0, run.Code);
        var files = Files(run.Out);
        Assert.Equal(2, files.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("report.txt", files);
    }

    [Fact]
    public void Report_writes_out_file_whole_and_leaves_no_temporary_file()
    {
        var input = _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        var outDir = _cli.Folder("out");
        var target = Path.Combine(outDir, "report.json");
        File.WriteAllText(target, "old contents");

        var run = _cli.Run("report", input, "-f", "json", "--out", target);

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal(["flood.txt"], Files(File.ReadAllText(target)));
        Assert.Equal([target], Directory.GetFiles(outDir));
    }

    [Fact]
    public void Report_to_an_unwritable_out_path_exits_4_and_names_it()
    {
        var input = _cli.Write("flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        var target = Path.Combine(_cli.Root, "no-such-folder", "report.md");

        var run = _cli.Run("report", input, "--out", target);

        Assert.Equal(4, run.Code);
        Assert.Contains(run.ErrorLines, l => l.Contains("report.md", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_cli.Root, "no-such-folder")));
    }

    [Fact]
    public void Ingest_twice_adds_nothing_the_second_time()
    {
        _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Write("in/storm.txt", CliHarness.Article("2025-04-08", "Storm hits coast", "Coast Radio", CliHarness.StormBody));
        var input = Path.Combine(_cli.Root, "in");

        var first = _cli.Run("ingest", input, "--store", _cli.StorePath);
        long versionAfterFirst;
        using (var store = SqliteReportStore.OpenExisting(_cli.StorePath)) versionAfterFirst = store.LoadCorpus().Version;
        var second = _cli.Run("ingest", input, "--store", _cli.StorePath);

        Assert.Equal(0, first.Code);
        Assert.Contains("2 added, 0 unchanged, 0 rejected", first.Out, StringComparison.Ordinal);
        Assert.Equal(0, second.Code);
        Assert.Contains("0 added, 2 unchanged, 0 rejected", second.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("re-analysed", second.Out, StringComparison.Ordinal);
        using var after = SqliteReportStore.OpenExisting(_cli.StorePath);
        Assert.Equal(versionAfterFirst, after.LoadCorpus().Version);
        Assert.Equal(2, after.ReportCount);
    }

    [Fact]
    public void Ingest_counts_rejected_inputs_and_still_stores_the_rest()
    {
        var good = _cli.Write("flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));

        var run = _cli.Run("ingest", good, Path.Combine(_cli.Root, "missing.txt"), "--store", _cli.StorePath);

        Assert.Equal(0, run.Code);
        Assert.Contains("1 added, 0 unchanged, 1 rejected", run.Out, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.Contains("missing.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_of_nothing_readable_exits_2_and_creates_no_store()
    {
        var run = _cli.Run("ingest", _cli.Folder("empty"), "--store", _cli.StorePath);

        Assert.Equal(2, run.Code);
        Assert.False(File.Exists(_cli.StorePath));
    }

    [Fact]
    public void Quiet_ingest_prints_nothing_on_success()
    {
        var good = _cli.Write("flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));

        var run = _cli.Run("ingest", good, "--store", _cli.StorePath, "--quiet");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Out);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Ingest_without_store_option_uses_CROSSCHECK_STORE()
    {
        var good = _cli.Write("flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        var envStore = Path.Combine(_cli.Root, "env", "from-env.db");
        _cli.Environment[StoreLocation.EnvironmentVariable] = envStore;

        var run = _cli.Run("ingest", good);

        Assert.Equal(0, run.Code);
        Assert.True(File.Exists(envStore));
        Assert.False(Directory.Exists(Path.Combine(_cli.Home, ".local")));
    }

    [Fact]
    public void Stories_and_show_round_trip_through_the_store()
    {
        _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Write("in/flood-2.txt", CliHarness.Article("2025-04-09", "Flood toll: two dead", "River News", CliHarness.FloodBody + " Rescue teams searched the valley."));
        Assert.Equal(0, _cli.Run("ingest", Path.Combine(_cli.Root, "in"), "--store", _cli.StorePath).Code);

        var list = _cli.Run("stories", "--store", _cli.StorePath, "--format", "json");
        Assert.Equal(0, list.Code);
        using var rows = JsonDocument.Parse(list.Out);
        var first = rows.RootElement.EnumerateArray().First();
        var id = first.GetProperty("id").GetString()!;
        var storyReports = first.GetProperty("report_count").GetInt32();

        var json = _cli.Run("show", id, "--store", _cli.StorePath, "--format", "json");
        var markdown = _cli.Run("show", id, "--store", _cli.StorePath);
        var table = _cli.Run("stories", "--store", _cli.StorePath);

        Assert.Equal(0, json.Code);
        using var story = JsonDocument.Parse(json.Out);
        Assert.Equal(id, story.RootElement.GetProperty("stories")[0].GetProperty("id").GetString());
        Assert.Equal(storyReports, story.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal(0, markdown.Code);
        Assert.False(string.IsNullOrWhiteSpace(markdown.Out));
        Assert.Equal(0, table.Code);
        Assert.Contains(id, table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_json_is_the_contract_for_that_story_alone()
    {
        // Two unrelated stories in one store: each one's JSON names only its own reports.
        _cli.Write("in/flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Write("in/flood-2.txt", CliHarness.Article("2025-04-09", "Flood toll: two dead", "River News", CliHarness.FloodBody + " Rescue teams searched the valley."));
        _cli.Write("in/storm.txt", CliHarness.Article("2025-06-17", "Storm hits coast", "Coast Radio", CliHarness.StormBody));
        _cli.Write("in/storm-2.txt", CliHarness.Article("2025-06-17", "Coastal storm injures three", "Harbour FM", CliHarness.StormBody + " Crews restored power by evening."));
        Assert.Equal(0, _cli.Run("ingest", Path.Combine(_cli.Root, "in"), "--store", _cli.StorePath).Code);
        using var rows = JsonDocument.Parse(_cli.Run("stories", "--store", _cli.StorePath, "-f", "json").Out);
        Assert.True(rows.RootElement.GetArrayLength() >= 2);

        var seen = new List<string>();
        foreach (var row in rows.RootElement.EnumerateArray())
        {
            var id = row.GetProperty("id").GetString()!;
            var run = _cli.Run("show", id, "--store", _cli.StorePath, "--format", "json");

            Assert.Equal(0, run.Code);
            using var doc = JsonDocument.Parse(run.Out);
            var root = doc.RootElement;
            Assert.Equal(1, root.GetProperty("version").GetInt32());
            foreach (var key in (string[])["articles", "stories", "events", "entities", "quotes"])
                Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
            var story = Assert.Single(root.GetProperty("stories").EnumerateArray());
            Assert.Equal(id, story.GetProperty("id").GetString());
            var files = Files(run.Out);
            Assert.Equal(row.GetProperty("report_count").GetInt32(), files.Length);
            Assert.Equal(files.Order(StringComparer.Ordinal), story.GetProperty("articles").EnumerateArray().Select(a => a.GetString()!).Order(StringComparer.Ordinal));
            foreach (var e in root.GetProperty("events").EnumerateArray())
                Assert.All(e.GetProperty("sources").EnumerateArray(), f => Assert.Contains(f.GetString(), files));
            seen.AddRange(files);
        }
        Assert.Equal(["flood-2.txt", "flood.txt", "storm-2.txt", "storm.txt"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Show_of_an_unknown_story_exits_2_naming_it()
    {
        var good = _cli.Write("flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        _cli.Run("ingest", good, "--store", _cli.StorePath);

        var run = _cli.Run("show", "no-such-story", "--store", _cli.StorePath);

        Assert.Equal(2, run.Code);
        Assert.Contains("no-such-story", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stories")]
    [InlineData("show", "story-1")]
    public void Reading_a_missing_store_exits_3_naming_it_and_creates_nothing(params string[] command)
    {
        var run = _cli.Run([.. command, "--store", _cli.StorePath]);

        Assert.Equal(3, run.Code);
        Assert.Contains(_cli.StorePath, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.StorePath));
    }

    [Fact]
    public void Ingest_into_a_file_that_is_not_a_store_exits_3_and_leaves_it_intact()
    {
        var good = _cli.Write("flood.txt", CliHarness.Article("2025-04-08", "Valley flood kills two", "Valley Post", CliHarness.FloodBody));
        var notAStore = _cli.Write("notes.db", "these are my notes, not a database\n");

        var run = _cli.Run("ingest", good, "--store", notAStore);

        Assert.Equal(3, run.Code);
        Assert.Single(run.ErrorLines, l => l.StartsWith("crosscheck: store ", StringComparison.Ordinal) && l.Contains("notes.db", StringComparison.Ordinal));
        Assert.Equal("these are my notes, not a database\n", File.ReadAllText(notAStore));
    }

    [Fact]
    public void Demo_prints_a_brief_of_the_bundled_corpus()
    {
        var run = _cli.Run("demo");

        Assert.Equal(0, run.Code);
        Assert.False(string.IsNullOrWhiteSpace(run.Out));
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Demo_json_covers_all_six_reports()
    {
        var run = _cli.Run("demo", "--format", "json");

        Assert.Equal(0, run.Code);
        var files = Files(run.Out);
        Assert.Equal(6, files.Length);
        Assert.Contains("01-reuters-wire.txt", files);
    }

    [Fact]
    public void Pipeline_prints_the_stages_in_order()
    {
        var run = _cli.Run("pipeline");

        Assert.Equal(0, run.Code);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Crosscheck.Pipeline.DefaultPipeline.Build().Describe().Count(), lines.Length);
        Assert.StartsWith("report", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("corpus", lines[^1], StringComparison.Ordinal);
    }
}
