using Crosscheck.Extract.Time;
using Crosscheck.Model;
using Crosscheck.Text;
using static Crosscheck.Tests.Extract.Time.TimeTestText;

namespace Crosscheck.Tests.Extract.Time;

/// <summary>TimeML values of the expressions scored by `crosscheck eval time`, and their absence from the engine's dates.</summary>
public class TimexValueTests
{
    private static List<(string Text, string Type, string Value)> Timexes(string text, string dct)
    {
        var sentences = SentenceSplitter.Split(text).Select((s, i) => new Sentence(i, s.Span, s.Paragraph)).ToList();
        return TimeRecognizer.Recognize(text, sentences, allTimexes: true)
            .Select(m => (m.Text, TimeMLEvaluator.TypeOf(m.Reference), TimeMLEvaluator.ValueOf(m.Reference, Day(dct))))
            .ToList();
    }

    // Columns: text, creation time, the expression as spanned, TIMEX3 type, TIMEX3 value, why.
    [Theory]
    [InlineData("The mill is now closed to visitors.", "2031-05-14", "now", "DATE", "PRESENT_REF", "'now' is the present")]
    [InlineData("The ferry currently sails twice a week.", "2031-05-14", "currently", "DATE", "PRESENT_REF", "'currently'")]
    [InlineData("The bakery recently changed owners.", "2031-05-14", "recently", "DATE", "PAST_REF", "'recently'")]
    [InlineData("Rents have doubled in recent years.", "2031-05-14", "recent years", "DATE", "PAST_REF", "'recent years' without 'in'")]
    [InlineData("Such storms were rare in the past.", "2031-05-14", "the past", "DATE", "PAST_REF", "'in the past'")]
    [InlineData("The port may close in the near future.", "2031-05-14", "the near future", "DATE", "FUTURE_REF", "'the near future'")]
    [InlineData("Output rose in the third quarter.", "2031-11-02", "the third quarter", "DATE", "2031-Q3", "a quarter just ended is this year's")]
    [InlineData("Third-quarter sales fell 4%.", "2031-11-02", "Third-quarter", "DATE", "2031-Q3", "hyphenated adjective")]
    [InlineData("Sales in the fourth quarter should recover.", "2032-01-20", "the fourth quarter", "DATE", "2031-Q4", "in January the fourth quarter is last year's")]
    [InlineData("Profit doubled in the second quarter of 2029.", "2031-11-02", "the second quarter of 2029", "DATE", "2029-Q2", "'of YEAR'")]
    [InlineData("Orders slowed in the latest quarter.", "2031-11-02", "the latest quarter", "DATE", "2031-Q3", "the latest quarter is the one before the creation time's")]
    [InlineData("Margins narrowed in last year's fourth quarter.", "2031-11-02", "last year's fourth quarter", "DATE", "2030-Q4", "'last year's' moves a year back")]
    [InlineData("We expect a flat second quarter.", "2031-11-02", "a flat second quarter", "DATE", "2031-Q2", "'a' with an ordinal is a quarter")]
    [InlineData("The visit took place last fall.", "2031-05-14", "last fall", "DATE", "2030-FA", "'last' season is last year's")]
    [InlineData("The bridge opens this summer.", "2031-05-14", "this summer", "DATE", "2031-SU", "'this summer'")]
    [InlineData("The dam was built in the winter of 1994.", "2031-05-14", "the winter of 1994", "DATE", "1994-WI", "season with a year")]
    [InlineData("The town boomed in the 1980s.", "2031-05-14", "the 1980s", "DATE", "198", "a decade is its first three digits")]
    [InlineData("Growth slowed in the mid-1990s.", "2031-05-14", "the mid-1990s", "DATE", "199", "'mid-' belongs to the span")]
    [InlineData("The canal dates from the 11th century.", "2031-05-14", "the 11th century", "DATE", "10", "a century is its first two digits")]
    [InlineData("Revenue for the year rose 8%.", "2031-05-14", "the year", "DATE", "2031", "'the year' is the creation time's")]
    [InlineData("Prices rose 3% over the past year.", "2031-05-14", "the past year", "DATE", "2030", "'the past year'")]
    [InlineData("Analysts see 2032 as a better year.", "2031-05-14", "2032", "DATE", "2032", "a bare year")]
    [InlineData("The school opened in nineteen ninety-six.", "2031-05-14", "nineteen ninety-six", "DATE", "1996", "a spoken year")]
    [InlineData("It was founded in January nineteen ninety-seven.", "2031-05-14", "January nineteen ninety-seven", "DATE", "1997-01", "month with a spoken year")]
    [InlineData("Fees will stay frozen for three years.", "2031-05-14", "three years", "DURATION", "P3Y", "a duration after 'for'")]
    [InlineData("Sales fell over the past two quarters.", "2031-05-14", "the past two quarters", "DURATION", "P2Q", "'the past' belongs to a duration")]
    [InlineData("The paper is printed daily.", "2031-05-14", "daily", "SET", "P1D", "'daily' recurs")]
    [InlineData("The club met over the weekend.", "2031-05-14", "the weekend", "DATE", "2031-W19-WE", "TimeML writes a weekend with -WE")]
    [InlineData("The vote is set for this September.", "2031-02-10", "this September", "DATE", "2031-09", "'this' month is the creation time's year")]
    public void Gives_the_TimeML_value(string text, string dct, string expression, string type, string value, string why)
    {
        var found = Timexes(text, dct);
        Assert.True(found.Any(t => t.Text == expression), $"{why}: found {string.Join(", ", found.Select(f => f.Text))}");
        var t = found.First(t => t.Text == expression);
        Assert.Equal((type, value), (t.Type, t.Value));
    }

