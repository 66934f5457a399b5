using Crosscheck.Extract.Entities;
using Crosscheck.Extract.Events;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Reconcile;

namespace Crosscheck.Tests.Pipeline;

public class PipelineBuilderTests
{
    private static readonly DataKey<IReadOnlyList<string>> Shouted = new("shouted");

    /// <summary>A custom per-report stage: the words written in capitals, as its own layer.</summary>
    private sealed class ShoutFinder : IReportStage
    {
        public string Name => "shouts";
        public IReadOnlyList<IDataKey> Requires => [Layers.Tokens];
        public IReadOnlyList<IDataKey> Assigns => [Shouted];
        public void Process(Report report) =>
            report.Set(Shouted, report.Require(Layers.Tokens).Where(t => t.Text.Length > 2 && t.Text.All(char.IsUpper)).Select(t => t.Text).ToArray());
    }

    /// <summary>A stand-in for a learned name finder: every capitalised word after "Mayor" is a person.</summary>
    private sealed class MayorFinder : IReportStage
    {
        public string Name => "entities";
        public IReadOnlyList<IDataKey> Requires => [Layers.Tokens, Layers.Sentences];
        public IReadOnlyList<IDataKey> Assigns => [Layers.Entities];
        public void Process(Report report)
        {
            var tokens = report.Require(Layers.Tokens);
            var found = new List<EntityMention>();
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (tokens[i].Text == "Mayor" && tokens[i + 1].IsCapitalized)
                    found.Add(new EntityMention(tokens[i + 1].Span, tokens[i + 1].Text, EntityType.Person, tokens[i + 1].Sentence));
            }
            report.Set(Layers.Entities, found);
        }
    }

    [Fact]
    public void A_custom_stage_is_inserted_with_one_call_and_its_layer_is_filled()
    {
        var pipeline = new PipelineBuilder().InsertAfter<Crosscheck.Text.TextSegmenter>(new ShoutFinder()).Build();
        var report = new Report("a", "The council said NEVER to the plan on Monday.");
        pipeline.Annotate(report);
        Assert.Equal(["NEVER"], report.Require(Shouted));
        Assert.Contains(pipeline.Describe(), line => line.Contains("shouts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stage_is_replaced_with_one_call_and_later_stages_read_its_output()
    {
        var pipeline = new PipelineBuilder().Replace<EntityRecognizer>(new MayorFinder()).Build();
        var analysis = pipeline.Run([new Report("a", "Mayor Ortel opened the bridge on Monday. \"It will carry the whole valley,\" Ortel said.")]);
        Assert.IsType<MayorFinder>(pipeline.ReportStages.Single(s => s.Name == "entities"));
        Assert.Contains(analysis.Entities, e => e.Canonical == "Ortel" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Inserting_before_a_missing_stage_says_which()
    {
        var builder = new PipelineBuilder().Remove<FactReconciler>();
        var e = Assert.Throws<InvalidOperationException>(() => builder.InsertBefore<FactReconciler>(new ReconcilerStandIn()));
        Assert.Contains(nameof(FactReconciler), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_reach_the_stages_and_the_built_pipeline_is_frozen()
    {
        var builder = new PipelineBuilder().Configure(o => o with { Events = o.Events with { AttachWindow = 1 } });
        var pipeline = builder.Build();
        Assert.Equal(1, pipeline.Options.Events.AttachWindow);
        Assert.Throws<InvalidOperationException>(() => builder.Remove<EventBuilder>());
        Assert.Throws<InvalidOperationException>(() => builder.Options = PipelineOptions.Default);
    }

    [Fact]
    public void Dependencies_are_asked_for_only_when_a_stage_needs_them()
    {
        var asked = 0;
        var builder = new PipelineBuilder
        {
            Dependencies = PipelineDependencies.Default with { Gazetteer = () => { asked++; return Crosscheck.Gazetteer.GazetteerIndex.Default; } },
        };
        builder.Build();
        Assert.Equal(0, asked);
    }

    private sealed class ReconcilerStandIn : ICorpusStage
    {
        public string Name => "reconcile";
        public IReadOnlyList<IDataKey> Requires => [];
        public IReadOnlyList<IDataKey> Assigns => [];
        public void Process(CorpusContext context) { }
    }
}
