using Crosscheck.Clean;
using Crosscheck.Cluster;
using Crosscheck.Dedup;
using Crosscheck.Extract.Entities;
using Crosscheck.Extract.Events;
using Crosscheck.Extract.Quantities;
using Crosscheck.Extract.Quotes;
using Crosscheck.Extract.Time;
using Crosscheck.Model;
using Crosscheck.Reconcile;
using Crosscheck.Text;

namespace Crosscheck.Pipeline;

/// <summary>
/// Every stage, in order, in one place. Per-report stages run first (in parallel across reports);
/// corpus stages then run once over all reports. <see cref="Build"/> checks that each stage's
/// required layers are produced by an earlier one.
/// </summary>
public sealed class DefaultPipeline
{
    private DefaultPipeline(IReadOnlyList<IReportStage> reportStages, IReadOnlyList<ICorpusStage> corpusStages, PipelineOptions options)
    {
        ReportStages = reportStages;
        CorpusStages = corpusStages;
        Options = options;
    }

    public IReadOnlyList<IReportStage> ReportStages { get; }

    public IReadOnlyList<ICorpusStage> CorpusStages { get; }

    public PipelineOptions Options { get; }

    public static DefaultPipeline Build(PipelineOptions? options = null)
    {
        options ??= PipelineOptions.Default;
        IReportStage[] reportStages =
        [
            new ReportCleaner(),          // first: every later offset points into the cleaned text
            new StatedDating(),           // a dateline's date, per report: dedup and clustering weigh dates
            new TextSegmenter(),
            new EntityRecognizer(),
            new TimeRecognizer(),
            new QuantityRecognizer(),
            new QuoteExtractor(),         // needs names to resolve "he said" and titles to speakers
            new EventMentionFinder(),     // needs places, times, figures and quote spans
        ];
        ICorpusStage[] corpusStages =
        [
            new CopyDetector(),           // before clustering: copies must land in one story
            new StoryClusterer(),
            new PublicationDating(),      // some reports are dated only by their story
            new EntityLinker(),
            new EventBuilder(),           // needs resolved dates and linked place names
            new QuoteMerger(),
            new FactReconciler(),
        ];
        Validate(reportStages, corpusStages);
        return new DefaultPipeline(reportStages, corpusStages, options);
    }

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
