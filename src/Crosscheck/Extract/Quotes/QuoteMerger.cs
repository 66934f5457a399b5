using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Quotes;

/// <summary>One quotation carried by several reports becomes one quote with several sources.</summary>
public sealed class QuoteMerger : ICorpusStage
{
    public string Name => "merge-quotes";

    public void Process(CorpusContext context)
    {
        // STUB
    }
}
