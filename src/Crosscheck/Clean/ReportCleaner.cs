using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Clean;

/// <summary>
/// Removes scraping noise (captions with credits, "READ MORE |" teasers, trailing "Forum", share
/// prompts), turns bylines into outlet or wire attribution, and normalises white space.
/// Must run first: every later offset points into the text it leaves.
/// </summary>
public sealed class ReportCleaner : IReportStage
{
    public string Name => "clean";

    public IReadOnlyList<IDataKey> Requires => [];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Cleaned];

    public void Process(Report report)
    {
        // STUB: replaced by the cleaning stage.
        report.Text = report.RawText.Replace("\r\n", "\n", StringComparison.Ordinal);
        report.Set(Layers.Cleaned, new CleaningLog([]));
    }
}
