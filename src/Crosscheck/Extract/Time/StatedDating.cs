using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Time;

/// <summary>
/// Finds the publication date a report's own text states when its header gives none: a dateline
/// or stamp with a full date near the top (<see cref="PublicationDateFinder"/>). A per-report stage,
/// so that copy detection and clustering, which both weigh publication dates, already see it; only
/// dates that must be inferred from the story are left to the corpus stage
/// (<see cref="PublicationDating"/>).
/// </summary>
public sealed class StatedDating(TimeOptions? options = null) : IReportStage
{
    private readonly TimeOptions _options = options ?? TimeOptions.Default;

    public string Name => "stated-date";

    public IReadOnlyList<IDataKey> Requires => [Layers.Cleaned];

    public IReadOnlyList<IDataKey> Assigns => [Layers.StatedPublished];

    public void Process(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Metadata.Published is null && PublicationDateFinder.TryFindStated(report.Text, _options.StatedDateWindow, out var dateline))
            report.Set(Layers.StatedPublished, new PublishedDate(dateline, DateBasis.Dateline));
    }
}
