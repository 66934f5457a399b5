using System.Globalization;
using System.Text.RegularExpressions;

namespace Crosscheck.Ingest.Formats;

/// <summary>
/// Dates as metadata writes them: ISO 8601 ("2025-06-03T10:00:00+03:00"), RFC 822 ("Tue, 03 Jun 2025
/// 10:00:00 GMT"), "June 3, 2025", "2025/06/03". The date is taken as written, not converted to UTC:
/// a report stamped 23:30 local time was published that local day.
/// </summary>
internal static partial class MetadataDate
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var m = IsoDate().Match(value);
        if (m.Success && TryMake(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, out date)) return true;
        m = BasicIsoDate().Match(value);
        if (m.Success && TryMake(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, out date)) return true;
        m = DayMonthYear().Match(value);
        if (m.Success && TryMake(m.Groups[3].Value, MonthNumber(m.Groups[2].Value), m.Groups[1].Value, out date)) return true;
        m = MonthDayYear().Match(value);
        if (m.Success && TryMake(m.Groups[3].Value, MonthNumber(m.Groups[1].Value), m.Groups[2].Value, out date)) return true;
        return false;
    }

    private static string MonthNumber(string name) =>
        (Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1).ToString(CultureInfo.InvariantCulture);

    private static bool TryMake(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, CultureInfo.InvariantCulture, out var mo)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out var d)) return false;
        if (y is < 1900 or > 2200 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new DateOnly(y, mo, d);
        return true;
    }

    [GeneratedRegex(@"\b((?:19|2[01])\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    /// <summary>ISO 8601's basic format, "20200316T13:00:00Z" (no separators, so a time must follow).</summary>
    [GeneratedRegex(@"\b((?:19|2[01])\d\d)(\d\d)(\d\d)T\d", RegexOptions.CultureInvariant)]
    private static partial Regex BasicIsoDate();

    /// <summary>
    /// The first date a page's text prints with all three parts in digits, dotted day first
    /// ("16.03.2020", "16. 3. 2020") or ISO ("2020-03-16"); null when none.
    /// </summary>
    public static DateOnly? FirstInText(string text)
    {
        foreach (Match m in DigitDate().Matches(text))
        {
            var ok = m.Groups["y1"].Success
                ? TryMake(m.Groups["y1"].Value, m.Groups["m1"].Value, m.Groups["d1"].Value, out var date)
                : TryMake(m.Groups["y2"].Value, m.Groups["m2"].Value, m.Groups["d2"].Value, out date);
            if (ok) return date;
        }
        return null;
    }

    /// <summary>A date in a URL path, "/2020/04/02/" or "/2020-04-02-": a CMS writes the publication day there.</summary>
    public static DateOnly? InUrlPath(string? url)
    {
        if (url is null) return null;
        var m = UrlDate().Match(url);
        return m.Success && TryMake(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, out var date) ? date : null;
    }

    // Dotted dates are day first wherever they are written; slashed ones are left out, since
    // "03/04/2020" is 3 April in most of the world and 4 March in the United States.
    [GeneratedRegex(@"(?<![\d.])(?:(?<y1>(?:19|20)\d\d)-(?<m1>\d\d)-(?<d1>\d\d)|(?<d2>\d{1,2})\.\s?(?<m2>\d{1,2})\.\s?(?<y2>(?:19|20)\d\d))(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitDate();

    [GeneratedRegex(@"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\b(\d{1,2})\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|2[01])\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|2[01])\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();
}
