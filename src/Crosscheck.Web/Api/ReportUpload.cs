using System.Globalization;
using System.Text;
using System.Text.Json;
using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Web.Api;

/// <summary>
/// Turns a <c>POST /api/reports</c> body into reports and rejections: plain text or HTML (one
/// report), JSON (one object, an array, or <c>{"reports": [...]}</c>), or multipart files read like
/// files given to the CLI. Every input that cannot be used is named with a one-line reason.
/// </summary>
internal static class ReportUpload
{
    public sealed record Parsed(List<Report> Reports, List<InputProblem> Rejected);

    /// <summary>Thrown for a body that is not what its content type says (malformed JSON).</summary>
    public sealed class BadBodyException(string message) : Exception(message);

    /// <param name="maxBytes">The largest body accepted, whatever the server in front enforces
    /// (the in-memory test host enforces none).</param>
    public static async Task<Parsed> ReadAsync(HttpRequest request, ReadOptions options, long maxBytes, CancellationToken cancel)
    {
        if (request.ContentLength > maxBytes) throw TooLarge(maxBytes);
        var parsed = new Parsed([], []);
        var contentType = request.ContentType ?? "";
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancel).ConfigureAwait(false);
            if (form.Files.Count == 0) throw new BadBodyException("the form holds no files");
            foreach (var file in form.Files)
            {
                var name = SafeName(file.FileName, "upload");
                await using var stream = file.OpenReadStream();
                Add(parsed, ReportReader.ReadStream(stream, name, options));
            }
            return parsed;
        }

        var bytes = await ReadBodyAsync(request.Body, maxBytes, cancel).ConfigureAwait(false);
        if (bytes.Length == 0) throw new BadBodyException("empty body: send a report as text, HTML, JSON or files");
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            ReadJson(bytes, parsed, options);
            return parsed;
        }

        var html = contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
        var fallback = "posted-" + ReportReader.ContentHash(bytes)[..12] + (html ? ".html" : ".txt");
        var requested = request.Query["name"].ToString();
        var origin = string.IsNullOrWhiteSpace(requested) ? fallback : SafeName(requested, fallback);
        if (html && !HasExtension(origin, ".html", ".htm")) origin += ".html";
        using var body = new MemoryStream(bytes, writable: false);
        Add(parsed, ReportReader.ReadStream(body, origin, options));
        return parsed;
    }

    private static async Task<byte[]> ReadBodyAsync(Stream body, long maxBytes, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static BadHttpRequestException TooLarge(long maxBytes) =>
        new(string.Create(CultureInfo.InvariantCulture, $"request body too large (over {maxBytes / (1024.0 * 1024):0.##} MB)"), StatusCodes.Status413PayloadTooLarge);

    private static void ReadJson(byte[] bytes, Parsed parsed, ReadOptions options)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new BadBodyException($"malformed JSON: {e.Message.ReplaceLineEndings(" ")}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("reports", out var list)) root = list;
            var items = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object => [root],
                _ => throw new BadBodyException("expected a report object, an array of them, or {\"reports\": [...]}"),
            };
            if (items.Count == 0) throw new BadBodyException("no reports in the body");
            for (var i = 0; i < items.Count; i++) ReadJsonReport(items[i], i + 1, parsed, options);
        }
    }

    private static void ReadJsonReport(JsonElement item, int n, Parsed parsed, ReadOptions options)
    {
        var label = $"reports[{n}]";
        if (item.ValueKind != JsonValueKind.Object)
        {
            parsed.Rejected.Add(new InputProblem(label, "not an object"));
            return;
        }
        var text = String(item, "text");
        var html = String(item, "html");
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
        {
            parsed.Rejected.Add(new InputProblem(String(item, "name") ?? label, "no \"text\" or \"html\""));
            return;
        }
        var isHtml = string.IsNullOrWhiteSpace(text);
        var content = Encoding.UTF8.GetBytes(isHtml ? html! : text!);
        var fallback = "posted-" + ReportReader.ContentHash(content)[..12] + (isHtml ? ".html" : ".txt");
        var name = String(item, "name") is { } requested ? SafeName(requested, fallback) : fallback;
        if (isHtml && !HasExtension(name, ".html", ".htm")) name += ".html";
        if (!isHtml && HasExtension(name, ".html", ".htm", ".json", ".jsonl", ".xml", ".rss", ".atom")) name += ".txt";

        using var stream = new MemoryStream(content, writable: false);
        var result = ReportReader.ReadStream(stream, name, options);
        if (result.Problem is { } problem)
        {
            parsed.Rejected.Add(problem);
            return;
        }
        PublishedDate? stated = null;
        if (String(item, "published") is { Length: > 0 } published)
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                parsed.Rejected.Add(new InputProblem(name, $"\"published\" is not a yyyy-MM-dd date: {published}"));
                return;
            }
            stated = new PublishedDate(date, DateBasis.Header);
        }
        foreach (var read in result.Reports)
        {
            // The request's fields are what the input says about the report, like a header: they
            // take the place of what the file itself stated.
            var metadata = read.Metadata;
            if (String(item, "title") is { Length: > 0 } title) metadata = metadata with { Title = title };
            if (String(item, "outlet") is { Length: > 0 } outlet) metadata = metadata with { Outlet = outlet };
            if (String(item, "url") is { Length: > 0 } url) metadata = metadata with { Url = url };
            if (stated is not null) metadata = metadata with { Published = stated };
            parsed.Reports.Add(metadata == read.Metadata ? read : read.WithMetadata(metadata));
        }
    }

    private static void Add(Parsed parsed, ReadResult result)
    {
        parsed.Reports.AddRange(result.Reports);
        if (result.Problem is { } problem) parsed.Rejected.Add(problem);
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A client's file name as a report id: no folders, no control characters, not too long.</summary>
    internal static string SafeName(string? name, string fallback)
    {
        var file = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string(file.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length > 200) clean = clean[..200];
        return clean.Length == 0 || clean is "." or ".." ? fallback : clean;
    }

    private static bool HasExtension(string name, params string[] extensions) =>
        extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
