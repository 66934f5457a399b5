using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Quantities;

/// <summary>Finds figures with their qualifiers, units and the fact they state.</summary>
public sealed class QuantityRecognizer : IReportStage
{
    public string Name => "quantities";

    public IReadOnlyList<IDataKey> Requires => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Quantities];

    public void Process(Report report)
    {
        // STUB
        report.Set(Layers.Quantities, Array.Empty<QuantityMention>());
    }
}
