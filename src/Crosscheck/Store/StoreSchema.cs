namespace Crosscheck.Store;

/// <summary>
/// The store's schema as an ordered list of migrations; migration N (1-based) takes the store from
/// version N-1 to N. Append new migrations, never edit a released one: stores in the field are at
/// every version.
/// </summary>
internal static class StoreSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: reports, full-text search over them (for a later search feature), and store metadata.
        """
        CREATE TABLE reports (
            seq             INTEGER PRIMARY KEY,      -- stable rowid for the FTS index (a TEXT key's rowid can change on VACUUM)
            id              TEXT NOT NULL UNIQUE,     -- the report id the pipeline and the JSON report use
            content_hash    TEXT NOT NULL UNIQUE,     -- ReportIdentity.ContentHash: the idempotency key
            origin          TEXT,
            title           TEXT,
            outlet          TEXT,
            wire            TEXT,
            url             TEXT,
            published       TEXT,                     -- yyyy-MM-dd as read (header or dateline), else NULL
            published_basis TEXT,
            language        TEXT NOT NULL DEFAULT 'und',
            raw_text        TEXT NOT NULL,
            added_at        TEXT NOT NULL             -- ISO 8601 UTC
        );
        CREATE VIRTUAL TABLE reports_fts USING fts5(
            title, raw_text, content='reports', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
            INSERT INTO reports_fts(rowid, title, raw_text) VALUES (new.seq, new.title, new.raw_text);
        END;
        CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
            INSERT INTO reports_fts(reports_fts, rowid, title, raw_text) VALUES ('delete', old.seq, old.title, old.raw_text);
        END;
        CREATE TRIGGER reports_fts_update AFTER UPDATE ON reports BEGIN
            INSERT INTO reports_fts(reports_fts, rowid, title, raw_text) VALUES ('delete', old.seq, old.title, old.raw_text);
            INSERT INTO reports_fts(rowid, title, raw_text) VALUES (new.seq, new.title, new.raw_text);
        END;
        CREATE TABLE meta (                           -- corpus_version, stories_of
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,

        // 2: the analysed stories and the reports each contains.
        """
        CREATE TABLE stories (
            id           TEXT PRIMARY KEY,
            title        TEXT NOT NULL,
            report_count INTEGER NOT NULL,
            source_count INTEGER NOT NULL,
            first_date   TEXT,
            last_date    TEXT,
            has_conflict INTEGER NOT NULL,
            json         TEXT NOT NULL                -- the JSON report (contract version 1) of this story alone
        );
        CREATE TABLE story_reports (
            story_id  TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            report_id TEXT NOT NULL REFERENCES reports(id),
            PRIMARY KEY (story_id, report_id)
        );
        CREATE INDEX story_reports_by_report ON story_reports(report_id);
        """,

        // 3: what the server shows without re-running the pipeline: the places and event types a
        // story list filters on, each story's exports, the entities by story, and every report's
        // annotated text. Clearing the stamp makes the next open re-analyse to fill them.
        """
        CREATE TABLE story_facets (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            kind     TEXT NOT NULL,                   -- place (an event's) | mention (a place named) | type (event type)
            value    TEXT NOT NULL COLLATE NOCASE,
            PRIMARY KEY (story_id, kind, value)
        );
        CREATE INDEX story_facets_by_value ON story_facets(kind, value);
        CREATE INDEX stories_by_size ON stories(report_count DESC, first_date, id);
        CREATE TABLE story_exports (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            format   TEXT NOT NULL,                   -- md | html | csv | geojson
            content  TEXT NOT NULL,
            PRIMARY KEY (story_id, format)
        );
        CREATE TABLE story_entities (
            story_id  TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            canonical TEXT NOT NULL,
            type      TEXT NOT NULL,
            variants  TEXT NOT NULL,                  -- newline-separated
            mentions  INTEGER NOT NULL
        );
        CREATE INDEX story_entities_by_story ON story_entities(story_id);
        CREATE TABLE report_views (
            report_id TEXT PRIMARY KEY REFERENCES reports(id),
            story_id  TEXT,
            json      TEXT NOT NULL                   -- ReportViewWriter: the annotated report
        );
        DELETE FROM meta WHERE key = 'stories_of';
        """,

        // 4: every story id ever stored, so that an id survives re-analysis (StoryIdentity): the order
        // it was first stored in (the older id wins a merge) and, once absorbed, the story it redirects to.
        """
        CREATE TABLE story_ids (
            id          TEXT PRIMARY KEY,
            born        INTEGER NOT NULL,
            merged_into TEXT                          -- NULL: the story exists or its reports are gone
        );
        INSERT INTO story_ids (id, born) SELECT id, rowid FROM stories;
        """,
    ];

    public static int Latest => Migrations.Count;
}
