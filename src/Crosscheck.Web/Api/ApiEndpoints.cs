using System.Globalization;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Crosscheck.Ingest;
using Crosscheck.Store;
using Crosscheck.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Crosscheck.Web.Api;

/// <summary>The JSON API (docs/api.md). Reads open the store per request; writes store at once and
/// leave the analysis to <see cref="AnalysisWorker"/>.</summary>
internal static class ApiEndpoints
{
    private static readonly Dictionary<string, (string Format, string ContentType)> Exports = new(StringComparer.Ordinal)
    {
        ["brief.md"] = ("md", "text/markdown; charset=utf-8"),
        ["brief.html"] = ("html", "text/html; charset=utf-8"),
        ["events.csv"] = ("csv", "text/csv; charset=utf-8"),
        ["events.geojson"] = ("geojson", "application/geo+json; charset=utf-8"),
    };

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.AddEndpointFilterFactory(QueryCheck.Factory);

        api.MapGet("/status", Status).WithSummary("How many reports and stories, and whether an analysis is running");
        api.MapGet("/updates", Updates).WithSummary("Server-sent events: `analysed` with the corpus version after each analysis");

        api.MapPost("/reports", PostReports)
            .AddEndpointFilter<WriteAccess>()
            .Accepts<PostedReport[]>("application/json", "text/plain", "text/html", "multipart/form-data")
            .Produces<PostResult>(StatusCodes.Status201Created)
            .Produces<PostResult>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Add reports: text, HTML, JSON ({text|html, name, title, outlet, published, url}, one or many) or uploaded files");
        api.MapGet("/reports", SearchReports).WithSummary("Full-text search over the reports");
        api.MapGet("/reports/{id}", GetReport).WithSummary("One report with its extractions and their offsets");
        api.MapGet("/reports/{id}/compare/{other}", CompareReports).WithSummary("Word-level comparison of two reports");

        api.MapGet("/stories", ListStories).WithSummary("Stories, filtered and paged, most reported first");
        api.MapGet("/stories/{id}", GetStory).WithSummary("One story as the JSON report contract (version 1)");
        api.MapGet("/stories/{id}/report.json", (string id, StoreAccess stores) => Export(stores, id, "report.json"))
            .WithSummary("The story's JSON report, as a download");
        api.MapGet("/stories/{id}/{file}", (string id, string file, StoreAccess stores) => Export(stores, id, file))
            .WithSummary("An export: brief.md, brief.html, events.csv, events.geojson");

