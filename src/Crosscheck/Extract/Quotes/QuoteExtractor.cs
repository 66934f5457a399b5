using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Quotes;

/// <summary>Finds direct and partial quotations and their speakers.</summary>
public sealed class QuoteExtractor : IReportStage
{
    public string Name => "quotes";

    public IReadOnlyList<IDataKey> Requires => [Layers.Tokens, Layers.Sentences, Layers.Entities];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Quotes];

    public void Process(Report report)
    {
        // STUB
        report.Set(Layers.Quotes, Array.Empty<QuoteMention>());
    }
}
