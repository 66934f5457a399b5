using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Events;

/// <summary>Finds what each sentence says happened: trigger, type, place, time and figures.</summary>
public sealed class EventMentionFinder : IReportStage
{
    public string Name => "event-mentions";

    public IReadOnlyList<IDataKey> Requires => [Layers.Sentences, Layers.Entities, Layers.Times, Layers.Quantities, Layers.Quotes];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Events];

    public void Process(Report report)
    {
        // STUB
        report.Set(Layers.Events, Array.Empty<EventMention>());
    }
}
