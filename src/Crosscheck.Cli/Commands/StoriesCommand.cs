using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Store;
using Spectre.Console;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck stories`: the stories of the stored corpus, one row each.</summary>
internal static class StoriesCommand
{
    public static Command Create(SharedOptions shared)
    {
        var store = shared.StoreOption();
        var format = new Option<string>("--format", "-f")
        {
            Description = "table (for people) or json (an array of rows)",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("stories", "List the stories in the store: id, title, reports, independent sources, dates, conflicts.")
        {
            store, format,
        };
        command.SetAction(parse =>
        {
            var host = shared.Host;
            using var db = SqliteReportStore.OpenExisting(shared.StorePath(parse, store));
            if (!db.StoriesAreCurrent && !parse.GetValue(shared.Quiet))
                host.Problem("note: the stories predate the latest reports or engine; run `crosscheck ingest` to refresh them");
            var rows = db.ListStories();
            if (parse.GetValue(format) == "json") host.Out.WriteLine(ToJson(rows));
            else WriteTable(host, rows);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTable(CliHost host, IReadOnlyList<StoryRow> rows)
    {
        if (rows.Count == 0)
        {
            host.Out.WriteLine("No stories yet: add reports with `crosscheck ingest PATH...`.");
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(host.Out),
            Ansi = host.OutIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = host.OutIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Piped output has no width to fit: do not wrap titles at 80 columns.
        if (!host.OutIsTerminal) console.Profile.Width = 200;
        var table = new Table().AddColumns("Id", "Title", "Reports", "Sources", "Dates", "Conflict");
        foreach (var row in rows)
        {
            table.AddRow(
                new Spectre.Console.Text(row.Id), new Spectre.Console.Text(row.Title),
                new Spectre.Console.Text(row.ReportCount.ToString(CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(row.SourceCount.ToString(CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(Span(row)), new Spectre.Console.Text(row.HasConflict ? "yes" : ""));
        }
        console.Write(table);
    }

    private static string Span(StoryRow row)
    {
        var first = row.FirstDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = row.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return first is null ? "" : first == last ? first : $"{first} – {last}";
    }

    private static string ToJson(IReadOnlyList<StoryRow> rows)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var row in rows)
            {
                w.WriteStartObject();
                w.WriteString("id", row.Id);
                w.WriteString("title", row.Title);
                w.WriteNumber("report_count", row.ReportCount);
                w.WriteNumber("source_count", row.SourceCount);
                w.WriteString("first_date", row.FirstDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("last_date", row.LastDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteBoolean("has_conflict", row.HasConflict);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
