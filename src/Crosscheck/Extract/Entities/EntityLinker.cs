using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Entities;

/// <summary>Merges name variants across the reports of a story into entities.</summary>
public sealed class EntityLinker : ICorpusStage
{
    public string Name => "link-entities";

    public void Process(CorpusContext context)
    {
        // STUB
    }
}
