namespace Crosscheck.Reconcile;

/// <summary>Thresholds of fact reconciliation, with their defaults.</summary>
public sealed record ReconcileOptions
{
    public static ReconcileOptions Default { get; } = new();

    /// <summary>
    /// Two figures within this share of the larger are one figure: converted units differ by
    /// rounding ("12 inches" = 304.8 mm against "300 mm").
    /// </summary>
    public double SameFigureTolerance { get; init; } = 0.02;

    /// <summary>
    /// Facts that count the victims of one incident (the engine's fact classes, the same in every
    /// language): their best estimate is the highest current figure, because a toll rises while an
    /// incident is reported. Other facts take the most specific, then the latest figure.
    /// </summary>
    public IReadOnlySet<string> TollFacts { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "killed", "dead", "injured", "wounded" };
}
