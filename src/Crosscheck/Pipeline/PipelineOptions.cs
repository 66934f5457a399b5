namespace Crosscheck.Pipeline;

/// <summary>
/// Every threshold of the pipeline in one visible place; each stage's defaults are documented where
/// its options record is defined.
/// </summary>
public sealed record PipelineOptions
{
    public static PipelineOptions Default { get; } = new();

    public Dedup.DedupOptions Dedup { get; init; } = new();

    public Cluster.ClusterOptions Cluster { get; init; } = new();
}
