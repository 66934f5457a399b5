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
}
