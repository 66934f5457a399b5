using Crosscheck.Clean;
using Crosscheck.Cluster;
using Crosscheck.Dedup;
using Crosscheck.Extract.Entities;
using Crosscheck.Extract.Events;
using Crosscheck.Extract.Quantities;
using Crosscheck.Extract.Quotes;
using Crosscheck.Extract.Time;
using Crosscheck.Reconcile;
using Crosscheck.Text;

namespace Crosscheck.Pipeline;

/// <summary>
/// Sets up a pipeline, in the manner of markdig's <c>MarkdownPipelineBuilder</c>: the constructor
/// lists every default stage, in order, once; <see cref="Replace{T}(IReportStage)"/>,
/// <see cref="InsertBefore{T}(IReportStage)"/>, <see cref="InsertAfter{T}(IReportStage)"/> and
/// <see cref="Remove{T}"/> change the list (swapping the rule-based name finder for a learned one,
/// adding an embedding-based similarity stage) without an edit of the engine;
/// <see cref="Options"/> and <see cref="Dependencies"/> reach every stage. <see cref="Build"/>
/// checks the order (each stage's requirements assigned by an earlier one, each layer and corpus
/// key by one stage only) and returns a frozen pipeline; the builder cannot be changed after.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<Entry<IReportStage>> _report = [];
    private readonly List<Entry<ICorpusStage>> _corpus = [];
    private PipelineOptions _options = PipelineOptions.Default;
    private PipelineDependencies _dependencies = PipelineDependencies.Default;
    private bool _built;

    public PipelineBuilder()
    {
        // Per report, in parallel across reports.
        Add<ReportCleaner>(s => new ReportCleaner(s.Options.Clean, s.Dependencies.Languages)); // first: every later offset points into the cleaned text; sets the language
        Add<StatedDating>(s => new StatedDating(s.Options.Time));               // a dateline's date, per report: dedup and clustering weigh dates
        Add<TextSegmenter>(_ => new TextSegmenter());
        Add<EntityRecognizer>(s => new EntityRecognizer(s.Options.Entities, s.Dependencies.Gazetteer, s.Dependencies.NameModel, s.Dependencies.Languages));
        Add<TimeRecognizer>(s => new TimeRecognizer(s.Dependencies.Languages));
        Add<QuantityRecognizer>(s => new QuantityRecognizer(s.Options.Quantities, s.Dependencies.Languages));
        Add<QuoteExtractor>(s => new QuoteExtractor(s.Dependencies.Languages, s.Options.Quotes));         // needs names to resolve "he said" and titles to speakers
        Add<EventMentionFinder>(s => new EventMentionFinder(s.Dependencies.Languages));               // needs places, times, figures and quote spans

        // Across the corpus, once. Dedup and clustering read their options from the frozen
        // options the pipeline runs with (CorpusContext.Options).
        AddCorpus<CopyDetector>(_ => new CopyDetector());                       // before clustering: copies must land in one story
        AddCorpus<StoryClusterer>(s => new StoryClusterer(s.Dependencies.Languages));
        AddCorpus<PublicationDating>(s => new PublicationDating(s.Options.Time)); // some reports are dated only by their story
        AddCorpus<EntityLinker>(s => new EntityLinker(s.Options.Entities, s.Dependencies.Gazetteer, s.Dependencies.Languages));
        AddCorpus<EventBuilder>(s => new EventBuilder(s.Options.Events, s.Dependencies.Languages));       // needs resolved dates and linked place names
        AddCorpus<QuoteMerger>(s => new QuoteMerger(s.Options.Quotes));         // needs linked speakers
        AddCorpus<FactReconciler>(s => new FactReconciler(s.Options.Reconcile)); // low/best/high over the events' claims
    }

    /// <summary>Every threshold, one record per stage.</summary>
    public PipelineOptions Options
    {
        get => _options;
        set { Mutable(); _options = value ?? throw new ArgumentNullException(nameof(value)); }
    }

    /// <summary>The gazetteer and the name model the stages use.</summary>
    public PipelineDependencies Dependencies
    {
        get => _dependencies;
        set { Mutable(); _dependencies = value ?? throw new ArgumentNullException(nameof(value)); }
    }

    /// <summary>The per-report stages' types, in order.</summary>
    public IReadOnlyList<Type> ReportStages => _report.Select(e => e.Type).ToArray();

    /// <summary>The corpus stages' types, in order.</summary>
    public IReadOnlyList<Type> CorpusStages => _corpus.Select(e => e.Type).ToArray();

    /// <summary>Changes the options: <c>builder.Configure(o => o with { Cluster = ... })</c>.</summary>
    public PipelineBuilder Configure(Func<PipelineOptions, PipelineOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Options = change(Options);
        return this;
    }

    /// <summary>Puts <paramref name="stage"/> where the per-report stage of type <typeparamref name="T"/> is.</summary>
    public PipelineBuilder Replace<T>(IReportStage stage) where T : IReportStage => Edit(_report, typeof(T), stage, 0, replace: true);

    /// <summary>Puts <paramref name="stage"/> where the corpus stage of type <typeparamref name="T"/> is.</summary>
    public PipelineBuilder Replace<T>(ICorpusStage stage) where T : ICorpusStage => Edit(_corpus, typeof(T), stage, 0, replace: true);

    public PipelineBuilder InsertBefore<T>(IReportStage stage) where T : IReportStage => Edit(_report, typeof(T), stage, 0, replace: false);

    public PipelineBuilder InsertBefore<T>(ICorpusStage stage) where T : ICorpusStage => Edit(_corpus, typeof(T), stage, 0, replace: false);

    public PipelineBuilder InsertAfter<T>(IReportStage stage) where T : IReportStage => Edit(_report, typeof(T), stage, 1, replace: false);

    public PipelineBuilder InsertAfter<T>(ICorpusStage stage) where T : ICorpusStage => Edit(_corpus, typeof(T), stage, 1, replace: false);

    /// <summary>Removes the stage of type <typeparamref name="T"/> (per-report or corpus).</summary>
    public PipelineBuilder Remove<T>() where T : class
    {
        Mutable();
        var removed = _report.RemoveAll(e => e.Type == typeof(T)) + _corpus.RemoveAll(e => e.Type == typeof(T));
        if (removed == 0) throw new InvalidOperationException($"The pipeline has no stage of type {typeof(T).Name}.");
        return this;
    }

    /// <summary>
    /// Creates the stages with the options and dependencies as they are now, checks their order and
    /// returns the pipeline. The builder is frozen from then on.
    /// </summary>
    public DefaultPipeline Build()
    {
        Mutable();
        _built = true;
        var setup = new Setup(_options, _dependencies);
        var reportStages = _report.Select(e => e.Create(setup)).ToArray();
        var corpusStages = _corpus.Select(e => e.Create(setup)).ToArray();
        DefaultPipeline.Validate(reportStages, corpusStages);
        return new DefaultPipeline(reportStages, corpusStages, _options);
    }

    private void Add<T>(Func<Setup, T> create) where T : IReportStage => _report.Add(new Entry<IReportStage>(typeof(T), s => create(s)));

    private void AddCorpus<T>(Func<Setup, T> create) where T : ICorpusStage => _corpus.Add(new Entry<ICorpusStage>(typeof(T), s => create(s)));

    private PipelineBuilder Edit<TStage>(List<Entry<TStage>> list, Type anchor, TStage stage, int offset, bool replace) where TStage : class
    {
        ArgumentNullException.ThrowIfNull(stage);
        Mutable();
        var at = list.FindIndex(e => e.Type == anchor);
        if (at < 0) throw new InvalidOperationException($"The pipeline has no stage of type {anchor.Name}.");
        var entry = new Entry<TStage>(stage.GetType(), _ => stage);
        if (replace) list[at] = entry;
        else list.Insert(at + offset, entry);
        return this;
    }

    private void Mutable()
    {
        if (_built) throw new InvalidOperationException("The pipeline has been built; its builder is frozen.");
    }

    private sealed record Setup(PipelineOptions Options, PipelineDependencies Dependencies);

    private sealed record Entry<TStage>(Type Type, Func<Setup, TStage> Create);
}
