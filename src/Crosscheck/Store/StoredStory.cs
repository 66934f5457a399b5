using Crosscheck.Model;

namespace Crosscheck.Store;

/// <summary>One line of the story list: what `crosscheck stories` shows without re-running anything.</summary>
public sealed record StoryRow(string Id, string Title, int ReportCount, int SourceCount, DateOnly? FirstDate, DateOnly? LastDate, bool HasConflict);

/// <summary>What one ingest batch did. Rejected inputs never reach the store; the caller counts them.</summary>
public sealed record IngestResult(IReadOnlyList<string> Added, IReadOnlyList<string> Unchanged)
{
    /// <summary>Added reports whose id was taken by a different report, as (requested id, stored id).</summary>
    public IReadOnlyList<(string Requested, string Stored)> Renamed { get; init; } = [];
}

/// <summary>The stored reports and the corpus version they were read at.</summary>
public sealed record StoredCorpus(long Version, IReadOnlyList<Report> Reports);

/// <summary>How a story of an analysis becomes a list row and a self-contained report of its own.</summary>
public static class StorySummary
{
    /// <summary>The part of <paramref name="analysis"/> about one story: its reports, copy groups,
    /// entities and quotes. Its JSON is the report contract for that story alone.</summary>
    public static CorpusAnalysis Slice(CorpusAnalysis analysis, Story story)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(story);
        var ids = story.Reports.ToHashSet(StringComparer.Ordinal);
        return new CorpusAnalysis(analysis.Reports.Where(r => ids.Contains(r.Id)).ToArray())
        {
            CopyGroups = analysis.CopyGroups.Where(g => g.Reports.Any(ids.Contains)).ToArray(),
            Stories = [story],
            // An entity or quote that does not say where it comes from is kept rather than lost.
            Entities = analysis.Entities.Where(e => e.Reports.Count == 0 || e.Reports.Any(ids.Contains)).ToArray(),
            Quotes = analysis.Quotes.Where(q => q.Reports.Count == 0 || q.Reports.Any(ids.Contains)).ToArray(),
        };
    }

    public static StoryRow Row(CorpusAnalysis analysis, Story story)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(story);
        var byId = analysis.Reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var groupOf = new Dictionary<string, CopyGroup>(StringComparer.Ordinal);
        foreach (var group in analysis.CopyGroups)
            foreach (var id in group.Reports) groupOf.TryAdd(id, group);

        // The same rule as the JSON report's independent_source: the copy group's source, else the outlet, else the report.
        var sources = story.Reports
            .Select(id => groupOf.TryGetValue(id, out var g) ? g.IndependentSource
                : byId.TryGetValue(id, out var r) && r.Outlet is { } outlet ? outlet : id)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Count();

        // The span of what happened when the events are dated, else of when it was reported.
        var dates = story.Events.Where(e => e.Date is not null).Select(e => e.Date!.Value.Date).ToList();
        if (dates.Count == 0)
        {
            dates = story.Reports
                .Select(id => byId.TryGetValue(id, out var r) ? r.Published?.Date : null)
                .OfType<DateOnly>()
                .ToList();
        }

        var conflict = story.Events.Any(e => e.Facts.Values.Any(f => f.Conflict));
        return new StoryRow(story.Id, story.Title, story.Reports.Count, sources,
            dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(), conflict);
    }
}
