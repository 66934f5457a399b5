using Crosscheck.Model;

namespace Crosscheck.Extract.Time;

/// <summary>
/// A date the text fixes by itself: "June 3, 2025", "2025-06-03", "March 2024", "in 2023".
/// </summary>
public sealed record AbsoluteDate(DateValue Value) : TemporalReference
{
    public override bool Absolute => true;

    public override DateValue? Resolve(DateOnly published, DateOnly? narrative) => Value;
}

/// <summary>
/// A numeric date whose day/month order the text does not settle ("11/03/2025"). <see cref="DayFirst"/>
/// is the order implied by the separator or a printed weekday; when both orders are valid and no
/// weekday decided, the reading nearer the publication date wins (ties go to <see cref="DayFirst"/>).
/// </summary>
public sealed record NumericDate(int First, int Second, int Year, bool DayFirst, bool OrderKnown) : TemporalReference
{
    public override bool Absolute => true;

    public override DateValue? Resolve(DateOnly published, DateOnly? narrative)
    {
        var preferred = Make(DayFirst);
        if (OrderKnown) return preferred;
        var other = Make(!DayFirst);
        if (preferred is null) return other;
        if (other is null) return preferred;
        var dp = Math.Abs(preferred.Value.Date.DayNumber - published.DayNumber);
        var dq = Math.Abs(other.Value.Date.DayNumber - published.DayNumber);
        return dq < dp ? other : preferred;
    }

    /// <summary>The reading without an anchor: the implied order, else the only valid one.</summary>
    internal DateValue? Unanchored => Make(DayFirst) ?? (OrderKnown ? null : Make(!DayFirst));

    private DateValue? Make(bool dayFirst)
    {
        var (day, month) = dayFirst ? (First, Second) : (Second, First);
        return Calendar.TryDate(Year, month, day, out var d) ? new DateValue(d, DateGranularity.Day) : null;
    }
}

/// <summary>
/// A month and day without a year ("June 3", "on 3 June", "Tuesday, June 3"). The year is the one
/// that puts the date nearest the anchor, a future date counting <see cref="Calendar.FutureWeight"/>
/// times its distance (so at most about three months ahead; ties go to the past). A printed weekday restricts the
/// year to those in which that day falls on that weekday (nearest one within
/// <see cref="Calendar.WeekdayYearWindow"/> years), falling back to the nearest date when none does.
/// <see cref="Future"/> (the clause is in the future tense: "will take office June 3") takes the
/// first such date on or after the anchor.
/// </summary>
public sealed record MonthDay(int Month, int Day, DayOfWeek? Weekday = null, bool Future = false) : TemporalReference
{
    public override DateValue? Resolve(DateOnly published, DateOnly? narrative)
    {
        var date = Weekday is { } w ? NearestWithWeekday(published, w) : null;
        if (date is null && Future) date = OnOrAfter(published);
        date ??= Nearest(published);
        return date is { } d ? new DateValue(d, DateGranularity.Day) : null;
    }

    /// <summary>The candidate year nearest to <paramref name="anchor"/>, or null (e.g. February 30).</summary>
    internal DateOnly? Nearest(DateOnly anchor)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        // Earlier years first so that a tie goes to the past.
        for (var y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (!Calendar.TryDate(y, Month, Day, out var d)) continue;
            var distance = Calendar.Distance(d, anchor);
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        // February 29 in a run of common years: look a little further.
        if (best is null && Month == 2 && Day == 29)
        {
            for (var y = anchor.Year; y > anchor.Year - 4; y--)
                if (DateTime.IsLeapYear(y)) return new DateOnly(y, 2, 29);
        }
        return best;
    }

    /// <summary>The first such date on or after <paramref name="anchor"/> (this year's or next year's).</summary>
    internal DateOnly? OnOrAfter(DateOnly anchor)
    {
        for (var y = anchor.Year; y <= anchor.Year + 1; y++)
            if (Calendar.TryDate(y, Month, Day, out var d) && d >= anchor) return d;
        return null;
    }

