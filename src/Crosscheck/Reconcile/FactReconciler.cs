using Crosscheck.Pipeline;

namespace Crosscheck.Reconcile;

/// <summary>Per event and figure: low/best/high, conflict, independent-source counts.</summary>
public sealed class FactReconciler : ICorpusStage
{
    public string Name => "reconcile";

    public void Process(CorpusContext context)
    {
        // STUB
    }
}
