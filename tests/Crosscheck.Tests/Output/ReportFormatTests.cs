using Crosscheck.Model;
using Crosscheck.Output;

namespace Crosscheck.Tests.Output;

public class ReportFormatTests
{
    [Theory]
    [InlineData(4, "4")]                       // a whole number has no ".0"
    [InlineData(1000, "1,000")]                // thousands grouped with a comma whatever the culture
    [InlineData(1_500_000, "1,500,000")]
    [InlineData(6.1, "6.1")]                   // magnitudes keep their decimal
    [InlineData(0.25, "0.25")]
    [InlineData(12.0000001, "12")]             // float noise does not leak into the report
    public void Numbers_are_formatted_invariantly(double value, string expected) =>
        Assert.Equal(expected, ReportFormat.Number(value));

    [Theory]
    [InlineData(4, null, Qualifier.Exact, null, "4")]
    [InlineData(3, null, Qualifier.AtLeast, null, "≥3")]
    [InlineData(40, null, Qualifier.MoreThan, null, ">40")]
    [InlineData(3, null, Qualifier.AtMost, null, "≤3")]
    [InlineData(5, null, Qualifier.LessThan, null, "<5")]
    [InlineData(5, null, Qualifier.About, null, "~5")]
    [InlineData(2, 3.0, Qualifier.Range, null, "2–3")]                 // a range shows both ends
    [InlineData(30, null, Qualifier.About, "km", "~30 km")]            // a unit follows the figure
    [InlineData(2_000_000, null, Qualifier.Exact, "usd", "US$2,000,000")] // money carries its currency first
    [InlineData(12.5, null, Qualifier.Exact, "percent", "12.5%")]
    public void Claims_show_their_qualifier_and_unit(double value, double? high, Qualifier qualifier, string? unit, string expected)
    {
        var claim = new Claim("r", value, qualifier, new Citation("r", new TextSpan(0, 1), "x")) { High = high };
        Assert.Equal(expected, ReportFormat.Claim(claim, unit));
    }

    [Theory]
    // The disputed toll: both ends, the best estimate, and the disagreement said out loud.
    [InlineData("killed", null, 3.0, 4.0, 4.0, true, 3, Qualifier.Exact, 4.0, "At least 3 and as many as 4 people were killed (best estimate 4; sources disagree)")]
    // Every source hedges the same way: the sentence must hedge too.
    [InlineData("injured", null, 20.0, 20.0, 20.0, false, 2, Qualifier.AtLeast, 20.0, "At least 20 people were injured")]
    // One exact figure of one: singular.
    [InlineData("killed", null, 1.0, 1.0, 1.0, false, 2, Qualifier.Exact, 1.0, "1 person was killed")]
    // A figure from one independent source is flagged as such.
    [InlineData("evacuated", null, 1000.0, 1000.0, 1000.0, false, 1, Qualifier.Exact, 1000.0, "1,000 people were evacuated (one independent source only)")]
    // A spread without a conflict (one source gives a range) is a plain "between".
    [InlineData("missing", null, 2.0, 3.0, 3.0, false, 2, Qualifier.Exact, 2.0, "Between 2 and 3 people were missing (best estimate 3)")]
    // Facts that do not count people read as "Label: figure", with their unit.
    [InlineData("magnitude", null, 6.1, 6.1, 6.1, false, 3, Qualifier.Exact, 6.1, "Magnitude: 6.1")]
    [InlineData("rainfall_mm", "mm", 80.0, 80.0, 80.0, false, 2, Qualifier.About, 80.0, "Rainfall: about 80 mm")]
    public void Headlines_say_what_the_figures_support(string name, string? unit, double low, double best, double high, bool conflict, int independent, Qualifier qualifier, double claimValue, string expected)
    {
        var claim = new Claim("r", claimValue, qualifier, new Citation("r", new TextSpan(0, 1), "x"));
        var fact = new ReconciledFact(name)
        {
            ByReport = new Dictionary<string, Claim?> { ["r"] = claim },
            Low = low, Best = best, High = high, Conflict = conflict, IndependentSources = independent, Unit = unit,
        };
        Assert.Equal(expected, DigestBuilder.Headline(name, ReportFormat.Label(name, unit), fact, [claim]));
    }

    [Fact]
    public void Headline_is_absent_when_no_source_states_a_figure()
    {
        var fact = new ReconciledFact("killed") { ByReport = new Dictionary<string, Claim?> { ["r"] = null } };
        Assert.Null(DigestBuilder.Headline("killed", "Killed", fact, []));
    }

    [Theory]
    [InlineData("2025-06-03", "2025-06-03", "3 June 2025")]
    [InlineData("2025-06-03", "2025-06-04", "3–4 June 2025")]                     // same month: one month name
    [InlineData("2025-05-30", "2025-06-02", "30 May – 2 June 2025")]              // same year: one year
    [InlineData("2024-12-30", "2025-01-02", "30 December 2024 – 2 January 2025")]
    public void Date_spans_read_naturally(string first, string last, string expected) =>
        Assert.Equal(expected, ReportFormat.DaySpan(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(DateGranularity.Day, "3 June 2025")]
    [InlineData(DateGranularity.Month, "June 2025")]   // a month-precise date is not shown as the 1st
    [InlineData(DateGranularity.Year, "2025")]
    public void Event_dates_keep_their_precision(DateGranularity granularity, string expected) =>
        Assert.Equal(expected, ReportFormat.Date(new DateValue(new DateOnly(2025, 6, 3), granularity)));

    [Theory]
    [InlineData("natural_disaster", null, "Natural disaster")]
    [InlineData("distance_km", "km", "Distance")]      // the unit is shown with the figure, not twice
    [InlineData("amount_usd", "usd", "Amount")]
    [InlineData("killed", null, "Killed")]
    public void Labels_are_readable(string name, string? unit, string expected) =>
        Assert.Equal(expected, ReportFormat.Label(name, unit));

    [Theory]
    [InlineData("a\r\n  b\tc", int.MaxValue, "a b c")]                 // line breaks would break a table row
    [InlineData("  padded  ", int.MaxValue, "padded")]
    [InlineData("one two three four five", 14, "one two three…")]    // cut at a word, marked as cut
    public void OneLine_flattens_and_truncates(string text, int max, string expected) =>
        Assert.Equal(expected, ReportFormat.OneLine(text, max));
}
