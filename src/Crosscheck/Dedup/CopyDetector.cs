using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Dedup;

/// <summary>Thresholds of copy detection.</summary>
public sealed record DedupOptions;

/// <summary>Groups exact, near and translated copies; names each group's independent source.</summary>
public sealed class CopyDetector : ICorpusStage
{
    public string Name => "dedup";

    public void Process(CorpusContext context)
    {
        // STUB: every report its own group.
        foreach (var report in context.Reports)
        {
            var group = new CopyGroup(report.Id, [report.Id]) { Original = report.Id, IndependentSource = report.Wire ?? report.Outlet ?? report.Id };
            context.CopyGroups.Add(group);
            context.CopyGroupOf[report.Id] = group;
        }
    }
}
