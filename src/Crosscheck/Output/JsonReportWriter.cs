using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>
/// Writes the JSON report (version 1) that integrations and the scorer read. The field names are a
/// contract (docs/report-format.md): fields may be added, never renamed or dropped.
/// </summary>
public static class JsonReportWriter
{
    public static string Write(CorpusAnalysis analysis) => Write(analysis, digest: null);

    /// <summary>With the digest of the same analysis when one is at hand (it numbers the sources).</summary>
    internal static string Write(CorpusAnalysis analysis, ReportDigest? digest)
    {
        using var stream = new MemoryStream();
        Write(analysis, stream, digest);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(CorpusAnalysis analysis, Stream stream) => Write(analysis, stream, digest: null);

    private static void Write(CorpusAnalysis analysis, Stream stream, ReportDigest? digest)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("version", 1);

        var groupOf = new Dictionary<string, CopyGroup>(StringComparer.Ordinal);
        foreach (var g in analysis.CopyGroups)
        {
            foreach (var id in g.Reports) groupOf.TryAdd(id, g);
        }
        w.WriteStartArray("articles");
        foreach (var report in analysis.Reports)
        {
            var group = groupOf.GetValueOrDefault(report.Id);
            w.WriteStartObject();
            w.WriteString("file", report.Id);
            w.WriteString("title", report.Title);
            w.WriteString("outlet", report.Outlet);
            w.WriteString("wire", report.Wire);
            w.WriteString("independent_source", SourceIndex.SourceOf(group, report, report.Id));
            w.WriteString("published", report.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("published_basis", report.Published is null ? null : Snake(report.Published.Basis.ToString()));
            w.WriteBoolean("published_stated", report.Published?.Stated ?? false);
            w.WriteString("copy_of", group is not null && group.Original != report.Id ? group.Original : null);
            if (group is not null && group.Evidence.TryGetValue(report.Id, out var evidence)) w.WriteString("copy_evidence", evidence);
            w.WriteString("language", report.Language);
            // Only written when false, so that an analysed report reads as before: absent means true.
            if (report.NotAnalysed is { } why)
            {
                w.WriteBoolean("analysed", false);
                w.WriteString("not_analysed", why);
            }
            w.WriteString("origin", report.Origin);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        // The numbered sources come from the digest the Markdown and HTML briefs are written from,
        // so that [3] is the same report in every view (the UI reads them from here).
        digest ??= ReportDigest.Build(analysis);
        w.WriteStartArray("stories");
        for (var i = 0; i < analysis.Stories.Count; i++)
        {
            var story = analysis.Stories[i];
            w.WriteStartObject();
            w.WriteString("id", story.Id);
            w.WriteString("title", story.Title);
            WriteStrings(w, "articles", story.Reports);
            WriteSources(w, digest.Stories[i].Sources);
            // Events as {"id": ...} objects: the scorer reads stories[].events as event objects and
            // fails on bare strings; event_ids carries the plain list.
            w.WriteStartArray("events");
            foreach (var e in story.Events)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteStrings(w, "event_ids", story.Events.Select(e => e.Id));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var story in analysis.Stories)
        {
            foreach (var ev in story.Events) WriteEvent(w, ev, story.Id);
        }
        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var entity in analysis.Entities)
        {
            w.WriteStartObject();
            w.WriteString("canonical", entity.Canonical);
            w.WriteString("type", TypeName(entity.Type));
            WriteStrings(w, "variants", entity.Variants);
            w.WriteNumber("mentions", entity.Mentions);
            if (entity.Place is { } p) WriteCoordinates(w, p);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var quote in analysis.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("speaker", quote.Speaker);
            w.WriteString("text", quote.Text);
            WriteStrings(w, "files", quote.Reports);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("problems");
        foreach (var problem in analysis.Problems)
        {
            w.WriteStartObject();
            w.WriteString("file", problem.Origin);
            w.WriteString("reason", problem.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteEndObject();
    }

    private static void WriteSources(Utf8JsonWriter w, IReadOnlyList<SourceRow> sources)
    {
        w.WriteStartArray("sources");
        foreach (var source in sources)
        {
            w.WriteStartObject();
            w.WriteNumber("number", source.Number);
            w.WriteString("file", source.Report);
            w.WriteString("outlet", source.Outlet);
            w.WriteString("independent_source", source.IndependentSource);
            w.WriteString("published", source.Published);
            w.WriteString("published_basis_text", source.Basis);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEvent(Utf8JsonWriter w, Event ev, string storyId)
    {
        w.WriteStartObject();
        w.WriteString("id", ev.Id);
        w.WriteString("story", storyId);
        w.WriteString("type", ev.Type);
        w.WriteString("description", ev.Description);
        w.WriteString("date", ev.Date?.ToString());
        // "in May" is written "2025-05" with precision "month": never silently 1 May.
        w.WriteString("date_precision", ev.Date?.Granularity switch
        {
            DateGranularity.Year => "year",
            DateGranularity.Month => "month",
            DateGranularity.Week => "week",
            DateGranularity.Day => "day",
            _ => null,
        });
        w.WriteString("location", ev.Location);
        if (ev.Place is { } place) WriteCoordinates(w, place);
        else w.WriteNull("coordinates");
        WriteStrings(w, "sources", ev.Sources);
        w.WriteStartObject("facts");
        foreach (var (name, fact) in ev.Facts)
        {
            w.WriteStartObject(name);
            w.WriteStartObject("by_article");
            foreach (var (report, claim) in fact.ByReport)
            {
                if (claim is null) { w.WriteNull(report); continue; }
                w.WriteStartObject(report);
                w.WritePropertyName("value");
                WriteValue(w, claim.Value, claim.High);
                if (claim.Qualifier != Qualifier.Exact) w.WriteString("qualifier", Snake(claim.Qualifier.ToString()));
                w.WriteString("evidence", claim.Evidence.Text);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            WriteNumber(w, "low", fact.Low);
            WriteNumber(w, "best", fact.Best);
            WriteNumber(w, "high", fact.High);
            w.WriteBoolean("conflict", fact.Conflict);
            w.WriteBoolean("consistent", fact.Consistent);
            var agreement = FactAgreement.Of(fact);
            w.WriteString("agreement", agreement.Code);
            w.WriteString("agreement_text", agreement.Text);
            w.WriteNumber("independent_sources", fact.IndependentSources);
            w.WriteBoolean("single_source", fact.SingleSource);
            if (fact.Unit is not null) w.WriteString("unit", fact.Unit);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartArray("citations");
        foreach (var c in ev.Citations)
        {
            w.WriteStartObject();
            w.WriteString("file", c.Report);
            w.WriteNumber("start", c.Span.Start);
            w.WriteNumber("end", c.Span.End);
            w.WriteString("text", c.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCoordinates(Utf8JsonWriter w, GeoPlace place)
    {
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(Math.Round(place.Latitude, 4));
        w.WriteNumberValue(Math.Round(place.Longitude, 4));
        w.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter w, double value, double? high)
    {
        if (high is { } h)
        {
            w.WriteStartArray();
            w.WriteNumberValue((decimal)value);
            w.WriteNumberValue((decimal)h);
            w.WriteEndArray();
        }
        else w.WriteNumberValue((decimal)value);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, (decimal)v);
        else w.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    internal static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        _ => "PLACE",
    };

    /// <summary>AtLeast → at_least.</summary>
    internal static string Snake(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
