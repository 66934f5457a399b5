using Crosscheck.Model;
using Crosscheck.Output;

namespace Crosscheck.Store;

/// <summary>
/// An analysis turned into the rows the store keeps: per story its list row, JSON report, exports,
/// filter facets and entities, and per report its annotated view. Built before the write
/// transaction (and in parallel: every writer is a pure function of the analysis), so the store is
/// locked only for the inserts.
/// </summary>
internal sealed record StoredAnalysis(IReadOnlyList<StoredAnalysis.StoryRows> Stories, IReadOnlyList<StoredAnalysis.ReportView> ReportViews)
{
    internal sealed record StoryRows(StoryRow Row, string Json, IReadOnlyList<string> Reports)
    {
        public IReadOnlyList<(string Kind, string Value)> Facets { get; init; } = [];

        public IReadOnlyList<(string Format, string Content)> Exports { get; init; } = [];

        public IReadOnlyList<EntityRow> Entities { get; init; } = [];
    }

    internal sealed record EntityRow(string Canonical, string Type, string Variants, int Mentions);

    internal sealed record ReportView(string ReportId, string? StoryId, string Json);

    /// <summary>Export formats kept per story (the JSON report is the story row itself).</summary>
    internal static readonly string[] ExportFormats = ["md", "html", "csv", "geojson"];

    public static StoredAnalysis Prepare(CorpusAnalysis analysis)
    {
        var summary = new StorySummary(analysis);
        var stories = analysis.Stories
            .AsParallel().AsOrdered()
            .Select(story =>
            {
                var slice = summary.Slice(story);
                // One digest per story for the JSON's numbered sources and both briefs.
                var digest = ReportDigest.Build(slice);
                return new StoryRows(summary.Row(story), JsonReportWriter.Write(slice, digest), story.Reports)
                {
                    Facets = Facets(story, slice),
                    Exports =
                    [
                        ("md", MarkdownReportWriter.Write(digest)),
                        ("html", HtmlReportWriter.Write(digest)),
                        ("csv", EventTableWriter.Write(slice)),
                        ("geojson", GeoJsonWriter.Write(slice)),
                    ],
                    Entities = slice.Entities
                        .Select(e => new EntityRow(e.Canonical, JsonReportWriter.TypeName(e.Type), string.Join('\n', e.Variants), e.Mentions))
                        .ToArray(),
                };
            })
            .ToList();

        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in analysis.Stories)
            foreach (var id in story.Reports) storyOf.TryAdd(id, story.Id);
        var groupOf = new Dictionary<string, CopyGroup>(StringComparer.Ordinal);
        foreach (var group in analysis.CopyGroups)
            foreach (var id in group.Reports) groupOf.TryAdd(id, group);
        var views = analysis.Reports
            .AsParallel().AsOrdered()
            .Select(r => new ReportView(r.Id, storyOf.GetValueOrDefault(r.Id),
                ReportViewWriter.Write(r, storyOf.GetValueOrDefault(r.Id), groupOf.GetValueOrDefault(r.Id))))
            .ToList();
        return new StoredAnalysis(stories, views);
    }

    /// <summary>What the story list filters on: the events' places (and the place names the
    /// reports mention, so a town named only in passing still finds its story) and event types.</summary>
    private static List<(string, string)> Facets(Story story, CorpusAnalysis slice)
    {
        var facets = new HashSet<(string, string)>();
        foreach (var ev in story.Events)
        {
            facets.Add(("type", ev.Type));
            if (ev.Location is { Length: > 0 } location) facets.Add(("place", location));
            if (ev.Place is { } place) facets.Add(("place", place.Name));
        }
        foreach (var entity in slice.Entities)
        {
            if (entity.Type == EntityType.Place) facets.Add(("mention", entity.Canonical));
        }
        return [.. facets];
    }
}
