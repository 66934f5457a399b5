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
}