    internal DateOnly? NearestWithWeekday(DateOnly anchor, DayOfWeek weekday)
    {
        DateOnly? best = null;
        var bestDistance = int.MaxValue;
        for (var y = anchor.Year - Calendar.WeekdayYearWindow; y <= anchor.Year + Calendar.WeekdayYearWindow; y++)
        {
            if (!Calendar.TryDate(y, Month, Day, out var d) || d.DayOfWeek != weekday) continue;
            var distance = Math.Abs(d.DayNumber - anchor.DayNumber);
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        return best;
    }
}

/// <summary>Which occurrence of a named month or weekday the text means.</summary>
public enum Occurrence
{
    /// <summary>The nearest one (months) or the most recent on or before the anchor (weekdays).</summary>
    Default,
    /// <summary>"last Friday", "last March": strictly before the anchor's day (or month).</summary>
    Previous,
    /// <summary>Future tense ("will ... on Monday"): on or after the anchor.</summary>
    Coming,
    /// <summary>"next Monday", "next March": strictly after the anchor's day (or month).</summary>
    Next,
    /// <summary>"this September": the month of the anchor's year, before or after it.</summary>
    SameYear,
}

/// <summary>
/// A month without a year ("in March", "early June", "last March"); granularity Month.
/// Default occurrence: the nearest such month to the publication date, a future month counting
/// <see cref="Calendar.FutureWeight"/> times its distance, ties going to the past.
/// </summary>
public sealed record NamedMonth(int Month, Occurrence Occurrence = Occurrence.Default) : TemporalReference
{
    public override DateValue? Resolve(DateOnly published, DateOnly? narrative)
    {
        var current = published.Year * 12 + published.Month - 1;
        var before = current - Mod(published.Month - Month, 12); // latest such month <= current
        var after = before == current ? current : before + 12;   // earliest such month >= current
        var chosen = Occurrence switch
        {
            Occurrence.Previous => before == current ? before - 12 : before,
            Occurrence.Next => after == current ? after + 12 : after,
            Occurrence.Coming => after,
            Occurrence.SameYear => published.Year * 12 + Month - 1,
            _ => current - before <= Calendar.FutureWeight * (after - current) ? before : after,
        };
        return new DateValue(new DateOnly(chosen / 12, chosen % 12 + 1, 1), DateGranularity.Month);
    }

