using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Entities;

/// <summary>Finds people, organisations and places in one report.</summary>
public sealed class EntityRecognizer : IReportStage
{
    public string Name => "entities";

    public IReadOnlyList<IDataKey> Requires => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Entities];

    public void Process(Report report)
    {
        // STUB
        report.Set(Layers.Entities, Array.Empty<EntityMention>());
    }
}
