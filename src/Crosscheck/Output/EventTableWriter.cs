using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>
/// The events of an analysis as a CSV table (RFC 4180) for spreadsheets: one row per event and
/// figure, and one row for an event that states no figure, so every event appears.
/// </summary>
public static class EventTableWriter
{
    private static readonly string[] Columns =
    [
        "story", "event", "type", "date", "location", "latitude", "longitude", "fact", "unit",
        "low", "best", "high", "conflict", "consistent", "agreement", "agreement_text", "independent_sources",
        "single_source", "sources", "description",
    ];

    public static string Write(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var csv = new StringBuilder();
        Row(csv, Columns);
        foreach (var story in analysis.Stories)
        {
            foreach (var ev in story.Events)
            {
                if (ev.Facts.Count == 0)
                {
                    Row(csv, EventCells(story, ev, fact: null));
                    continue;
                }
                foreach (var fact in ev.Facts.Values) Row(csv, EventCells(story, ev, fact));
            }
        }
        return csv.ToString();
    }

    private static string?[] EventCells(Story story, Event ev, ReconciledFact? fact) =>
    [
        story.Id, ev.Id, ev.Type, ev.Date?.ToString(), ev.Location,
        Coordinate(ev.Place?.Latitude), Coordinate(ev.Place?.Longitude),
        fact?.Name, fact?.Unit, Number(fact?.Low), Number(fact?.Best), Number(fact?.High),
        fact is null ? null : Bool(fact.Conflict), fact is null ? null : Bool(fact.Consistent),
        // The brief's verdict in one word and in its words, so a spreadsheet filters on what it says.
        fact is null ? null : FactAgreement.Of(fact).Code, fact is null ? null : FactAgreement.Of(fact).Text,
        fact?.IndependentSources.ToString(CultureInfo.InvariantCulture),
        fact is null ? null : Bool(fact.SingleSource),
        string.Join(' ', ev.Sources), ev.Description,
    ];

    private static string? Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);

    private static string? Coordinate(double? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static void Row(StringBuilder csv, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) csv.Append(',');
            Cell(csv, cells[i]);
        }
        csv.Append("\r\n");
    }

    private static void Cell(StringBuilder csv, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        // A leading =, +, - or @ makes spreadsheets evaluate a cell: report text is untrusted.
        var formula = value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        if (!formula && value.AsSpan().IndexOfAny("\",\r\n") < 0)
        {
            csv.Append(value);
            return;
        }
        csv.Append('"');
        if (formula) csv.Append('\'');
        csv.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        csv.Append('"');
    }
}