    private static int Mod(int a, int m) => ((a % m) + m) % m;
}

/// <summary>
/// A weekday ("on Tuesday", "late Sunday", "Tuesday night", "last Friday", "next Monday"). In news
/// a bare weekday is the most recent such day on or before publication; the future tense makes it
/// the coming one (on or after), "next" the one strictly after, "last" the one strictly before.
/// </summary>
public sealed record NamedWeekday(DayOfWeek Day, Occurrence Occurrence = Occurrence.Default) : TemporalReference
{
    public override DateValue? Resolve(DateOnly published, DateOnly? narrative)
    {
        var back = ((int)published.DayOfWeek - (int)Day + 7) % 7;
        var forward = ((int)Day - (int)published.DayOfWeek + 7) % 7;
        var offset = Occurrence switch
        {
            Occurrence.Previous => back == 0 ? -7 : -back,
            Occurrence.Next => forward == 0 ? 7 : forward,
            Occurrence.Coming => forward,
            _ => -back,
        };
        return new DateValue(published.AddDays(offset), DateGranularity.Day);
    }
}

/// <summary>
/// A day counted from the publication date: "today", "tonight", "this morning" (0), "yesterday"
/// (−1), "the day before yesterday" (−2), "tomorrow" (+1), "three days ago" (−3), "two weeks ago"
/// (−14, granularity Week).
/// </summary>
public sealed record PublicationOffset(int Days, DateGranularity Granularity = DateGranularity.Day) : TemporalReference
{
    public override DateValue? Resolve(DateOnly published, DateOnly? narrative) =>
        new DateValue(published.AddDays(Days), Granularity);
}

/// <summary>
/// A calendar period counted from the publication date: "this week" (0), "last week" (−1),
/// "next month" (+1), "last year" (−1) in units of <see cref="Unit"/> (Week, Month or Year).
/// Weeks resolve to the publication date shifted by whole weeks, granularity Week; months and years
/// to their first day.
/// </summary>
public sealed record CalendarPeriod(DateGranularity Unit, int Offset) : TemporalReference
{
    public override DateValue? Resolve(DateOnly published, DateOnly? narrative) => Unit switch
    {
        DateGranularity.Week => new DateValue(published.AddDays(7 * Offset), DateGranularity.Week),
        DateGranularity.Month => new DateValue(new DateOnly(published.Year, published.Month, 1).AddMonths(Offset), DateGranularity.Month),
        DateGranularity.Year => new DateValue(new DateOnly(published.Year + Offset, 1, 1), DateGranularity.Year),
        _ => new DateValue(published.AddDays(Offset), DateGranularity.Day),
    };
}

/// <summary>
/// "over the weekend", "at the weekend", "last weekend": the Saturday of the most recent weekend
/// that began on or before publication; "next weekend" (or a weekend in the future tense) the coming
/// Saturday. Granularity Week: the text does not say which day of the weekend.
/// </summary>
public sealed record Weekend(Occurrence Occurrence = Occurrence.Default) : TemporalReference
{
    public override DateValue? Resolve(DateOnly published, DateOnly? narrative)
    {
        var back = ((int)published.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        var forward = ((int)DayOfWeek.Saturday - (int)published.DayOfWeek + 7) % 7;
        var offset = Occurrence switch
        {
            // On a Sunday "last weekend" is still read as the one just ending; a week earlier
            // would need "the weekend before".
            Occurrence.Previous => -back,
            Occurrence.Next => forward == 0 ? 7 : forward,
            Occurrence.Coming => published.DayOfWeek == DayOfWeek.Sunday ? -1 : forward,
            _ => -back,
        };
        return new DateValue(published.AddDays(offset), DateGranularity.Week);
    }
}

/// <summary>
/// A day counted from the narrative's current date rather than from publication. Resolution uses
/// the <c>narrative</c> anchor (the date of the event the sentence is about), or the publication
/// date when there is none. <see cref="Days"/> is the signed offset of the date this expression
/// gives from that anchor:
/// <list type="bullet">
/// <item>Adverb forms date the sentence's own event: "a day later", "the next day", "the following
/// day", "three days later" → +N; "a day earlier", "the previous day", "the day before" (ending the
/// clause), "two days before," → −N.</item>
/// <item>Preposition forms ("X, one day after Y", "X comes two days after Y", "X, two days before
/// Y") date the event Y that FOLLOWS the expression, not X: the anchor is X's date, and
/// Y = anchor − N for "after", Y = anchor + N for "before". <see cref="BindsToFollowing"/> is true
/// for these, so the event stage attaches the resolved date to the clause after the expression.</item>
/// </list>
/// </summary>
public sealed record NarrativeOffset(int Days, bool Binds = false) : TemporalReference
{
    public override bool NarrativeRelative => true;

    public override bool BindsToFollowing => Binds;

    public override DateValue? Resolve(DateOnly published, DateOnly? narrative) =>
        new DateValue((narrative ?? published).AddDays(Days), DateGranularity.Day);
}

/// <summary>
/// Months or years counted from the narrative's current date: "a year earlier" (Year, −1), "three
/// months later" (Month, +3). Resolved against <c>narrative ?? published</c>, to the first day of the
/// month or year, with that granularity.
/// </summary>
public sealed record NarrativePeriod(DateGranularity Unit, int Offset) : TemporalReference
{
    public override bool NarrativeRelative => true;

    public override DateValue? Resolve(DateOnly published, DateOnly? narrative) =>
        new CalendarPeriod(Unit, Offset).Resolve(narrative ?? published, null);
}

/// <summary>Calendar helpers shared by the references and the recognizer.</summary>
internal static class Calendar
{
    /// <summary>How many years either side of the anchor a weekday may move a month-day.</summary>
    public const int WeekdayYearWindow = 6;

    /// <summary>
    /// A date after the anchor counts this many times its distance when choosing a year for a
    /// month or month-day: news mostly reports what has happened, so "March" written in November
    /// is the March just gone (8 months back) rather than the one 4 months ahead.
    /// </summary>
    public const int FutureWeight = 3;

    public static int Distance(DateOnly date, DateOnly anchor) =>
        date > anchor ? FutureWeight * (date.DayNumber - anchor.DayNumber) : anchor.DayNumber - date.DayNumber;

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
