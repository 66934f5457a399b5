using System.Globalization;
using System.Text;
using Crosscheck.Model;
using Microsoft.Data.Sqlite;

namespace Crosscheck.Store;

/// <summary>What a story list asks for; every filter is optional.</summary>
public sealed record StoryQuery
{
    /// <summary>Words that the story's title or one of its reports contains (all of them).</summary>
    public string? Text { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>A place: an event's location or a place a report names (case-insensitive).</summary>
    public string? Place { get; init; }

    public string? EventType { get; init; }

    public bool OnlyConflicts { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}

/// <summary>A story list row with the places and event types it covers.</summary>
public sealed record StoryListItem(StoryRow Row, IReadOnlyList<string> Places, IReadOnlyList<string> EventTypes);

public sealed record StoryPage(int Total, IReadOnlyList<StoryListItem> Stories);

/// <summary>A report found by full-text search; <see cref="Snippet"/> marks the hits with [ ].</summary>
public sealed record ReportHit(string Id, string? Title, string? Outlet, DateOnly? Published, string? Story, string Snippet);

/// <summary>An entity across stories: its mentions summed, the stories it appears in.</summary>
public sealed record EntityHit(string Canonical, string Type, IReadOnlyList<string> Variants, int Mentions, IReadOnlyList<(string Id, string Title)> Stories);

/// <summary>Where the store stands: how many reports, which corpus version its stories come from.</summary>
public sealed record StoreStatus(int Reports, int Stories, long CorpusVersion, long? AnalysedVersion);

public sealed partial class SqliteReportStore
{
    /// <summary>One page of the stories matching <paramref name="query"/>, most reported first.</summary>
    public StoryPage QueryStories(StoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder(" WHERE 1 = 1");
        var parameters = new List<(string, object)>();
        if (FtsQuery(query.Text) is { } fts)
        {
            where.Append("""
                 AND (instr(lower(s.title), lower($raw)) > 0 OR s.id IN (
                    SELECT sr.story_id FROM reports_fts JOIN reports r ON r.seq = reports_fts.rowid
                    JOIN story_reports sr ON sr.report_id = r.id WHERE reports_fts MATCH $fts))
                """);
            parameters.Add(("$raw", query.Text!.Trim()));
            parameters.Add(("$fts", fts));
        }
        // A story matches a date range when its span overlaps it; an undated story does not.
        if (query.From is { } from)
        {
            where.Append(" AND s.last_date >= $from");
            parameters.Add(("$from", FormatDate(from)!));
        }
        if (query.To is { } to)
        {
            where.Append(" AND s.first_date <= $to");
            parameters.Add(("$to", FormatDate(to)!));
        }
        if (!string.IsNullOrWhiteSpace(query.Place))
        {
            where.Append(" AND EXISTS (SELECT 1 FROM story_facets f WHERE f.story_id = s.id AND f.kind IN ('place', 'mention') AND f.value = $place)");
            parameters.Add(("$place", query.Place.Trim()));
        }
        if (!string.IsNullOrWhiteSpace(query.EventType))
        {
            where.Append(" AND EXISTS (SELECT 1 FROM story_facets f WHERE f.story_id = s.id AND f.kind = 'type' AND f.value = $type)");
            parameters.Add(("$type", query.EventType.Trim()));
        }
        if (query.OnlyConflicts) where.Append(" AND s.has_conflict = 1");

        var pageSize = Math.Clamp(query.PageSize, 1, 1000);
        var offset = (long)(Math.Max(query.Page, 1) - 1) * pageSize;
        return Guard(() =>
        {
            using var tx = _connection.BeginTransaction(deferred: true);
            using var count = Command(tx, "SELECT count(*) FROM stories s" + where);
            foreach (var (name, value) in parameters) count.Parameters.AddWithValue(name, value);
            var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);

            // The page's places and event types come in the same statement (one row per story).
            using var page = Command(tx, $"""
                SELECT {StoryColumnsOf("s")},
                       (SELECT group_concat(f.kind || char(31) || f.value, char(30)) FROM story_facets f
                        WHERE f.story_id = s.id AND f.kind IN ('place', 'type'))
                FROM stories s {where}
                ORDER BY s.report_count DESC, s.first_date, s.id LIMIT $limit OFFSET $offset
                """);
            foreach (var (name, value) in parameters) page.Parameters.AddWithValue(name, value);
            page.Parameters.AddWithValue("$limit", pageSize);
            page.Parameters.AddWithValue("$offset", offset);
            var items = new List<StoryListItem>();
            using (var reader = page.ExecuteReader())
            {
                while (reader.Read())
                {
                    var places = new List<string>();
                    var types = new List<string>();
                    foreach (var facet in (NullableString(reader, 7) ?? "").Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var cut = facet.IndexOf('\u001f', StringComparison.Ordinal);
                        if (cut > 0) (facet[..cut] == "type" ? types : places).Add(facet[(cut + 1)..]);
                    }
                    places.Sort(StringComparer.OrdinalIgnoreCase);
                    types.Sort(StringComparer.Ordinal);
                    items.Add(new StoryListItem(ReadStoryRow(reader), places, types));
                }
            }
            tx.Commit();
            return new StoryPage(total, items);
        });
    }

    /// <summary>A stored export of one story (<c>md</c>, <c>html</c>, <c>csv</c>, <c>geojson</c>), or null.</summary>
    public string? StoryExport(string id, string format) => Guard(() =>
    {
        using var cmd = Command(null, "SELECT content FROM story_exports WHERE story_id = $id AND format = $format");
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$format", format);
        return cmd.ExecuteScalar() as string;
    });

    /// <summary>The annotated view of a report (<see cref="Output.ReportViewWriter"/>) from the latest analysis, or null.</summary>
    public string? ReportViewJson(string id) => Guard(() =>
    {
        using var cmd = Command(null, "SELECT json FROM report_views WHERE report_id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return cmd.ExecuteScalar() as string;
    });

    /// <summary>One stored report as read (no annotations), or null.</summary>
    public Report? LoadReport(string id) => Guard(() =>
    {
        using var cmd = Command(null, $"SELECT {ReportColumns} FROM reports WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return ReadReports(cmd).FirstOrDefault();
    });

    /// <summary>Reports whose title or text contain every word of <paramref name="text"/>, best first.</summary>
    public IReadOnlyList<ReportHit> SearchReports(string text, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FtsQuery(text) is not { } fts) return [];
        return Guard(() =>
        {
            using var cmd = Command(null, """
                SELECT r.id, r.title, r.outlet, r.published, v.story_id,
                       snippet(reports_fts, 1, '[', ']', '…', 16)
                FROM reports_fts JOIN reports r ON r.seq = reports_fts.rowid
                LEFT JOIN report_views v ON v.report_id = r.id
                WHERE reports_fts MATCH $q ORDER BY bm25(reports_fts) LIMIT $limit
                """);
            cmd.Parameters.AddWithValue("$q", fts);
            cmd.Parameters.AddWithValue("$limit", Math.Clamp(limit, 1, 500));
            using var reader = cmd.ExecuteReader();
            var hits = new List<ReportHit>();
            while (reader.Read())
            {
                hits.Add(new ReportHit(reader.GetString(0), NullableString(reader, 1), NullableString(reader, 2),
                    ParseDate(NullableString(reader, 3)), NullableString(reader, 4), reader.IsDBNull(5) ? "" : reader.GetString(5)));
            }
            return hits;
        });
    }

    /// <summary>Entities whose name or a spelling variant contains <paramref name="text"/>
    /// (all when empty), merged across stories by name and type, most mentioned first.</summary>
    public IReadOnlyList<EntityHit> FindEntities(string? text, string? type, int limit = 50) => Guard(() =>
    {
        using var cmd = Command(null, $"""
            SELECT e.canonical, e.type, e.variants, e.mentions, s.id, s.title
            FROM story_entities e JOIN stories s ON s.id = e.story_id
            WHERE ($q = '' OR instr(lower(e.canonical), lower($q)) > 0 OR instr(lower(e.variants), lower($q)) > 0)
              AND ($type = '' OR e.type = $type)
            """);
        cmd.Parameters.AddWithValue("$q", text?.Trim() ?? "");
        cmd.Parameters.AddWithValue("$type", type?.Trim().ToUpperInvariant() ?? "");
        using var reader = cmd.ExecuteReader();
        var merged = new Dictionary<(string, string), (HashSet<string> Variants, int Mentions, List<(string, string)> Stories)>();
        while (reader.Read())
        {
            var key = (reader.GetString(0), reader.GetString(1));
            if (!merged.TryGetValue(key, out var entry)) merged[key] = entry = (new HashSet<string>(StringComparer.Ordinal), 0, []);
            foreach (var v in reader.GetString(2).Split('\n', StringSplitOptions.RemoveEmptyEntries)) entry.Variants.Add(v);
            entry.Stories.Add((reader.GetString(4), reader.GetString(5)));
            merged[key] = (entry.Variants, entry.Mentions + reader.GetInt32(3), entry.Stories);
        }
        return merged
            .OrderByDescending(m => m.Value.Mentions).ThenBy(m => m.Key.Item1, StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 1, 1000))
            .Select(m => new EntityHit(m.Key.Item1, m.Key.Item2, [.. m.Value.Variants.Order(StringComparer.Ordinal)], m.Value.Mentions, m.Value.Stories))
            .ToList();
    });

    /// <summary>How many reports and stories, and which corpus version the stories are from
    /// (null when they are from an older version or another engine build).</summary>
    public StoreStatus Status() => Guard(() =>
    {
        using var tx = _connection.BeginTransaction(deferred: true);
        using var counts = Command(tx, "SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM stories)");
        using var reader = counts.ExecuteReader();
        reader.Read();
        var reports = reader.GetInt32(0);
        var stories = reader.GetInt32(1);
        reader.Close();
        var version = ReadLong(tx, CorpusVersionKey);
        var stamp = ReadMeta(tx, StoriesOfKey);
        long? analysed = null;
        if (stamp is not null && stamp.EndsWith("/" + EngineVersion, StringComparison.Ordinal)
            && long.TryParse(stamp.AsSpan(0, stamp.IndexOf('/', StringComparison.Ordinal)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            analysed = v;
        tx.Commit();
        return new StoreStatus(reports, stories, version, analysed);
    });

    /// <summary>
    /// User words as a safe FTS5 query: every word quoted (so FTS syntax in the input is just text),
    /// all required, the last one also as a prefix (search as you type). Null when there are no words.
    /// </summary>
    internal static string? FtsQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        if (words.Count == 0) return null;
        var query = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0) query.Append(' ');
            query.Append('"').Append(words[i]).Append('"');
            if (i == words.Count - 1) query.Append('*');
        }
        return query.ToString();
    }

    private static string StoryColumnsOf(string alias) =>
        string.Join(", ", StoryColumns.Split(", ").Select(c => alias + "." + c));
}
