using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Ingest.Formats;

/// <summary>
/// JSON Lines: one object per line, its text in <c>text</c>, <c>content</c>, <c>body</c> (or kin), with
/// optional title, date, source and url. A line that is not a usable object is counted, not fatal. A
/// file holding one JSON array of such objects is read the same way.
/// </summary>
internal static class JsonLinesFormat
{
    private static readonly string[] TextFields = ["text", "content", "body", "maintext", "article", "articleBody", "full_text", "description"];
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] DateFields = ["date", "published", "published_at", "publishedAt", "pubDate", "date_publish", "datePublished", "publish_date", "time"];
    private static readonly string[] SourceFields = ["source", "outlet", "site", "site_name", "publisher", "source_name", "domain"];
    private static readonly string[] UrlFields = ["url", "link", "href"];
    private static readonly string[] IdFields = ["id", "_id", "guid", "uuid", "doc_id"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 };

    public static ReadResult Parse(string content, string fileId, string origin)
    {
        var reports = new List<Report>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var bad = 0;
        string? firstBad = null;

        var trimmed = content.TrimStart();
        if (trimmed.StartsWith('['))
        {
            try
            {
                using var doc = JsonDocument.Parse(trimmed, Options);
                var n = 0;
                foreach (var item in doc.RootElement.EnumerateArray())
                {
                    n++;
                    if (ToReport(item, fileId, n, origin, ids, out var why) is { } r) reports.Add(r);
                    else { bad++; firstBad ??= $"record {n}: {why}"; }
                }
            }
            catch (JsonException e)
            {
                return ReadResult.Fail(origin, $"malformed JSON: {OneLine(e.Message)}");
            }
        }
        else
        {
            var lineNo = 0;
            foreach (var raw in content.Split('\n'))
            {
                lineNo++;
                var line = raw.Trim();
                if (line.Length == 0) continue;
                try
                {
                    using var doc = JsonDocument.Parse(line, Options);
                    if (ToReport(doc.RootElement, fileId, lineNo, origin, ids, out var why) is { } r) reports.Add(r);
                    else { bad++; firstBad ??= $"line {lineNo}: {why}"; }
                }
                catch (JsonException)
                {
                    bad++;
                    firstBad ??= $"line {lineNo}: not JSON";
                }
            }
        }

        if (reports.Count == 0)
            return ReadResult.Fail(origin, bad == 0 ? "no JSON records" : $"no JSON record with text ({firstBad})");
        var problem = bad == 0 ? null : new InputProblem(origin, $"{bad} of {bad + reports.Count} records skipped ({firstBad})");
        return new ReadResult(reports, problem);
    }

    private static Report? ToReport(JsonElement e, string fileId, int ordinal, string origin, HashSet<string> ids, out string why)
    {
        why = "";
        if (e.ValueKind != JsonValueKind.Object)
        {
            why = "not an object";
            return null;
        }
        var text = FirstString(e, TextFields);
        if (string.IsNullOrWhiteSpace(text))
        {
            why = "no text field";
            return null;
        }
        text = HtmlBlocks.FragmentToText(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            why = "empty text";
            return null;
        }

        var ownId = FirstString(e, IdFields);
        var id = !string.IsNullOrWhiteSpace(ownId) && ids.Add(ownId.Trim()) ? ownId.Trim() : $"{fileId}#{ordinal}";
        ids.Add(id);
        var dated = MetadataDate.TryParse(FirstString(e, DateFields), out var date);
        return new Report(id, text)
        {
            Origin = $"{origin}#{ordinal}",
            Title = FirstString(e, TitleFields)?.Trim(),
            Url = FirstString(e, UrlFields)?.Trim(),
            Outlet = FirstString(e, SourceFields)?.Trim(),
            Published = dated ? new PublishedDate(date, DateBasis.Header) : null,
        };
    }

    /// <summary>The first field present as a string (or an object with a "name", or a number for ids).</summary>
    private static string? FirstString(JsonElement e, string[] names)
    {
        foreach (var name in names)
        {
            if (!e.TryGetProperty(name, out var v)) continue;
            switch (v.ValueKind)
            {
                case JsonValueKind.String when !string.IsNullOrWhiteSpace(v.GetString()):
                    return v.GetString();
                case JsonValueKind.Number:
                    return v.GetRawText();
                case JsonValueKind.Object when v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String:
                    return n.GetString();
                case JsonValueKind.Object when v.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String:
                    return t.GetString();
            }
        }
        return null;
    }

    internal static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
