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

/// <summary>
/// How the stories of an analysis become list rows and self-contained reports of their own. The
/// lookups are built once per analysis, so summarising every story stays linear in the corpus.
/// </summary>
public sealed class StorySummary
{
    private readonly CorpusAnalysis _analysis;
    private readonly Dictionary<string, Report> _reports;
    private readonly Dictionary<string, CopyGroup> _groupOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _entitiesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _quotesOf = new(StringComparer.Ordinal);
    private readonly int[] _unattributedEntities;
    private readonly int[] _unattributedQuotes;

    public StorySummary(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _analysis = analysis;
        _reports = new Dictionary<string, Report>(analysis.Reports.Count, StringComparer.Ordinal);
        foreach (var report in analysis.Reports) _reports.TryAdd(report.Id, report);
        foreach (var group in analysis.CopyGroups)
            foreach (var id in group.Reports) _groupOf.TryAdd(id, group);
        _unattributedEntities = Index(analysis.Entities.Select(e => e.Reports).ToList(), _entitiesOf);
        _unattributedQuotes = Index(analysis.Quotes.Select(q => q.Reports).ToList(), _quotesOf);
    }

    /// <summary>The part of the analysis about one story: its reports, copy groups, entities and
    /// quotes. Its JSON is the report contract for that story alone.</summary>
    public CorpusAnalysis Slice(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var reports = story.Reports.Where(_reports.ContainsKey).Select(id => _reports[id]).ToArray();
        return new CorpusAnalysis(reports)
        {
            CopyGroups = story.Reports.Select(id => _groupOf.GetValueOrDefault(id)).OfType<CopyGroup>().Distinct().ToArray(),
            Stories = [story],
            // An entity or quote that does not say where it comes from is kept rather than lost.
            Entities = Pick(story, _entitiesOf, _unattributedEntities).Select(i => _analysis.Entities[i]).ToArray(),
            Quotes = Pick(story, _quotesOf, _unattributedQuotes).Select(i => _analysis.Quotes[i]).ToArray(),
        };
    }

    public StoryRow Row(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        // The same rule as the JSON report's independent_source.
        var sources = story.Reports
            .Select(id => SourceIndex.SourceOf(_groupOf.GetValueOrDefault(id), _reports.GetValueOrDefault(id), id))
            .Distinct(SourceIndex.Comparer)
            .Count();

        // The span of what happened when the events are dated, else of when it was reported.
        var dates = story.Events.Where(e => e.Date is not null).Select(e => e.Date!.Value.Date).ToList();
        if (dates.Count == 0)
        {
            dates = story.Reports
                .Select(id => _reports.TryGetValue(id, out var r) ? r.Published?.Date : null)
                .OfType<DateOnly>()
                .ToList();
        }

        // As the story page and the briefs say it: figures that differ but could all be true, or a toll
        // that rose, are no disagreement (Output.FactAgreement).
        var conflict = story.Events.Any(e => e.Facts.Values.Any(f => Output.FactAgreement.Of(f).Disputed));
        return new StoryRow(story.Id, story.Title, story.Reports.Count, sources,
            dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max(), conflict);
    }

    /// <summary>Maps report id to the items that cite it; returns the items that cite none.</summary>
    private static int[] Index(List<IReadOnlyList<string>> reportsOfItem, Dictionary<string, List<int>> index)
    {
        var unattributed = new List<int>();
        for (var i = 0; i < reportsOfItem.Count; i++)
        {
            if (reportsOfItem[i].Count == 0) unattributed.Add(i);
            foreach (var id in reportsOfItem[i])
            {
                if (!index.TryGetValue(id, out var list)) index[id] = list = [];
                list.Add(i);
            }
        }
        return [.. unattributed];
    }

    private static IEnumerable<int> Pick(Story story, Dictionary<string, List<int>> index, int[] unattributed) =>
        story.Reports.SelectMany(id => index.TryGetValue(id, out var items) ? items : (IEnumerable<int>)[])
            .Concat(unattributed)
            .Distinct()
            .Order();
}
