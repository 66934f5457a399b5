using System.Text.Json;
using Crosscheck.Model;
using Crosscheck.Store;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Tests.Store;

public sealed class SqliteReportStoreTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("crosscheck-store-test-");

    private string DbPath => Path.Combine(_dir.FullName, "nested", "store.db");

    public void Dispose() => _dir.Delete(recursive: true);

    private static Report Report(string id, string text, string? title = null) => new(id, text)
    {
        Title = title,
        Outlet = "Valley Post",
        Origin = $"/in/{id}",
        Published = new PublishedDate(new DateOnly(2025, 4, 8), DateBasis.Header),
        Language = "en",
    };

    private static IEnumerable<Report> ThrowAfter(int count, params Report[] reports)
    {
        for (var i = 0; i < reports.Length; i++)
        {
            if (i == count) throw new InvalidOperationException("reader crashed mid-batch");
            yield return reports[i];
        }
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var cmd = new SqliteCommand(sql, connection);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_fresh_store_is_created_with_its_folder_at_the_latest_schema()
    {
        using var store = SqliteReportStore.Open(DbPath);

        Assert.True(File.Exists(DbPath));
        Assert.Equal(SqliteReportStore.LatestSchemaVersion, store.SchemaVersion);
        Assert.Equal(0, store.ReportCount);
        Assert.Empty(store.ListStories());
    }

    [Fact]
    public void The_store_runs_in_WAL_mode()
    {
        using var store = SqliteReportStore.Open(DbPath);
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var cmd = new SqliteCommand("PRAGMA journal_mode", connection);

        Assert.Equal("wal", cmd.ExecuteScalar() as string);
    }

    [Fact]
    public void An_old_store_is_migrated_and_keeps_its_reports()
    {
        using (var old = SqliteReportStore.Open(DbPath, TimeProvider.System, StoreSchema.Migrations.Take(1).ToArray(), create: true))
        {
            Assert.Equal(1, old.SchemaVersion);
            old.Add([Report("flood.txt", "Floodwaters rose overnight.")]);
        }

        using var store = SqliteReportStore.Open(DbPath);

        Assert.Equal(SqliteReportStore.LatestSchemaVersion, store.SchemaVersion);
        Assert.Equal("flood.txt", Assert.Single(store.LoadCorpus().Reports).Id);
        Assert.Empty(store.ListStories()); // the tables of the newer migration exist and can be read
    }

    [Fact]
    public void Reopening_an_up_to_date_store_changes_nothing()
    {
        using (var store = SqliteReportStore.Open(DbPath)) store.Add([Report("a.txt", "Text A.")]);

        using var again = SqliteReportStore.Open(DbPath);

        Assert.Equal(1, Scalar("SELECT count(*) FROM schema_version"));
        Assert.Equal(1, again.ReportCount);
    }

    [Fact]
    public void A_store_from_a_newer_version_is_refused_and_left_alone()
    {
        using (SqliteReportStore.Open(DbPath)) { }
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var cmd = new SqliteCommand("UPDATE schema_version SET version = 99", connection);
            cmd.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() => SqliteReportStore.Open(DbPath));

        Assert.Contains("99", e.Message, StringComparison.Ordinal);
        Assert.Equal(99, Scalar("SELECT version FROM schema_version"));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_a_store_error_naming_it()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DbPath)!);
        File.WriteAllText(DbPath, "not a database, just some notes that happen to be long enough to look like a header");

        var e = Assert.Throws<StoreException>(() => SqliteReportStore.Open(DbPath));

        Assert.Contains(DbPath, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Adding_the_same_reports_twice_changes_nothing()
    {
        using var store = SqliteReportStore.Open(DbPath);
        Report[] batch = [Report("a.txt", "Text A."), Report("b.txt", "Text B.")];

        var first = store.Add(batch);
        var version = store.LoadCorpus().Version;
        var second = store.Add([Report("a.txt", "Text A."), Report("b.txt", "Text B.")]);

        Assert.Equal(["a.txt", "b.txt"], first.Added);
        Assert.Empty(second.Added);
        Assert.Equal(["a.txt", "b.txt"], second.Unchanged);
        Assert.Equal(version, store.LoadCorpus().Version);
        Assert.Equal(2, store.ReportCount);
    }

    [Fact]
    public void The_same_content_under_another_name_is_the_same_report()
    {
        using var store = SqliteReportStore.Open(DbPath);
        store.Add([Report("a.txt", "Text A.")]);

        var result = store.Add([Report("copy-of-a.txt", "Text A.")]);

        Assert.Equal(["a.txt"], result.Unchanged);
        Assert.Equal(1, store.ReportCount);
    }

    [Theory]
    [InlineData("same batch")]    // two inputs in one batch share a base name
    [InlineData("later batch")]   // the name was taken by an earlier ingest
    public void Different_reports_with_the_same_name_get_distinct_stable_ids(string when)
    {
        using var store = SqliteReportStore.Open(DbPath);
        var first = Report("report.txt", "A flood in the valley.");
        var second = Report("report.txt", "A storm on the coast.");
        if (when == "same batch") store.Add([first, second]);
        else { store.Add([first]); store.Add([second]); }

        var ids = store.LoadCorpus().Reports.Select(r => r.Id).ToArray();

        var expectedSecond = "report-" + ReportIdentity.ContentHash(second)[..8] + ".txt";
        Assert.Equal(["report.txt", expectedSecond], ids);
    }

    [Fact]
    public void A_failure_mid_batch_leaves_the_store_as_it_was_before_the_batch()
    {
        using var store = SqliteReportStore.Open(DbPath);
        store.Add([Report("before.txt", "Stored before the failing batch.")]);
        var version = store.LoadCorpus().Version;

        Assert.Throws<InvalidOperationException>(() =>
            store.Add(ThrowAfter(2, Report("a.txt", "Text A."), Report("b.txt", "Text B."), Report("c.txt", "Text C."))));

        var corpus = store.LoadCorpus();
        Assert.Equal(["before.txt"], corpus.Reports.Select(r => r.Id));
        Assert.Equal(version, corpus.Version);
        Assert.Empty(store.Search("Text"));                      // the full-text index rolled back too
        Assert.Equal(["a.txt", "b.txt"], store.Add([Report("a.txt", "Text A."), Report("b.txt", "Text B.")]).Added);
    }

    [Fact]
    public void A_database_error_mid_batch_rolls_back_and_is_a_store_error()
    {
        using var store = SqliteReportStore.Open(DbPath);
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            // Simulates the disk or a constraint failing on the third insert of the batch.
            using var cmd = new SqliteCommand("""
                CREATE TRIGGER fail_third BEFORE INSERT ON reports WHEN new.id = 'c.txt'
                BEGIN SELECT RAISE(ABORT, 'disk full'); END;
                """, connection);
            cmd.ExecuteNonQuery();
        }

        var e = Assert.Throws<StoreException>(() =>
            store.Add([Report("a.txt", "Text A."), Report("b.txt", "Text B."), Report("c.txt", "Text C.")]));

        Assert.Contains("disk full", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, store.ReportCount);
        Assert.Equal(0, store.LoadCorpus().Version);
    }

    [Fact]
    public void Stored_reports_load_back_with_their_metadata()
    {
        using var store = SqliteReportStore.Open(DbPath);
        var report = new Report("flood.txt", "FLOODTOWN, April 8 - Water rose.")
        {
            Title = "Flood",
            Outlet = "Valley Post",
            Wire = "Reuters",
            Url = "https://example.org/flood",
            Origin = "/in/flood.txt",
            Published = new PublishedDate(new DateOnly(2025, 4, 8), DateBasis.Dateline),
            Language = "en",
        };
        store.Add([report]);

        var loaded = Assert.Single(store.LoadCorpus().Reports);

        Assert.Equal(report.RawText, loaded.RawText);
        Assert.Equal(report.RawText, loaded.Text);
        Assert.Equal((report.Title, report.Outlet, report.Wire, report.Url, report.Origin, report.Published, report.Language),
            (loaded.Title, loaded.Outlet, loaded.Wire, loaded.Url, loaded.Origin, loaded.Published, loaded.Language));
        Assert.Equal(ReportIdentity.ContentHash(report), ReportIdentity.ContentHash(loaded));
    }

    [Fact]
    public void Full_text_search_finds_reports_ignoring_accents()
    {
        using var store = SqliteReportStore.Open(DbPath);
        store.Add([Report("a.txt", "Fire chief Tomáš Brandt said the blaze was out."), Report("b.txt", "The river burst its banks.")]);

        Assert.Equal(["a.txt"], store.Search("tomas"));
        Assert.Equal(["b.txt"], store.Search("river"));
    }

    private static CorpusAnalysis TwoStories(params Report[] reports)
    {
        var conflict = new ReconciledFact("killed")
        {
            ByReport = new Dictionary<string, Claim?>(),
            Conflict = true,
        };
        return new CorpusAnalysis(reports)
        {
            Stories =
            [
                new Story("s-flood", "Valley flood", ["a.txt", "b.txt"])
                {
                    Events = [new Event("e1", "natural_disaster", "Flood") { Date = new DateValue(new DateOnly(2025, 4, 7), DateGranularity.Day), Facts = new Dictionary<string, ReconciledFact> { ["killed"] = conflict } }],
                },
                new Story("s-storm", "Coastal storm", ["c.txt"]),
            ],
        };
    }

    [Fact]
    public void Stories_are_stored_with_their_rows_json_and_reports()
    {
        using var store = SqliteReportStore.Open(DbPath);
        store.Add([Report("a.txt", "Flood A."), Report("b.txt", "Flood B."), Report("c.txt", "Storm C.")]);
        var corpus = store.LoadCorpus();

        Assert.True(store.ReplaceStories(TwoStories([.. corpus.Reports]), corpus.Version));

        var rows = store.ListStories();
        Assert.Equal(["s-flood", "s-storm"], rows.Select(r => r.Id));
        Assert.Equal(new StoryRow("s-flood", "Valley flood", 2, 1, new DateOnly(2025, 4, 7), new DateOnly(2025, 4, 7), true), rows[0]);
        Assert.Equal(["a.txt", "b.txt"], store.StoryReportIds("s-flood"));
        Assert.Equal(["a.txt", "b.txt"], store.LoadStoryReports("s-flood").Select(r => r.Id));
        using var json = JsonDocument.Parse(store.StoryJson("s-storm")!);
        Assert.Equal(["c.txt"], json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()));
        Assert.True(store.StoriesAreCurrent);
    }

    [Theory]
    [InlineData("s-storm", new[] { "s-storm" })]            // an exact id
    [InlineData("FLOOD", new[] { "s-flood" })]              // part of a title, any case
    [InlineData("a", new[] { "s-flood", "s-storm" })]       // ambiguous: the caller must say so
    [InlineData("volcano", new string[0])]                 // no match
    public void Stories_are_found_by_id_or_title(string key, string[] expected)
    {
        using var store = SqliteReportStore.Open(DbPath);
        store.Add([Report("a.txt", "Flood A."), Report("b.txt", "Flood B."), Report("c.txt", "Storm C.")]);
        var corpus = store.LoadCorpus();
        store.ReplaceStories(TwoStories([.. corpus.Reports]), corpus.Version);

        Assert.Equal(expected, store.FindStories(key).Select(r => r.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Stories_go_stale_when_reports_are_added_and_a_late_analysis_is_not_written()
    {
        using var store = SqliteReportStore.Open(DbPath);
        store.Add([Report("a.txt", "Flood A."), Report("b.txt", "Flood B."), Report("c.txt", "Storm C.")]);
        var corpus = store.LoadCorpus();
        store.ReplaceStories(TwoStories([.. corpus.Reports]), corpus.Version);

        store.Add([Report("d.txt", "Another report.")]);   // another ingest got in after the load
        var written = store.ReplaceStories(new CorpusAnalysis(corpus.Reports), corpus.Version);

        Assert.False(store.StoriesAreCurrent);
        Assert.False(written);
        Assert.Equal(2, store.ListStories().Count);         // the earlier stories are kept, not half-replaced
    }

    [Fact]
    public void A_story_id_survives_a_reanalysis_that_grows_it_and_a_merged_id_leads_to_the_story_that_absorbed_it()
    {
        using var store = SqliteReportStore.Open(DbPath);
        store.Add([Report("a.txt", "Flood A."), Report("b.txt", "Flood B."), Report("c.txt", "Storm C.")]);
        var corpus = store.LoadCorpus();
        store.ReplaceStories(TwoStories([.. corpus.Reports]), corpus.Version);

        // The next analysis names the grown story by its new members' hash, and puts the storm in it.
        store.Add([Report("d.txt", "Flood D.")]);
        corpus = store.LoadCorpus();
        var grown = new CorpusAnalysis(corpus.Reports) { Stories = [new Story("story-hash", "Valley flood", ["a.txt", "b.txt", "c.txt", "d.txt"])] };
        Assert.True(store.ReplaceStories(grown, corpus.Version));

        Assert.Equal(["s-flood"], store.ListStories().Select(r => r.Id));
        Assert.Equal("s-flood", store.CurrentStoryId("s-storm"));   // s-flood was stored first
        Assert.Equal("s-flood", store.CurrentStoryId("s-flood"));
        Assert.Null(store.CurrentStoryId("story-hash"));            // the clusterer's name was never stored
        using var json = JsonDocument.Parse(store.StoryJson("s-flood")!);
        Assert.Equal("s-flood", json.RootElement.GetProperty("stories")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Reading_a_missing_store_does_not_create_it()
    {
        Assert.Throws<StoreException>(() => SqliteReportStore.OpenExisting(DbPath));

        Assert.False(File.Exists(DbPath));
    }
}
