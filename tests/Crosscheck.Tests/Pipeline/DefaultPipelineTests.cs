using Crosscheck.Cluster;
using Crosscheck.Dedup;
using Crosscheck.Extract.Entities;
using Crosscheck.Extract.Time;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Pipeline;

public class DefaultPipelineTests
{
    private sealed class Stage(string name, IDataKey[] requires, IDataKey[] assigns) : IReportStage
    {
        public string Name => name;
        public IReadOnlyList<IDataKey> Requires => requires;
        public IReadOnlyList<IDataKey> Assigns => assigns;
        public void Process(Report report) { }
    }

    private sealed class CorpusStage(string name, IDataKey[] requires, IDataKey[] assigns, Action<CorpusContext>? run = null) : ICorpusStage
    {
        public string Name => name;
        public IReadOnlyList<IDataKey> Requires => requires;
        public IReadOnlyList<IDataKey> Assigns => assigns;
        public void Process(CorpusContext context) => run?.Invoke(context);
    }

    [Fact]
    public void Build_accepts_the_default_order()
    {
        var pipeline = DefaultPipeline.Build();
        Assert.NotEmpty(pipeline.Describe());
    }

    [Fact]
    public void Validate_rejects_a_stage_that_needs_a_layer_produced_later()
    {
        IReportStage[] stages =
        [
            new Stage("quotes", [Layers.Entities], [Layers.Quotes]),
            new Stage("entities", [], [Layers.Entities]),
        ];
        var e = Assert.Throws<InvalidOperationException>(() => DefaultPipeline.Validate(stages, []));
        Assert.Contains("entities", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_a_corpus_stage_moved_before_the_stage_whose_key_it_reads()
    {
        // Events read the entity links: moving the linker after them must fail at build time,
        // not hand the events an empty place index.
        var builder = new PipelineBuilder().Remove<EntityLinker>().InsertAfter<Crosscheck.Extract.Events.EventBuilder>(new EntityLinker());
        var e = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("'events' requires 'entity-links'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_rejects_a_corpus_key_assigned_by_two_stages()
    {
        var builder = new PipelineBuilder().InsertAfter<StoryClusterer>(new CorpusStage("second-cluster", [], [CorpusKeys.Stories]));
        var e = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("'stories', which stage 'cluster' already assigns", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_stage_may_require_a_report_layer_only_after_a_stage_assigns_it()
    {
        // PublicationDating reads the time layer; without the time recogniser it cannot run.
        var builder = new PipelineBuilder().Remove<TimeRecognizer>();
        var e = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("requires 'times'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_reading_an_undeclared_corpus_key_is_refused_when_it_runs()
    {
        var sneaky = new CorpusStage("sneaky", [], [], c => _ = c.Get(CorpusKeys.CopyGroups));
        var pipeline = new PipelineBuilder().InsertAfter<CopyDetector>(sneaky).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Run([new Report("a", "Rain fell on Monday.")]));
        Assert.Contains("'sneaky' reads 'copy-groups' but does not declare it", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_assigning_an_undeclared_corpus_key_is_refused_when_it_runs()
    {
        var sneaky = new CorpusStage("sneaky", [], [], c => c.Set(CorpusKeys.Quotes, []));
        var pipeline = new PipelineBuilder().InsertAfter<CopyDetector>(sneaky).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Run([new Report("a", "Rain fell on Monday.")]));
        Assert.Contains("assigns 'merged-quotes' but does not declare it", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_layer_is_set_once()
    {
        var report = new Report("a", "Text.");
        report.Set(Layers.StatedPublished, new PublishedDate(new DateOnly(2025, 1, 2), DateBasis.Dateline));
        Assert.Throws<InvalidOperationException>(() => report.Set(Layers.StatedPublished, new PublishedDate(new DateOnly(2025, 1, 3), DateBasis.Dateline)));
    }

    [Fact]
    public void A_header_date_wins_over_a_dateline_and_the_dateline_over_inference()
    {
        var header = new Report("a", "OSLO, June 5, 2025 - Text.") { Published = new PublishedDate(new DateOnly(2025, 6, 4), DateBasis.Header) };
        var dated = DefaultPipeline.Build().Run([header, new Report("b", "OSLO, June 5, 2025 - Rain fell.")]);
        Assert.Equal(DateBasis.Header, dated.Reports[0].Published!.Basis);
        Assert.Equal(new PublishedDate(new DateOnly(2025, 6, 5), DateBasis.Dateline), dated.Reports[1].Published);
    }
}
