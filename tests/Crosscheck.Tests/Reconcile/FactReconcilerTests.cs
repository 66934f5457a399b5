using Crosscheck.Model;
using Crosscheck.Reconcile;

namespace Crosscheck.Tests.Reconcile;

public class FactReconcilerTests
{
    private static Claim C(string report, double value, Qualifier q = Qualifier.Exact, string published = "2024-05-01", double? high = null) =>
        new(report, value, q, new Citation(report, default, "")) { Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), High = high };

    private static ReconciledFact Fact(params Claim?[] claims) => Named("killed", claims);

    private static ReconciledFact Named(string name, params Claim?[] claims) => new(name)
    {
        ByReport = claims.Select((c, i) => (Key: c?.Report ?? $"none{i}", c)).ToDictionary(x => x.Key, x => x.c),
    };

    private static string Self(string report) => report;

    [Fact]
    public void Different_figures_conflict_but_a_bound_below_an_exact_figure_stays_consistent()
    {
        var f = FactReconciler.Reconcile(Fact(C("a", 4), C("b", 3, Qualifier.AtLeast), C("c", 4)), Self);
        Assert.True(f.Conflict);
        Assert.True(f.Consistent);
        Assert.Equal(3, f.Low);
        Assert.Equal(4, f.Best);
        Assert.Equal(4, f.High);
        Assert.Equal(3, f.IndependentSources);
    }

    [Fact]
    public void Two_exact_figures_are_inconsistent()
    {
        var f = FactReconciler.Reconcile(Fact(C("a", 3), C("b", 4)), Self);
        Assert.True(f.Conflict);
        Assert.False(f.Consistent);
    }

    [Fact]
    public void The_same_figure_with_and_without_a_qualifier_is_no_conflict()
    {
        var f = FactReconciler.Reconcile(Fact(C("a", 20, Qualifier.AtLeast), C("b", 20), null), Self);
        Assert.False(f.Conflict);
        Assert.Equal(20, f.Best);
        Assert.Equal(2, f.IndependentSources);
    }

    [Fact]
    public void Best_prefers_the_exact_figure_then_the_latest()
    {
        // Not a toll (a count of aircraft): the latest exact figure is the best estimate.
        var f = FactReconciler.Reconcile(Named("aircraft", C("a", 40, Qualifier.MoreThan, "2024-05-03"), C("b", 40, Qualifier.Exact, "2024-05-01"), C("c", 7, Qualifier.Exact, "2024-05-02")), Self);
        Assert.Equal(7, f.Best);
    }

    [Theory]
    [InlineData("killed", 5.0, "a toll rises while an incident is reported: a later partial count from another source does not lower it")]
    [InlineData("injured", 5.0, "the injured are a toll too")]
    [InlineData("aircraft", 2.0, "other facts take the latest figure")]
    public void A_toll_takes_the_highest_current_exact_figure(string name, double best, string why)
    {
        var f = FactReconciler.Reconcile(Named(name, C("a", 5, Qualifier.Exact, "2024-05-01"), C("b", 2, Qualifier.Exact, "2024-05-02")), Self);
        Assert.True(best == f.Best, $"{why}: best {f.Best}");
        Assert.True(f.Conflict, "independent sources that disagree are still flagged");
    }

    [Fact]
    public void A_toll_prefers_an_exact_figure_over_a_higher_bound()
    {
        var f = FactReconciler.Reconcile(Fact(C("a", 40, Qualifier.MoreThan, "2024-05-03"), C("b", 7, Qualifier.Exact, "2024-05-02")), Self);
        Assert.Equal(7, f.Best);
    }

    [Fact]
    public void A_figure_revised_later_by_the_same_source_is_not_used()
    {
        // Both reports come from one wire: the later one revised the toll from 3 to 7.
        var f = FactReconciler.Reconcile(Fact(C("w1", 3, Qualifier.Exact, "2024-05-01"), C("w2", 7, Qualifier.Exact, "2024-05-02")), _ => "wire");
        Assert.Equal(7, f.Low);
        Assert.Equal(7, f.Best);
        Assert.True(f.Conflict);
        Assert.Equal(1, f.IndependentSources);
        Assert.True(f.SingleSource);
    }

    [Theory]
    [InlineData(5.0, Qualifier.MoreThan, 5.0, Qualifier.AtMost, false)]   // (5, inf) and (-inf, 5] do not meet
    [InlineData(5.0, Qualifier.AtLeast, 5.0, Qualifier.AtMost, true)]     // both allow exactly 5
    [InlineData(100.0, Qualifier.About, 110.0, Qualifier.Exact, true)]    // "about 100" covers 110
    [InlineData(2.0, Qualifier.LessThan, 2.0, Qualifier.Exact, false)]    // "fewer than 2" excludes 2
    public void Consistency_is_whether_one_figure_satisfies_every_claim(double a, Qualifier qa, double b, Qualifier qb, bool expected)
    {
        Assert.Equal(expected, FactReconciler.Consistent([C("a", a, qa), C("b", b, qb)]));
    }

    [Fact]
    public void Figures_that_differ_only_by_unit_conversion_do_not_conflict()
    {
        // "more than 300 mm" and "12 inches" (304.8 mm) are the same figure up to rounding.
        var f = FactReconciler.Reconcile(Fact(C("a", 300, Qualifier.MoreThan), C("b", 304.8)), Self);
        Assert.False(f.Conflict);
    }
}
