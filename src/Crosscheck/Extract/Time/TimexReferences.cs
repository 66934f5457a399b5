using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Extract.Time;

/// <summary>
/// A time expression that has a TimeML value but no calendar day to give an event: a vague
/// reference ("now", "recently"), a quarter, a season, a decade, a bare year read without a
/// preposition, a duration. <see cref="TemporalReference.Resolve"/> returns null, and the engine's
/// date stage leaves these out (<see cref="TimeRecognizer"/>): "now" or "the third quarter" must not
/// become the day of a reported event. They are kept for scoring against TimeML gold.
/// </summary>
internal abstract record TimexOnlyReference : TemporalReference
{
    /// <summary>The TIMEX3 type: DATE, DURATION, TIME or SET.</summary>
    public virtual string Type => "DATE";

    public sealed override DateValue? Resolve(DateOnly published, DateOnly? narrative) => null;

    /// <summary>The TIMEX3 value, given the document creation time.</summary>
    public abstract string Value(DateOnly dct);
}

/// <summary>A value the text fixes by itself: "1990" (a bare year), "199" (the 1990s), "1994-WI", "P3Y".</summary>
internal sealed record FixedTimex(string Fixed, string TimexType = "DATE") : TimexOnlyReference
{
    public override string Type => TimexType;

    public override string Value(DateOnly dct) => Fixed;
}

/// <summary>PRESENT_REF ("now", "currently"), PAST_REF ("recently", "in the past"), FUTURE_REF ("soon", "in the future").</summary>
internal sealed record GeneralReference(string Ref) : TimexOnlyReference
{
    public const string Present = "PRESENT_REF";
    public const string Past = "PAST_REF";
    public const string Future = "FUTURE_REF";

    public override string Value(DateOnly dct) => Ref;
}

/// <summary>A year counted from the creation time: "the year", "the current year" (0), "the past year" (−1).</summary>
internal sealed record RelativeYear(int Offset) : TimexOnlyReference
{
    public override string Value(DateOnly dct) => (dct.Year + Offset).ToString("0000", CultureInfo.InvariantCulture);
}

/// <summary>
/// A season: "last fall", "this summer", "the winter of 1994". With no year, "last" is the season
/// of the year before the creation time, "next" of the year after, anything else of its year.
/// </summary>
internal sealed record SeasonReference(string Code, int? Year, int Offset) : TimexOnlyReference
{
    public override string Value(DateOnly dct) =>
        string.Create(CultureInfo.InvariantCulture, $"{Year ?? dct.Year + Offset:0000}-{Code}");
}

/// <summary>
/// A calendar quarter (TimeML 1989-Q3). <see cref="Number"/> 1–4 with an optional
/// <see cref="Year"/> ("the third quarter of 1989", "third-quarter"); without a number, a quarter
/// counted from the creation time's (<see cref="Relative"/>: "this quarter" 0, "the latest
/// quarter" −1). A numbered quarter without a year takes the year that puts it nearest the creation
/// time, a future quarter counting <see cref="Calendar.FutureWeight"/> times its distance.
/// <see cref="YearShift"/> moves the result by whole years ("last year's third quarter",
/// "the year-ago quarter"). <see cref="Anaphoric"/> marks "the quarter", "the period": they take
/// the quarter the text last named, when there is one.
/// </summary>
internal sealed record QuarterReference(int? Number, int? Year, int Relative, int YearShift, bool Anaphoric = false) : TimexOnlyReference
{
    public override string Value(DateOnly dct)
    {
        var index = Index(dct) + 4 * YearShift;
        return string.Create(CultureInfo.InvariantCulture, $"{index / 4:0000}-Q{index % 4 + 1}");
    }

    /// <summary>Year × 4 + quarter − 1, before <see cref="YearShift"/>.</summary>
    private int Index(DateOnly dct)
    {
        var current = dct.Year * 4 + (dct.Month - 1) / 3;
        if (Number is not { } n) return Year is { } year ? year * 4 + (current + Relative) % 4 : current + Relative;
        if (Year is { } y) return y * 4 + n - 1;
        var before = current - ((current % 4 - (n - 1) + 4) % 4);
        var after = before == current ? current : before + 4;
        return current - before <= Calendar.FutureWeight * (after - current) ? before : after;
    }
}