    // Columns: text, creation time, the expression, value, why.
    [Theory]
    [InlineData("Net income rose in the third quarter. The quarter ended with record sales.", "2031-11-02", "The quarter", "2031-Q3", "'the quarter' is the one the text named")]
    [InlineData("Profit rose in the second quarter, up from $3 million a year ago.", "2031-11-02", "a year ago", "2030-Q2", "'a year ago' compares the quarter of the sentence")]
    [InlineData("Profit rose in the second quarter. Sales were $9 million, up from $8 million a year earlier.", "2031-11-02", "a year earlier", "2030-Q2", "a results report compares the quarter it named")]
    [InlineData("Sales rose in the third quarter from the year-earlier quarter.", "2031-11-02", "the year-earlier quarter", "2030-Q3", "'year-earlier' is the named quarter a year back")]
    [InlineData("Sales rose to $4 million from $3 million a year ago.", "2031-11-02", "a year ago", "2030", "without a quarter, a year ago is a year")]
    public void Resolves_quarters_in_context(string text, string dct, string expression, string value, string why)
    {
        var found = Timexes(text, dct);
        Assert.True(found.Any(t => t.Text == expression), why);
        Assert.Equal(value, found.First(t => t.Text == expression).Value);
    }

    // Columns: text, why it has no TimeML expression.
    [Theory]
    [InlineData("Now that the road is open, trade can resume.", "'now that' is a conjunction")]
    [InlineData("Prices fall when supply grows.", "'fall' as a verb")]
    [InlineData("They own a quarter of the market.", "'a quarter of' is a fraction")]
    [InlineData("The plant employs 2000 people.", "a count, not a year")]
    [InlineData("The shares cost $1990 each.", "money, not a year")]
    [InlineData("The fall of the old regime surprised many.", "'the fall of' is an event")]
    public void Leaves_out_look_alikes(string text, string why)
    {
        Assert.True(Timexes(text, "2031-05-14").Count == 0, why);
    }

    // Columns: text, why the engine gives no date to events from it.
    [Theory]
    [InlineData("The mill is now closed after the flood.", "'now' has no day")]
    [InlineData("The bakery recently burned down.", "'recently' has no day")]
    [InlineData("The company lost money in the third quarter.", "a quarter is not an event's day")]
    [InlineData("The town boomed in the 1980s.", "a decade is not an event's day")]
    [InlineData("Analysts see 2032 as a better year.", "a bare year without a preposition stays out of the engine")]
    public void Keeps_vague_and_coarse_expressions_out_of_the_engine(string text, string why)
    {
        Assert.True(Mentions(text).Count == 0, why);
        Assert.NotEmpty(Timexes(text, "2031-05-14"));
    }

    [Fact]
    public void Future_tense_puts_a_month_day_on_or_after_publication()
    {
        var mention = Assert.Single(Mentions("The new chief will take office Feb. 1, the board said."));
        Assert.Equal("2032-02-01/Day", Show(mention.Reference.Resolve(Day("2031-06-20"), null)));
        var past = Assert.Single(Mentions("The new chief took office Feb. 1, the board said."));
        Assert.Equal("2031-02-01/Day", Show(past.Reference.Resolve(Day("2031-06-20"), null)));
    }
}
