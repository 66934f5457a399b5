namespace Crosscheck.Extract.Time;

/// <summary>Thresholds of the date stage.</summary>
public sealed record TimeOptions
{
    public static TimeOptions Default { get; } = new();

    /// <summary>
    /// "Now", when the caller knows it. Used only as the last resort for a year when no report of
    /// the corpus states one; the machine clock is never read.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>How many characters from the top of a report a stated publication date may sit.</summary>
    public int StatedDateWindow { get; init; } = 400;

    /// <summary>
    /// A report dated from its story that says "on Tuesday" takes a story date on which that
    /// Tuesday is at most this many days back (the smallest lag wins).
    /// </summary>
    public int MaxWeekdayLag { get; init; } = 6;

    /// <summary>
    /// A date inferred from a report's own text further than this from its story's stated dates is
    /// background ("the 2014 agreement"), not the report's news.
    /// </summary>
    public int MaxDaysFromStory { get; init; } = 60;
}