        api.MapGet("/entities", FindEntities).WithSummary("People, organisations and places across stories");
        api.MapFallback("/{**rest}", () => Problems.NotFound("no such API endpoint (see /openapi/v1.json)"));
    }

    internal sealed record StatusAnswer(int Reports, int Stories, long CorpusVersion, long? AnalysedVersion, bool Analysing, bool Writable, bool TokenRequired);

    private static StatusAnswer Status(StoreAccess stores, AnalysisWorker analysis, WriteAccess access, HttpContext http)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        var s = store.Status();
        return new StatusAnswer(s.Reports, s.Stories, s.CorpusVersion, s.AnalysedVersion,
            analysis.Analysing || s.AnalysedVersion != s.CorpusVersion, access.Allows(http), access.TokenRequired);
    }

    private static IResult Updates(StoreAccess stores, AnalysisWorker analysis, CancellationToken cancel) =>
        TypedResults.ServerSentEvents(Versions(stores, analysis, cancel));

    private static async IAsyncEnumerable<SseItem<string>> Versions(StoreAccess stores, AnalysisWorker analysis, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        // First where things stand: it also sends the headers at once, so a client knows it is
        // subscribed before the first analysis ends.
        StoreStatus status;
        using (var lease = stores.Rent()) status = lease.Store.Status();
        yield return new SseItem<string>(string.Create(CultureInfo.InvariantCulture,
            $"{{\"corpus_version\":{status.CorpusVersion},\"analysed_version\":{status.AnalysedVersion?.ToString(CultureInfo.InvariantCulture) ?? "null"}}}"), "status");
        await foreach (var version in analysis.Updates(cancel).ConfigureAwait(false))
            yield return new SseItem<string>(string.Create(CultureInfo.InvariantCulture, $"{{\"corpus_version\":{version}}}"), "analysed");
    }

    /// <summary>A report in a JSON body (docs/api.md).</summary>
    internal sealed record PostedReport(string? Name, string? Text, string? Html, string? Title, string? Outlet, string? Published, string? Url);

    internal sealed record StoredItem(string Id, string Name, string Status);

    internal sealed record RejectedItem(string Name, string Reason);

    internal sealed record PostResult(IReadOnlyList<StoredItem> Stored, IReadOnlyList<RejectedItem> Rejected, long CorpusVersion);

    private static async Task<IResult> PostReports(HttpRequest request, StoreAccess stores, AnalysisWorker analysis, IOptions<ServerSettings> settings, CancellationToken cancel)
    {
        var options = ReadOptions.Default with { MaxFileBytes = (long)(settings.Value.MaxReportMb * 1024 * 1024) };
        var maxBytes = (long)(settings.Value.MaxRequestMb * 1024 * 1024);
        var parsed = await ReportUpload.ReadAsync(request, options, maxBytes, cancel).ConfigureAwait(false);
        var rejected = parsed.Rejected.Select(p => new RejectedItem(p.Origin, p.Reason)).ToList();
        if (parsed.Reports.Count == 0)
        {
            return Problems.Result(StatusCodes.Status422UnprocessableEntity, "Nothing could be read",
                rejected.Count == 1 ? $"{rejected[0].Name}: {rejected[0].Reason}" : $"none of the {rejected.Count} inputs is a readable report",
                new Dictionary<string, object?> { ["stored"] = Array.Empty<StoredItem>(), ["rejected"] = rejected });
        }

        IngestResult result;
        long version;
        using (var lease = stores.Rent())
        {
            var store = lease.Store;
            result = store.Add(parsed.Reports);
            version = store.Status().CorpusVersion;
        }
        if (result.Added.Count > 0) analysis.Request();

        // Match stored ids back to the posted names, in the order they were posted.
        var renamed = result.Renamed.ToDictionary(r => r.Stored, r => r.Requested, StringComparer.Ordinal);
        var stored = result.Added.Select(id => new StoredItem(id, renamed.GetValueOrDefault(id) ?? id, "added"))
            .Concat(result.Unchanged.Select(id => new StoredItem(id, id, "unchanged")))
            .ToList();
        var answer = new PostResult(stored, rejected, version);
        return result.Added.Count > 0
            ? TypedResults.Json(answer, statusCode: StatusCodes.Status201Created)
            : TypedResults.Json(answer);
    }

    internal sealed record StoryItem(string Id, string Title, int ReportCount, int SourceCount, string? FirstDate, string? LastDate,
        bool HasConflict, IReadOnlyList<string> Places, IReadOnlyList<string> EventTypes);

    internal sealed record StoryList(int Total, int Page, int PageSize, long? AnalysedVersion, long CorpusVersion, IReadOnlyList<StoryItem> Stories);

    private static IResult ListStories(StoreAccess stores, string? q, string? from, string? to, string? place, string? type,
        bool? conflicts, int? page, [FromQuery(Name = "page_size")] int? pageSize)
    {
        if (!TryDate(from, out var fromDate)) return Problems.BadRequest($"from: not a yyyy-MM-dd date: {from}");
        if (!TryDate(to, out var toDate)) return Problems.BadRequest($"to: not a yyyy-MM-dd date: {to}");
        if (page is < 1) return Problems.BadRequest("page: must be 1 or more");
        if (pageSize is < 1 or > 200) return Problems.BadRequest("page_size: must be between 1 and 200");
        var query = new StoryQuery
        {
            Text = q, From = fromDate, To = toDate, Place = place, EventType = type, OnlyConflicts = conflicts == true,
            Page = page ?? 1, PageSize = pageSize ?? 50,
        };
        using var lease = stores.Rent();
        var store = lease.Store;
        var status = store.Status();
        var result = store.QueryStories(query);
        return TypedResults.Ok(new StoryList(result.Total, query.Page, query.PageSize, status.AnalysedVersion, status.CorpusVersion,
            result.Stories.Select(s => new StoryItem(s.Row.Id, s.Row.Title, s.Row.ReportCount, s.Row.SourceCount,
                Iso(s.Row.FirstDate), Iso(s.Row.LastDate), s.Row.HasConflict, s.Places, s.EventTypes)).ToList()));
    }

    private static IResult GetStory(string id, StoreAccess stores)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        return store.StoryJson(id) is { } json
            ? TypedResults.Text(json, "application/json; charset=utf-8")
            : MovedOrMissing(store, id, "");
    }

    /// <summary>A story id that was merged into another answers 301 to the same resource under the
    /// story that absorbed it (a bookmarked link keeps working); an id never stored, 404.</summary>
    private static IResult MovedOrMissing(SqliteReportStore store, string id, string rest) =>
        store.CurrentStoryId(id) is { } current && current != id
            ? TypedResults.Redirect($"/api/stories/{Uri.EscapeDataString(current)}{rest}", permanent: true)
            : Problems.NotFound($"no story '{id}'");

    private static IResult Export(StoreAccess stores, string id, string file)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        if (file == "report.json")
        {
            return store.StoryJson(id) is { } json
                ? Download(json, "application/json; charset=utf-8", $"{id}.json")
                : MovedOrMissing(store, id, "/report.json");
        }
        if (!Exports.TryGetValue(file, out var export))
            return Problems.NotFound($"no export '{file}' (brief.md, brief.html, report.json, events.csv, events.geojson)");
        return store.StoryExport(id, export.Format) is { } content
            ? Download(content, export.ContentType, $"{id}-{file}")
            : MovedOrMissing(store, id, "/" + file);
    }

    private static IResult Download(string content, string contentType, string fileName) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(content), contentType, fileName);

    internal sealed record ReportHitItem(string Id, string? Title, string? Outlet, string? Published, string? Story, string Snippet);

    internal sealed record SearchResult(IReadOnlyList<ReportHitItem> Results);

    private static IResult SearchReports(StoreAccess stores, string? q, int? limit)
    {
        if (string.IsNullOrWhiteSpace(q)) return Problems.BadRequest("q: the words to search for");
        if (limit is < 1 or > 200) return Problems.BadRequest("limit: must be between 1 and 200");
        using var lease = stores.Rent();
        var store = lease.Store;
        var hits = store.SearchReports(q, limit ?? 20);
        return TypedResults.Ok(new SearchResult(hits.Select(h => new ReportHitItem(h.Id, h.Title, h.Outlet, Iso(h.Published), h.Story, h.Snippet)).ToList()));
    }

    private static IResult GetReport(string id, StoreAccess stores)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        if (store.ReportViewJson(id) is { } json) return TypedResults.Text(json, "application/json; charset=utf-8");
        // Stored but not analysed yet: what is known before the pipeline runs.
        if (store.LoadReport(id) is not { } report) return Problems.NotFound($"no report '{id}'");
        return TypedResults.Text(Output.ReportViewWriter.Write(report, storyId: null, group: null), "application/json; charset=utf-8");
    }

    internal sealed record ReportRef(string Id, string? Title, string? Outlet);

    internal sealed record DiffOp(string Op, string Text);

    internal sealed record Comparison(ReportRef Left, ReportRef Right, double Similarity, IReadOnlyList<DiffOp> Ops);

    private static IResult CompareReports(string id, string other, StoreAccess stores)
    {
        using var lease = stores.Rent();
        var store = lease.Store;
        var left = ViewText(store, id);
        var right = ViewText(store, other);
        if (left is null) return Problems.NotFound($"no report '{id}'");
        if (right is null) return Problems.NotFound($"no report '{other}'");
        var pieces = WordDiff.Compare(left.Value.Text, right.Value.Text);
        return TypedResults.Ok(new Comparison(left.Value.Ref, right.Value.Ref, WordDiff.Similarity(pieces, left.Value.Text, right.Value.Text),
            pieces.Select(p => new DiffOp(p.Op.ToString().ToLowerInvariant(), p.Text)).ToList()));
    }

    /// <summary>The cleaned text when the report has been analysed (captions and teasers are not
    /// differences worth showing), else the text as read.</summary>
    private static (ReportRef Ref, string Text)? ViewText(SqliteReportStore store, string id)
    {
        if (store.ReportViewJson(id) is { } json)
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            return (new ReportRef(id, Str(root, "title"), Str(root, "outlet")), Str(root, "text") ?? "");
        }
        return store.LoadReport(id) is { } report ? (new ReportRef(id, report.Title, report.Outlet), report.RawText) : null;
    }

    internal sealed record StoryRef(string Id, string Title);

    internal sealed record EntityItem(string Canonical, string Type, IReadOnlyList<string> Variants, int Mentions, IReadOnlyList<StoryRef> Stories);

    internal sealed record EntityList(IReadOnlyList<EntityItem> Entities);

    private static IResult FindEntities(StoreAccess stores, string? q, string? type, int? limit)
    {
        if (type is { Length: > 0 } && type.ToUpperInvariant() is not ("PERSON" or "ORG" or "PLACE"))
            return Problems.BadRequest("type: PERSON, ORG or PLACE");
        if (limit is < 1 or > 500) return Problems.BadRequest("limit: must be between 1 and 500");
        using var lease = stores.Rent();
        var store = lease.Store;
        var hits = store.FindEntities(q, type, limit ?? 50);
        return TypedResults.Ok(new EntityList(hits.Select(h => new EntityItem(h.Canonical, h.Type, h.Variants, h.Mentions,
            h.Stories.Select(s => new StoryRef(s.Id, s.Title)).ToList())).ToList()));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }
}
