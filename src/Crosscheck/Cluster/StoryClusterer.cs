using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Cluster;

/// <summary>Thresholds of story clustering.</summary>
public sealed record ClusterOptions;

/// <summary>Clusters reports into stories.</summary>
public sealed class StoryClusterer : ICorpusStage
{
    public string Name => "cluster";

    public void Process(CorpusContext context)
    {
        // STUB: one story.
        context.Stories.Add(new Story("story-1", context.Reports.FirstOrDefault()?.Title ?? "Story", context.Reports.Select(r => r.Id).ToArray()));
    }
}
