using System.Globalization;
using System.Reflection;
using Crosscheck.Model;
using Crosscheck.Output;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Store;

/// <summary>
/// A persistent corpus in one SQLite file: the reports as read (raw text and metadata, so the
/// pipeline can re-run on them) and the stories of the latest analysis.
/// Every write is one transaction, so a crash leaves the store as it was before the write or after
/// it, never between; WAL mode lets readers see the last committed state while a batch is written.
/// Adding is idempotent: a report is identified by its content hash.
/// </summary>
public sealed partial class SqliteReportStore : IDisposable
{
    private const string CorpusVersionKey = "corpus_version";
    private const string StoriesOfKey = "stories_of";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;

    private SqliteReportStore(string path, SqliteConnection connection, TimeProvider clock)
    {
        Path = path;
        _connection = connection;
        _clock = clock;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>The schema version this code writes; older stores are migrated when opened.</summary>
    public static int LatestSchemaVersion => StoreSchema.Latest;

    /// <summary>Opens the store, creating the file (and its folder) and migrating it as needed.</summary>
    public static SqliteReportStore Open(string path, TimeProvider? clock = null) =>
        Open(path, clock ?? TimeProvider.System, StoreSchema.Migrations, create: true);

    /// <summary>Opens a store that must already exist (for commands that only read it).</summary>
    public static SqliteReportStore OpenExisting(string path, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new StoreException($"store {path}: not found (run `crosscheck ingest` first, or pass --store)");
        return Open(path, clock ?? TimeProvider.System, StoreSchema.Migrations, create: false);
    }

    /// <summary>Opens with a given migration list: tests use a prefix of it to build an old store.</summary>
    internal static SqliteReportStore Open(string path, TimeProvider clock, IReadOnlyList<string> migrations, bool create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SqliteConnection? connection = null;
        try
        {
            if (create && System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { Length: > 0 } dir)
                Directory.CreateDirectory(dir);
            connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
                // No pooling: a closed store must release its file (tests delete it; users move it).
                Pooling = false,
                DefaultTimeout = 30,
            }.ToString());
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
            Migrate(connection, path, migrations);
            return new SqliteReportStore(path, connection, clock);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            throw new StoreException($"store {path}: {OneLine(e.Message)}", e);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <summary>The schema version of the open store.</summary>
    public int SchemaVersion => Guard(() => ReadSchemaVersion(_connection, null));

    /// <summary>
    /// Adds a batch of reports in one transaction: a report whose content hash is already stored is
    /// left alone; one whose id is taken by a different report gets a distinct id
    /// (<see cref="ReportIdentity.Unique"/>). If anything fails, including the enumeration of
    /// <paramref name="reports"/>, nothing of the batch is kept.
    /// </summary>
    public IngestResult Add(IEnumerable<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return Guard(() =>
        {
            var added = new List<string>();
            var unchanged = new List<string>();
            var renamed = new List<(string, string)>();
            var now = _clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

            using var tx = _connection.BeginTransaction();
            using var findHash = Command(tx, "SELECT id FROM reports WHERE content_hash = $hash");
            var hashParam = findHash.Parameters.Add("$hash", SqliteType.Text);
            using var findId = Command(tx, "SELECT 1 FROM reports WHERE id = $id");
            var idParam = findId.Parameters.Add("$id", SqliteType.Text);
            using var insert = Command(tx, """
                INSERT INTO reports (id, content_hash, origin, title, outlet, wire, url, published, published_basis, language, raw_text, added_at)
                VALUES ($id, $hash, $origin, $title, $outlet, $wire, $url, $published, $basis, $language, $raw, $added)
                """);
            foreach (var name in (string[])["$id", "$hash", "$origin", "$title", "$outlet", "$wire", "$url", "$published", "$basis", "$language", "$raw", "$added"])
                insert.Parameters.Add(name, SqliteType.Text);

            foreach (var report in reports)
            {
                var hash = ReportIdentity.ContentHash(report);
                hashParam.Value = hash;
                if (findHash.ExecuteScalar() is string existing)
                {
                    unchanged.Add(existing);
                    continue;
                }
                var id = ReportIdentity.Unique(report.Id, hash, candidate =>
                {
                    idParam.Value = candidate;
                    return findId.ExecuteScalar() is not null;
                });
                if (id != report.Id) renamed.Add((report.Id, id));

                Bind(insert, "$id", id);
                Bind(insert, "$hash", hash);
                Bind(insert, "$origin", report.Metadata.Origin);
                Bind(insert, "$title", report.Metadata.Title);
                Bind(insert, "$outlet", report.Metadata.Outlet);
                Bind(insert, "$wire", report.Metadata.Wire);
                Bind(insert, "$url", report.Metadata.Url);
                Bind(insert, "$published", report.Metadata.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Bind(insert, "$basis", report.Metadata.Published?.Basis.ToString());
                Bind(insert, "$language", report.Metadata.Language);
                Bind(insert, "$raw", report.RawText);
                Bind(insert, "$added", now);
                insert.ExecuteNonQuery();
                added.Add(id);
            }

            if (added.Count > 0)
            {
                var version = ReadLong(tx, CorpusVersionKey) + 1;
                WriteMeta(tx, CorpusVersionKey, version.ToString(CultureInfo.InvariantCulture));
            }
            tx.Commit();
            return new IngestResult(added, unchanged) { Renamed = renamed };
        });
    }

    /// <summary>Every stored report, as read (no annotations), in insertion order, with the corpus
    /// version they belong to.</summary>
    public StoredCorpus LoadCorpus() => Guard(() =>
    {
        // One transaction: the version and the reports are read from the same snapshot.
        using var tx = _connection.BeginTransaction(deferred: true);
        var version = ReadLong(tx, CorpusVersionKey);
        using var cmd = Command(tx, $"SELECT {ReportColumns} FROM reports ORDER BY seq");
        var reports = ReadReports(cmd);
        tx.Commit();
        return new StoredCorpus(version, reports);
    });

    /// <summary>The stored reports of one story, as read (no annotations), in insertion order.</summary>
    public IReadOnlyList<Report> LoadStoryReports(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return Guard(() =>
        {
            using var cmd = Command(null, $"""
                SELECT {ReportColumns} FROM reports JOIN story_reports ON story_reports.report_id = reports.id
                WHERE story_reports.story_id = $story ORDER BY reports.seq
                """);
            cmd.Parameters.AddWithValue("$story", storyId);
            return ReadReports(cmd);
        });
    }

    public int ReportCount => Guard(() =>
    {
        using var cmd = Command(null, "SELECT count(*) FROM reports");
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    /// <summary>True when the stored stories come from the current corpus and this engine version.</summary>
    public bool StoriesAreCurrent => Guard(() =>
    {
        var version = ReadLong(null, CorpusVersionKey);
        return ReadMeta(null, StoriesOfKey) == StoriesStamp(version);
    });

    /// <summary>
    /// Replaces the stored stories with those of <paramref name="analysis"/>, in one transaction,
    /// unless the corpus has changed since version <paramref name="corpusVersion"/> was loaded (another
    /// ingest got there first; its analysis stands). Returns whether the stories were written.
    /// </summary>
    public bool ReplaceStories(CorpusAnalysis analysis, long corpusVersion)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        // Ids first (the JSON carries them), then serialise outside the transaction: the write lock
        // is held only for the writes.
        var stored = Guard(() => ReadStoryIdentities(null));
        var identity = StoryIdentity.Assign(analysis.Stories, stored);
        var written = StoredAnalysis.Prepare(StoryIdentity.Apply(analysis, identity));
        return Guard(() =>
        {
            using var tx = _connection.BeginTransaction();
            if (ReadLong(tx, CorpusVersionKey) != corpusVersion) return false;
            // Another analysis wrote stories since the ids were carried: its ids stand.
            if (ReadStoryIdentities(tx).Born.Count != stored.Born.Count) return false;
            WriteStoryIdentities(tx, identity, stored);
            using (var clear = Command(tx, "DELETE FROM report_views; DELETE FROM story_reports; DELETE FROM stories;")) clear.ExecuteNonQuery();
            using var insertStory = Command(tx, """
                INSERT INTO stories (id, title, report_count, source_count, first_date, last_date, has_conflict, json)
                VALUES ($id, $title, $reports, $sources, $first, $last, $conflict, $json)
                """);
            using var insertLink = Command(tx, "INSERT OR IGNORE INTO story_reports (story_id, report_id) VALUES ($story, $report)");
            using var insertFacet = Command(tx, "INSERT OR IGNORE INTO story_facets (story_id, kind, value) VALUES ($story, $kind, $value)");
            using var insertExport = Command(tx, "INSERT INTO story_exports (story_id, format, content) VALUES ($story, $format, $content)");
            using var insertEntity = Command(tx, "INSERT INTO story_entities (story_id, canonical, type, variants, mentions) VALUES ($story, $canonical, $type, $variants, $mentions)");
            using var insertView = Command(tx, "INSERT OR REPLACE INTO report_views (report_id, story_id, json) SELECT $report, $story, $json WHERE EXISTS (SELECT 1 FROM reports WHERE id = $report)");
            foreach (var story in written.Stories)
            {
                var row = story.Row;
                Run(insertStory, ("$id", row.Id), ("$title", row.Title), ("$reports", row.ReportCount), ("$sources", row.SourceCount),
                    ("$first", FormatDate(row.FirstDate)), ("$last", FormatDate(row.LastDate)), ("$conflict", row.HasConflict ? 1 : 0), ("$json", story.Json));
                foreach (var reportId in story.Reports) Run(insertLink, ("$story", row.Id), ("$report", reportId));
                foreach (var (kind, value) in story.Facets) Run(insertFacet, ("$story", row.Id), ("$kind", kind), ("$value", value));
                foreach (var (format, content) in story.Exports) Run(insertExport, ("$story", row.Id), ("$format", format), ("$content", content));
                foreach (var e in story.Entities)
                    Run(insertEntity, ("$story", row.Id), ("$canonical", e.Canonical), ("$type", e.Type), ("$variants", e.Variants), ("$mentions", e.Mentions));
            }
            foreach (var view in written.ReportViews) Run(insertView, ("$report", view.ReportId), ("$story", view.StoryId), ("$json", view.Json));
            WriteMeta(tx, StoriesOfKey, StoriesStamp(corpusVersion));
            tx.Commit();
            return true;
        });
    }

    private StoryIdentity.Stored ReadStoryIdentities(SqliteTransaction? tx)
    {
        var born = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var ids = Command(tx, "SELECT id, born FROM story_ids"))
        using (var reader = ids.ExecuteReader())
            while (reader.Read()) born[reader.GetString(0)] = reader.GetInt64(1);
        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        using (var links = Command(tx, "SELECT story_id, report_id FROM story_reports"))
        using (var reader = links.ExecuteReader())
        {
            while (reader.Read())
            {
                var story = reader.GetString(0);
                if (!members.TryGetValue(story, out var list)) members[story] = list = [];
                list.Add(reader.GetString(1));
            }
        }
        return new StoryIdentity.Stored(members.ToDictionary(m => m.Key, m => (IReadOnlyList<string>)m.Value, StringComparer.Ordinal), born);
    }

    private void WriteStoryIdentities(SqliteTransaction tx, StoryIdentity.Assignment identity, StoryIdentity.Stored stored)
    {
        var next = stored.Born.Count == 0 ? 1 : stored.Born.Values.Max() + 1;
        using var insert = Command(tx, "INSERT OR IGNORE INTO story_ids (id, born) VALUES ($id, $born)");
        foreach (var id in identity.NewIds) Run(insert, ("$id", id), ("$born", next++));
        // A redirect points at a live story: ids that pointed at the absorbed one follow it on.
        using var redirect = Command(tx, "UPDATE story_ids SET merged_into = $into WHERE id = $id OR merged_into = $id");
        foreach (var (id, into) in identity.MergedInto) Run(redirect, ("$id", id), ("$into", into));
        using var alive = Command(tx, "UPDATE story_ids SET merged_into = NULL WHERE id = $id");
        foreach (var id in identity.Ids) Run(alive, ("$id", id));
    }

    /// <summary>The story a stored id now lives under: the id itself while the story exists, the
    /// story that absorbed it after a merge, else null (never stored, or its reports are gone).</summary>
    public string? CurrentStoryId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Guard(() =>
        {
            using var cmd = Command(null, """
                SELECT COALESCE(i.merged_into, i.id) FROM story_ids i
                WHERE i.id = $id AND EXISTS (SELECT 1 FROM stories s WHERE s.id = COALESCE(i.merged_into, i.id))
                """);
            cmd.Parameters.AddWithValue("$id", id);
            return cmd.ExecuteScalar() as string;
        });
    }

    private static void Run(SqliteCommand cmd, params (string Name, object? Value)[] values)
    {
        cmd.Parameters.Clear();
        foreach (var (name, value) in values) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    /// <summary>All stored stories, most reported first.</summary>
    public IReadOnlyList<StoryRow> ListStories() => Guard(() =>
    {
        using var cmd = Command(null, $"SELECT {StoryColumns} FROM stories ORDER BY report_count DESC, first_date, id");
        return ReadStoryRows(cmd);
    });

    /// <summary>The story with this id; else the stories whose title contains <paramref name="key"/>
    /// (case-insensitive). More than one result means the key is ambiguous.</summary>
    public IReadOnlyList<StoryRow> FindStories(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Guard(() =>
        {
            using var byId = Command(null, $"SELECT {StoryColumns} FROM stories WHERE id = $key");
            byId.Parameters.AddWithValue("$key", key);
            var exact = ReadStoryRows(byId);
            if (exact.Count > 0) return exact;
            using var byTitle = Command(null, $"SELECT {StoryColumns} FROM stories WHERE instr(lower(title), lower($key)) > 0 ORDER BY report_count DESC, id");
            byTitle.Parameters.AddWithValue("$key", key);
            return ReadStoryRows(byTitle);
        });
    }

    /// <summary>The JSON report (contract version 1) of one story, or null when there is no such story.</summary>
    public string? StoryJson(string id) => Guard(() =>
    {
        using var cmd = Command(null, "SELECT json FROM stories WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() as string;
    });

    /// <summary>The ids of the reports in one story.</summary>
    public IReadOnlyList<string> StoryReportIds(string id) => Guard(() =>
    {
        using var cmd = Command(null, "SELECT report_id FROM story_reports WHERE story_id = $id ORDER BY report_id");
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    });

    /// <summary>Report ids matching an FTS5 query over titles and text, best first.</summary>
    public IReadOnlyList<string> Search(string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Guard(() =>
        {
            using var cmd = Command(null, """
                SELECT r.id FROM reports_fts JOIN reports r ON r.seq = reports_fts.rowid
                WHERE reports_fts MATCH $q ORDER BY bm25(reports_fts) LIMIT $limit
                """);
            cmd.Parameters.AddWithValue("$q", query);
            cmd.Parameters.AddWithValue("$limit", limit);
            using var reader = cmd.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read()) ids.Add(reader.GetString(0));
            return ids;
        });
    }

    public void Dispose() => _connection.Dispose();

    private const string ReportColumns = "id, raw_text, origin, title, outlet, wire, url, published, published_basis, language";

    private const string StoryColumns = "id, title, report_count, source_count, first_date, last_date, has_conflict";

    private static List<Report> ReadReports(SqliteCommand cmd)
    {
        using var reader = cmd.ExecuteReader();
        var reports = new List<Report>();
        while (reader.Read())
        {
            PublishedDate? published = null;
            if (NullableString(reader, 7) is { } stored
                && DateOnly.TryParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && Enum.TryParse<DateBasis>(NullableString(reader, 8), out var basis))
                published = new PublishedDate(date, basis);
            var report = new Report(reader.GetString(0), reader.GetString(1), new ReportMetadata
            {
                Origin = NullableString(reader, 2),
                Title = NullableString(reader, 3),
                Outlet = NullableString(reader, 4),
                Wire = NullableString(reader, 5),
                Url = NullableString(reader, 6),
                Language = reader.GetString(9),
                Published = published,
            });
            reports.Add(report);
        }
        return reports;
    }

    private static List<StoryRow> ReadStoryRows(SqliteCommand cmd)
    {
        using var reader = cmd.ExecuteReader();
        var rows = new List<StoryRow>();
        while (reader.Read()) rows.Add(ReadStoryRow(reader));
        return rows;
    }

    /// <summary>A story row from the first columns of a reader (<see cref="StoryColumns"/>, in order).</summary>
    private static StoryRow ReadStoryRow(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3),
            ParseDate(NullableString(reader, 4)), ParseDate(NullableString(reader, 5)), reader.GetInt32(6) != 0);

    private static void Migrate(SqliteConnection connection, string path, IReadOnlyList<string> migrations)
    {
        using var tx = connection.BeginTransaction();
        using (var create = new SqliteCommand("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", connection, tx))
            create.ExecuteNonQuery();
        var current = ReadSchemaVersion(connection, tx);
        if (current > StoreSchema.Latest)
            throw new StoreException($"store {path}: schema version {current} is newer than this crosscheck understands ({StoreSchema.Latest}); upgrade crosscheck");
        for (var v = current; v < migrations.Count; v++)
        {
            using var step = new SqliteCommand(migrations[v], connection, tx);
            step.ExecuteNonQuery();
        }
        if (migrations.Count > current)
        {
            using var set = new SqliteCommand("DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ($v)", connection, tx);
            set.Parameters.AddWithValue("$v", migrations.Count);
            set.ExecuteNonQuery();
        }
        tx.Commit();
    }

    private static int ReadSchemaVersion(SqliteConnection connection, SqliteTransaction? tx)
    {
        using var cmd = new SqliteCommand("SELECT max(version) FROM schema_version", connection, tx);
        return cmd.ExecuteScalar() is long v ? (int)v : 0;
    }

    private long ReadLong(SqliteTransaction? tx, string key) =>
        long.TryParse(ReadMeta(tx, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private string? ReadMeta(SqliteTransaction? tx, string key)
    {
        using var cmd = Command(tx, "SELECT value FROM meta WHERE key = $key");
        cmd.Parameters.AddWithValue("$key", key);
        return cmd.ExecuteScalar() as string;
    }

    private void WriteMeta(SqliteTransaction tx, string key, string value)
    {
        using var cmd = Command(tx, "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        cmd.Parameters.AddWithValue("$key", key);
        cmd.Parameters.AddWithValue("$value", value);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Stories are current for one corpus version analysed by one engine build.</summary>
    private static string StoriesStamp(long corpusVersion) =>
        string.Create(CultureInfo.InvariantCulture, $"{corpusVersion}/{EngineVersion}");

    private static readonly string EngineVersion =
        typeof(Report).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Report).Assembly.GetName().Version?.ToString()
        ?? "0";

    private SqliteCommand Command(SqliteTransaction? tx, string sql) => new(sql, _connection, tx);

    private static void Bind(SqliteCommand cmd, string name, string? value) =>
        cmd.Parameters[name].Value = (object?)value ?? DBNull.Value;

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = new SqliteCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }

    private static string? NullableString(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Turns SQLite and file-system failures into a one-line <see cref="StoreException"/> naming the store.</summary>
    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"store {Path}: {OneLine(e.Message)}", e);
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
