using Crosscheck.Extract.Time;
using Crosscheck.Model;
using static Crosscheck.Tests.Extract.Time.TimeTestText;

namespace Crosscheck.Tests.Extract.Time;

public class TemporalReferenceTests
{
    [Theory]
    [InlineData("2027-01-01", true, "2025-06-03/Day", "June 3 fell on a Tuesday in 2025: the weekday overrides the nearer 2026")]
    [InlineData("2027-01-01", false, "2026-06-03/Day", "without a weekday the nearest June 3 (past-leaning)")]
    [InlineData("2031-01-01", true, "2031-06-03/Day", "June 3 is a Tuesday again in 2031")]
    public void Month_day_with_weekday_takes_the_matching_year(string anchor, bool withWeekday, string expected, string why)
    {
        var reference = new MonthDay(6, 3, withWeekday ? DayOfWeek.Tuesday : null);
        Assert.True(expected == Show(reference.Resolve(Day(anchor), null)), why);
    }

    [Theory]
    [InlineData(Occurrence.Default, "2025-06-03", "most recent Tuesday on or before a Wednesday")]
    [InlineData(Occurrence.Previous, "2025-06-03", "'last Tuesday' from a Wednesday is still the day before")]
    [InlineData(Occurrence.Coming, "2025-06-10", "future tense: the coming Tuesday")]
    [InlineData(Occurrence.Next, "2025-06-10", "'next Tuesday'")]
    public void Weekday_occurrences(Occurrence occurrence, string expected, string why)
    {
        Assert.True(expected + "/Day" == Show(new NamedWeekday(DayOfWeek.Tuesday, occurrence).Resolve(Day("2025-06-04"), null)), why);
    }

    [Fact]
    public void Narrative_offset_falls_back_to_publication_and_prefers_the_narrative()
    {
        var reference = new NarrativeOffset(-1);
        Assert.Equal("2025-06-03/Day", Show(reference.Resolve(Day("2025-06-04"), null)));
        Assert.Equal("2025-05-31/Day", Show(reference.Resolve(Day("2025-06-04"), Day("2025-06-01"))));
    }

    [Fact]
    public void Ambiguous_slash_date_takes_the_reading_nearest_publication()
    {
        // 04/06/2025 is 6 April (month-first) or 4 June (day-first); published 5 June.
        var reference = new NumericDate(4, 6, 2025, DayFirst: false, OrderKnown: false);
        Assert.Equal("2025-06-04/Day", Show(reference.Resolve(Day("2025-06-05"), null)));
        Assert.Equal("2025-04-06/Day", Show(reference.Resolve(Day("2025-04-07"), null)));
    }
}
