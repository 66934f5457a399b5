using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Extract.Time;

/// <summary>
/// Finds a publication date printed near the top of a report: a dateline or stamp with a full date
/// ("Tuesday, June 3, 2025", "Published: 16.10.2025", "Updated Tue, 11/03/2025 10:15",
/// "KYIV, June 3, 2025 (Reuters) -"). Without a cue word the date must open its line, follow a
/// dateline place ("KYIV, "), or sit on a stamp line (at most one lower-case word besides it). Only a date that states its year counts: a weekday with a month
/// and day ("Tuesday, June 3") never fixes the year on its own (the same weekday recurs every 5 to
/// 11 years), so such datelines are left to <see cref="PublicationDating"/>, which has the story's
/// other dates to choose the year. A date after "Published"/"Posted"/"Date" wins over one after
/// "Updated"; otherwise the first full date in the window that is not in a future-tense clause.
/// </summary>
public static partial class PublicationDateFinder
{
    [GeneratedRegex(@"\b(?<cue>published|posted|dated?|first published|issued|updated|last updated|modified)\b\s*(?:on|at)?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CueBeforeRegex();

    /// <summary>A line with a full date and at most this many lower-case words is a date stamp, not a sentence.</summary>
    private const int StampLineWords = 1;

    [GeneratedRegex(@"\b[a-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LowerWordRegex();

    [GeneratedRegex(@"^\s*(?:[A-Z][\p{L}.'’-]*(?:\s+|,\s*|/))*[A-Z][\p{L}.'’-]*\s*(?:\([^)]*\))?\s*[,:–—-]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlaceRegex();

    public static bool TryFindStated(Report report, out DateOnly date) =>
        TryFindStated(report.Text, TimeOptions.Default.StatedDateWindow, out date);

    internal static bool TryFindStated(string text, int window, out DateOnly date)
    {
        date = default;
        var top = text.Length > window ? text[..window] : text;
        DateOnly? first = null, published = null, updated = null;
        foreach (var (span, reference) in TimeExpressionParser.Find(top))
        {
            var value = reference switch
            {
                AbsoluteDate { Value.Granularity: DateGranularity.Day } a => a.Value.Date,
                NumericDate n => n.Unanchored?.Date,
                _ => null,
            };
            if (value is not { } d) continue;
            var lineStart = span.Start == 0 ? 0 : top.LastIndexOf('\n', span.Start - 1) + 1;
            var before = top.AsSpan(Math.Max(lineStart, span.Start - 30), span.Start - Math.Max(lineStart, span.Start - 30));
            var cue = CueBeforeRegex().Match(before.ToString());
            if (cue.Success)
            {
                var isUpdate = cue.Groups["cue"].Value.Contains("updated", StringComparison.OrdinalIgnoreCase) || cue.Groups["cue"].Value.Equals("modified", StringComparison.OrdinalIgnoreCase);
                if (isUpdate) updated ??= d;
                else published ??= d;
                continue;
            }
            if (TimeExpressionParser.FutureSentenceBefore(top, lineStart, span.Start)) continue;
            // Without a cue, only a dateline or a short stamp line counts; a date inside a sentence
            // ("Officials met on June 20, 2014") dates an event, often a background one.
            var lineEnd = top.IndexOf('\n', span.End);
            var rest = top[lineStart..span.Start] + " " + top[span.End..(lineEnd < 0 ? top.Length : lineEnd)];
            var linePrefix = top.AsSpan(lineStart, span.Start - lineStart);
            if (linePrefix.IsWhiteSpace() || DatelinePlaceRegex().IsMatch(linePrefix) || LowerWordRegex().Count(rest) <= StampLineWords)
                first ??= d;
        }
        var chosen = published ?? first ?? updated;
        if (chosen is null) return false;
        date = chosen.Value;
        return true;
    }
}
