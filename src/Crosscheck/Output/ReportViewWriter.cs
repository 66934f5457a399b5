using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>
/// One annotated report as JSON for a reader: its metadata, the cleaned text, and every name, date,
/// figure and quotation found in it with UTF-16 offsets into that text (docs/api.md,
/// `GET /api/reports/{id}`).
/// </summary>
public static class ReportViewWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="report">An annotated report (the pipeline has run on it).</param>
    /// <param name="storyId">The story it belongs to, if any.</param>
    /// <param name="group">Its copy group, if it is a copy or has copies.</param>
    public static string Write(Report report, string? storyId, CopyGroup? group)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", report.Id);
            w.WriteString("title", report.Title);
            w.WriteString("outlet", report.Outlet);
            w.WriteString("wire", report.Wire);
            w.WriteString("url", report.Url);
            w.WriteString("published", report.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("published_basis", report.Published is null ? null : JsonReportWriter.Snake(report.Published.Basis.ToString()));
            w.WriteString("language", report.Language);
            w.WriteBoolean("analysed", report.NotAnalysed is null);
            w.WriteString("not_analysed", report.NotAnalysed);
            w.WriteString("origin", report.Origin);
            w.WriteString("story", storyId);
            w.WriteString("copy_of", group is not null && group.Original != report.Id ? group.Original : null);
            w.WriteStartArray("copies");
            if (group is not null)
            {
                foreach (var id in group.Reports)
                {
                    if (id != report.Id) w.WriteStringValue(id);
                }
            }
            w.WriteEndArray();
            w.WriteString("independent_source", SourceIndex.SourceOf(group, report, report.Id));
            w.WriteString("text", report.Text);

            w.WriteStartObject("annotations");
            w.WriteStartArray("entities");
            foreach (var e in report.Get(Layers.Entities) ?? [])
            {
                if (e.InCaption) continue; // found in a removed caption: no offset in the text
                w.WriteStartObject();
                Span(w, report.Text, e.Span);
                w.WriteString("type", JsonReportWriter.TypeName(e.Type));
                w.WriteString("canonical", e.Place?.Name ?? e.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("times");
            var published = report.Published?.Date;
            foreach (var t in report.Get(Layers.Times) ?? [])
            {
                w.WriteStartObject();
                Span(w, report.Text, t.Span);
                var value = t.Reference.Absolute ? t.Reference.Resolve(published ?? default, null)
                    : published is { } day && !t.Reference.NarrativeRelative ? t.Reference.Resolve(day, null) : null;
                w.WriteString("value", value?.ToString());
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("quantities");
            foreach (var q in report.Get(Layers.Quantities) ?? [])
            {
                w.WriteStartObject();
                Span(w, report.Text, q.Span);
                w.WritePropertyName("value");
                if (q.High is { } high)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(q.Value);
                    w.WriteNumberValue(high);
                    w.WriteEndArray();
                }
                else w.WriteNumberValue(q.Value);
                w.WriteString("qualifier", q.Qualifier == Qualifier.Exact ? null : JsonReportWriter.Snake(q.Qualifier.ToString()));
                w.WriteString("unit", q.Unit);
                w.WriteString("fact", q.FactName);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("quotes");
            foreach (var q in report.Get(Layers.Quotes) ?? [])
            {
                w.WriteStartObject();
                Span(w, report.Text, Narrow(report.Text, q.Content, q.Text));
                w.WriteString("speaker", q.Speaker);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();

            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a span and the text it covers (so a reader can check the offsets).</summary>
    private static void Span(Utf8JsonWriter w, string text, TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteString("text", text[start..end]);
    }

    /// <summary>A quotation's content span can include the punctuation around it (the comma before
    /// "she said"); a reader's highlight should cover the words quoted.</summary>
    private static TextSpan Narrow(string text, TextSpan span, string content)
    {
        if (span.End > text.Length || content.Length == 0) return span;
        var at = text.AsSpan(span.Start, span.Length).IndexOf(content.AsSpan(), StringComparison.Ordinal);
        return at < 0 ? span : new TextSpan(span.Start + at, content.Length);
    }
}
