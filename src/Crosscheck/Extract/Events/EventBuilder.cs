using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Events;

/// <summary>Merges event mentions across the reports of each story into events.</summary>
public sealed class EventBuilder : ICorpusStage
{
    public string Name => "events";

    public void Process(CorpusContext context)
    {
        // STUB
    }
}
