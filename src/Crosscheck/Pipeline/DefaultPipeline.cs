using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Pipeline;

/// <summary>
/// A built, frozen pipeline: per-report stages run first (in parallel across reports), corpus
/// stages then run once over all reports. The stage list and its order are written once, in
/// <see cref="PipelineBuilder"/>; <see cref="Build"/> is the default set-up.
/// </summary>
public sealed class DefaultPipeline
{
    internal DefaultPipeline(IReadOnlyList<IReportStage> reportStages, IReadOnlyList<ICorpusStage> corpusStages, PipelineOptions options)
    {
        ReportStages = reportStages;
        CorpusStages = corpusStages;
        Options = options;
    }

    public IReadOnlyList<IReportStage> ReportStages { get; }

    public IReadOnlyList<ICorpusStage> CorpusStages { get; }

    public PipelineOptions Options { get; }

    /// <summary>The default stages with <paramref name="options"/> (a shortcut for <see cref="PipelineBuilder"/>).</summary>
    /// <param name="languages">The language packs the language-dependent stages read (default: the embedded ones).</param>
    public static DefaultPipeline Build(PipelineOptions? options = null, LanguagePacks? languages = null) =>
        new PipelineBuilder
        {
            Options = options ?? PipelineOptions.Default,
            Dependencies = PipelineDependencies.Default with { Languages = languages ?? LanguagePacks.Default },
        }.Build();

    /// <summary>
    /// Throws when a stage requires a layer or corpus key that no earlier stage assigns, or assigns
    /// one an earlier stage already assigns. Per-report stages all run before the corpus stages.
    /// </summary>
    internal static void Validate(IReadOnlyList<IReportStage> reportStages, IReadOnlyList<ICorpusStage> corpusStages)
    {
        var produced = new Dictionary<IDataKey, string>();
        var stages = reportStages.Select(s => (s.Name, s.Requires, s.Assigns, Kind: "report"))
            .Concat(corpusStages.Select(s => (s.Name, s.Requires, s.Assigns, Kind: "corpus")));
        foreach (var (name, requires, assigns, kind) in stages)
        {
            foreach (var key in requires)
            {
                if (!produced.ContainsKey(key))
                    throw new InvalidOperationException($"Pipeline {kind} stage '{name}' requires '{key.Name}', which no earlier stage assigns.");
            }
            foreach (var key in assigns)
            {
                if (!produced.TryAdd(key, name))
                    throw new InvalidOperationException($"Pipeline {kind} stage '{name}' assigns '{key.Name}', which stage '{produced[key]}' already assigns.");
            }
        }
    }

    /// <summary>Runs the per-report stages on one report.</summary>
    public void Annotate(Report report)
    {
        foreach (var stage in ReportStages) stage.Process(report);
    }

    /// <summary>Runs the whole pipeline. Reports are annotated in parallel; progress counts reports.</summary>
    public CorpusAnalysis Run(IReadOnlyList<Report> reports, IReadOnlyList<InputProblem>? problems = null, IProgress<int>? progress = null)
    {
        var done = 0;
        Parallel.ForEach(reports, report =>
        {
            Annotate(report);
            progress?.Report(Interlocked.Increment(ref done));
        });
        var context = new CorpusContext(reports, Options, problems);
        foreach (var stage in CorpusStages) stage.Process(context.For(stage));
        return context.Freeze();
    }

    /// <summary>The stages in order, for `crosscheck pipeline` and newcomers.</summary>
    public IEnumerable<string> Describe()
    {
        foreach (var s in ReportStages)
            yield return $"report  {s.Name,-16} needs [{string.Join(", ", s.Requires.Select(k => k.Name))}] adds [{string.Join(", ", s.Assigns.Select(k => k.Name))}]";
        foreach (var s in CorpusStages)
            yield return $"corpus  {s.Name,-16} needs [{string.Join(", ", s.Requires.Select(k => k.Name))}] adds [{string.Join(", ", s.Assigns.Select(k => k.Name))}]";
    }
}
