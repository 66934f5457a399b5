using Crosscheck.Model;

namespace Crosscheck.Pipeline;

/// <summary>
/// A stage that works on one report at a time. It declares the layers it reads and the layers it
/// adds, so that a misordered pipeline is caught when it is built, not when it runs.
/// </summary>
public interface IReportStage
{
    string Name { get; }

    IReadOnlyList<IDataKey> Requires { get; }

    IReadOnlyList<IDataKey> Assigns { get; }

    void Process(Report report);
}

/// <summary>A stage that works across the corpus: copies, stories, events, reconciliation.</summary>
public interface ICorpusStage
{
    string Name { get; }

    void Process(CorpusContext context);
}

/// <summary>The mutable working state of the corpus stages; frozen into a <see cref="CorpusAnalysis"/>.</summary>
public sealed class CorpusContext
{
    public CorpusContext(IReadOnlyList<Report> reports, PipelineOptions options)
    {
        Reports = reports;
        Options = options;
        ById = reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Report> Reports { get; }

    public IReadOnlyDictionary<string, Report> ById { get; }

    public PipelineOptions Options { get; }

    public List<CopyGroup> CopyGroups { get; } = [];

    /// <summary>Report id to its copy group (every report has one; a lone report forms its own).</summary>
    public Dictionary<string, CopyGroup> CopyGroupOf { get; } = new(StringComparer.Ordinal);

    public List<Story> Stories { get; } = [];

    public List<Entity> Entities { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<InputProblem> Problems { get; } = [];

    /// <summary>The independent source of a report: its copy group's source, or the report itself.</summary>
    public string IndependentSourceOf(string reportId) =>
        CopyGroupOf.TryGetValue(reportId, out var group) ? group.IndependentSource : reportId;

    public CorpusAnalysis Freeze() => new(Reports)
    {
        CopyGroups = CopyGroups.ToArray(),
        Stories = Stories.ToArray(),
        Entities = Entities.ToArray(),
        Quotes = Quotes.ToArray(),
        Problems = Problems.ToArray(),
    };
}
