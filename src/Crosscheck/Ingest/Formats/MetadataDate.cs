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

    [GeneratedRegex(@"\b(\d{1,2})\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|2[01])\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|2[01])\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();
}
