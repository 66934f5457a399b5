using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Reconcile;

/// <summary>
/// Per event and figure, follows the UCDP habit: <c>low</c> and <c>high</c> are the lowest and
/// highest credible figures, <c>best</c> favours the most specific and then the latest claim (for a
/// toll, <see cref="ReconcileOptions.TollFacts"/>, the most specific and then the highest). A
/// figure that its own independent source later revised (a later report from the same wire or
/// outlet) is not credible any more and is left out of low/best/high, though it stays in the
/// per-report table. <c>conflict</c> says the sources state different figures; <c>consistent</c>
/// says whether they can all still be true ("at least 3" and "4" can).
/// </summary>
public sealed class FactReconciler(ReconcileOptions? options = null) : ICorpusStage
{
    private readonly ReconcileOptions _options = options ?? ReconcileOptions.Default;

    public string Name => "reconcile";

    public IReadOnlyList<IDataKey> Requires => [CorpusKeys.CopyGroups, CorpusKeys.Events];

    public IReadOnlyList<IDataKey> Assigns => [CorpusKeys.Facts];

    public void Process(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reconciled = new Dictionary<string, IReadOnlyList<Event>>(StringComparer.Ordinal);
        foreach (var (story, events) in context.Require(CorpusKeys.Events))
        {
            reconciled[story] = events.Select(e => e with
            {
                Facts = e.Facts.ToDictionary(kv => kv.Key, kv => Reconcile(kv.Value, context.SourceOf, _options), StringComparer.Ordinal),
            }).ToList();
        }
        context.Set(CorpusKeys.Facts, reconciled);
    }

    public static ReconciledFact Reconcile(ReconciledFact fact, Func<string, string> independentSourceOf, ReconcileOptions? options = null)
    {
        var claims = fact.ByReport.Values.Where(c => c is not null).Select(c => c!).ToList();
        if (claims.Count == 0) return fact with { Conflict = false, Consistent = true, IndependentSources = 0 };

        var current = Current(claims, independentSourceOf);
        var low = current.Min(c => LowerBound(c, fact.Unit));
        var high = current.Max(c => UpperBound(c, fact.Unit));
        var opts = options ?? ReconcileOptions.Default;
        var best = opts.TollFacts.Contains(fact.Name)
            // A toll only rises while an incident is reported: early reports count fewer dead than
            // the final record, and a later, lower figure from another source is most often a
            // partial count ("two others dead", "two juveniles were wounded"). The highest current
            // figure is the best estimate; a source that lowers its own figure is still heard
            // (Current keeps only its latest claim). An exact figure still beats a bound.
            ? current
                .OrderBy(c => Specificity(c.Qualifier))
                .ThenByDescending(c => BestValue(c))
                .ThenByDescending(c => c.Published ?? DateOnly.MinValue)
                .First()
            : current
                .OrderBy(c => Specificity(c.Qualifier))
                .ThenByDescending(c => c.Published ?? DateOnly.MinValue)
                .ThenByDescending(c => current.Count(o => o.Value == c.Value))
                .First();
        // Figures converted from other units ("12 inches" = 304.8 mm against "300 mm") differ by
        // rounding; within SameFigureTolerance (2%) they are the same figure.
        var distinct = DistinctFigures(claims, opts.SameFigureTolerance);
        var bestValue = BestValue(best);
        return fact with
        {
            // A lone "more than 40" gives best 40; the range must still contain the best estimate.
            Low = Math.Min(low, bestValue),
            High = Math.Max(high, bestValue),
            Best = bestValue,
            Conflict = distinct > 1,
            Consistent = Consistent(current),
            IndependentSources = claims.Select(c => independentSourceOf(c.Report)).Distinct(SourceIndex.Comparer).Count(),
        };
    }

    /// <summary>A claim's single figure: its value, or the middle of its range.</summary>
    private static double BestValue(Claim c) => c.High is { } h && c.Qualifier == Qualifier.Range ? (c.Value + h) / 2 : c.Value;

    internal static int DistinctFigures(IEnumerable<Claim> claims, double tolerance)
    {
        var kept = new List<(double Low, double High)>();
        foreach (var c in claims.OrderBy(c => c.Value))
        {
            var figure = (c.Value, c.High ?? c.Value);
            if (!kept.Any(k => Same(k.Low, figure.Value) && Same(k.High, figure.Item2))) kept.Add(figure);
        }
        return kept.Count;

        bool Same(double a, double b) => Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));
    }

    /// <summary>The latest claim of each independent source (earlier ones were revised by it).</summary>
    internal static List<Claim> Current(List<Claim> claims, Func<string, string> independentSourceOf)
    {
        var result = new List<Claim>();
        foreach (var bySource in claims.GroupBy(c => independentSourceOf(c.Report), SourceIndex.Comparer))
        {
            var latest = bySource.Max(c => c.Published ?? DateOnly.MinValue);
            result.AddRange(bySource.Where(c => (c.Published ?? DateOnly.MinValue) == latest));
        }
        return result;
    }

    /// <summary>The lowest figure a claim allows: "more than 40" people is at least 41.</summary>
    internal static double LowerBound(Claim c, string? unit) =>
        c.Qualifier == Qualifier.MoreThan && unit is null && c.Value == Math.Floor(c.Value) ? c.Value + 1 : c.Value;

    /// <summary>The highest figure a claim allows ("fewer than 10" is at most 9); a lower bound allows its own figure.</summary>
    internal static double UpperBound(Claim c, string? unit) =>
        c.High ?? (c.Qualifier == Qualifier.LessThan && unit is null && c.Value == Math.Floor(c.Value) && c.Value > 0 ? c.Value - 1 : c.Value);

    /// <summary>Lower is more specific: an exact figure beats an estimate, which beats a bound.</summary>
    internal static int Specificity(Qualifier q) => q switch
    {
        Qualifier.Exact => 0,
        Qualifier.About => 1,
        Qualifier.Range => 2,
        Qualifier.AtLeast or Qualifier.AtMost => 3,
        _ => 4,
    };

    /// <summary>True when some single figure satisfies every claim at once.</summary>
    internal static bool Consistent(IEnumerable<Claim> claims)
    {
        double lo = double.NegativeInfinity, hi = double.PositiveInfinity;
        bool loOpen = false, hiOpen = false;
        foreach (var c in claims)
        {
            var (a, b, aOpen, bOpen) = c.Qualifier switch
            {
                Qualifier.AtLeast => (c.Value, double.PositiveInfinity, false, false),
                Qualifier.MoreThan => (c.Value, double.PositiveInfinity, true, false),
                Qualifier.AtMost => (double.NegativeInfinity, c.Value, false, false),
                Qualifier.LessThan => (double.NegativeInfinity, c.Value, false, true),
                Qualifier.About => (c.Value * 0.8, c.Value * 1.2, false, false),
                Qualifier.Range => (c.Value, c.High ?? c.Value, false, false),
                _ => (c.Value, c.Value, false, false),
            };
            if (a > lo || (a == lo && aOpen)) { lo = a; loOpen = aOpen; }
            if (b < hi || (b == hi && bOpen)) { hi = b; hiOpen = bOpen; }
        }
        return lo < hi || (lo == hi && !loOpen && !hiOpen);
    }
}
