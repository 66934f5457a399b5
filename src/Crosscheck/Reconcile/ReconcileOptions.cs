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
}
