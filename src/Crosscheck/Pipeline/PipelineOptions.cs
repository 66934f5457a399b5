using Crosscheck.Clean;
using Crosscheck.Cluster;
using Crosscheck.Dedup;
using Crosscheck.Extract.Entities;
using Crosscheck.Extract.Events;
using Crosscheck.Extract.Quantities;
using Crosscheck.Extract.Quotes;
using Crosscheck.Extract.Time;
using Crosscheck.Reconcile;

namespace Crosscheck.Pipeline;

/// <summary>
/// Every threshold of the pipeline in one visible place, one record per stage; each stage's
/// defaults are documented where its options record is defined. Change one with <c>with</c>:
/// <c>options with { Cluster = options.Cluster with { Threshold = 0.2 } }</c>.
/// </summary>
public sealed record PipelineOptions
{
    public static PipelineOptions Default { get; } = new();

    public CleanOptions Clean { get; init; } = CleanOptions.Default;

    public EntityOptions Entities { get; init; } = EntityOptions.Default;

    public TimeOptions Time { get; init; } = TimeOptions.Default;

    public QuantityOptions Quantities { get; init; } = QuantityOptions.Default;

    public QuoteOptions Quotes { get; init; } = QuoteOptions.Default;

    public EventOptions Events { get; init; } = EventOptions.Default;

    public DedupOptions Dedup { get; init; } = new();

    public ClusterOptions Cluster { get; init; } = new();

    public ReconcileOptions Reconcile { get; init; } = ReconcileOptions.Default;
}
