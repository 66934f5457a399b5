namespace Crosscheck.Extract.Events;

/// <summary>Thresholds of event building (ACLED-style merging), with their defaults.</summary>
public sealed record EventOptions
{
    public static EventOptions Default { get; } = new();

    /// <summary>
    /// A mention without a place (or a sentence that only adds figures) attaches to an event of the
    /// same type the report named at most this many sentences before. 6: a news paragraph or two;
    /// further back, reports have usually moved on to background or another incident.
    /// </summary>
    public int AttachWindow { get; init; } = 6;

    /// <summary>
    /// A mention dated only by its publication may join an event stated up to this many days
    /// before: reports of an incident run for a few days after it.
    /// </summary>
    public int DefaultLagDays { get; init; } = 3;

    /// <summary>
    /// Two same-type events of one date at specific places at most this far apart are one event
    /// (a town and its suburb, a street and its city). 40 km: a metropolitan area; cities further
    /// apart are separate strikes.
    /// </summary>
    public double NearbyKm { get; init; } = 40;

    /// <summary>A story with more events than this skips nested-place merging (quadratic in events).</summary>
    public int MaxNestedMerge { get; init; } = 200;
}
