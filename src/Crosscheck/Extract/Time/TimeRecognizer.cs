using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Time;

/// <summary>Finds time expressions; resolution against the publication date happens later.</summary>
public sealed class TimeRecognizer : IReportStage
{
    public string Name => "times";

    public IReadOnlyList<IDataKey> Requires => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Times];

    public void Process(Report report)
    {
        // STUB
        report.Set(Layers.Times, Array.Empty<TimeMention>());
    }
}
