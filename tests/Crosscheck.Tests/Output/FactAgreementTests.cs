using Crosscheck.Model;
using Crosscheck.Output;

namespace Crosscheck.Tests.Output;

public sealed class FactAgreementTests
{
    private static Claim C(string report, double value, int day, Qualifier qualifier = Qualifier.Exact) =>
        new(report, value, qualifier, new Citation(report, new TextSpan(0, 1), "x")) { Published = new DateOnly(2025, 5, day) };

    private static ReconciledFact Fact(bool conflict, bool consistent, params Claim[] claims) => new("killed")
    {
        ByReport = claims.ToDictionary(c => c.Report, c => (Claim?)c),
        Conflict = conflict,
        Consistent = consistent,
    };

    [Fact]
    public void The_same_figure_everywhere_agrees_and_says_nothing()
    {
        var agreement = FactAgreement.Of(Fact(false, true, C("a", 3, 1), C("b", 3, 1)));
        Assert.Equal(FactAgreement.Agree, agreement.Code);
        Assert.Null(agreement.Text);
    }

    [Fact]
    public void A_count_that_grows_day_by_day_is_an_evolving_count_not_a_dispute()
    {
        var agreement = FactAgreement.Of(Fact(true, false, C("a", 3, 1), C("b", 3, 1), C("c", 5, 3)));
        Assert.Equal(FactAgreement.Evolving, agreement.Code);
        Assert.Equal("rose from 3 to 5 over 2 days", agreement.Text);
        Assert.False(agreement.Disputed);
    }

    [Fact]
    public void Two_figures_on_the_same_day_that_cannot_both_be_true_are_a_disagreement()
    {
        var agreement = FactAgreement.Of(Fact(true, false, C("a", 3, 1), C("b", 5, 1)));
        Assert.Equal(FactAgreement.Disagree, agreement.Code);
        Assert.True(agreement.Disputed);
    }

    [Fact]
    public void A_lower_figure_after_a_higher_one_is_no_evolving_count()
    {
        Assert.Equal(FactAgreement.Disagree, FactAgreement.Of(Fact(true, false, C("a", 5, 1), C("b", 3, 2))).Code);
    }

    [Fact]
    public void Compatible_figures_list_what_each_source_states()
    {
        var agreement = FactAgreement.Of(Fact(true, true, C("a", 4, 1), C("b", 3, 1, Qualifier.AtLeast)));
        Assert.Equal("figures differ but could all be true (at least 3; 4)", agreement.Text);
        Assert.Equal("figures differ but could all be true", agreement.Note);
    }
}
