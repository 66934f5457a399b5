using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>
/// How figures, dates and names read in the human reports (Markdown and HTML alike). Everything is
/// culture-invariant so a report never depends on the machine that wrote it.
/// </summary>
internal static class ReportFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>1000 → "1,000"; 6.10 → "6.1"; never a trailing ".0".</summary>
    public static string Number(double value) => value.ToString("#,0.###", Invariant);

    /// <summary>A value with its unit: "30 km", "US$5,000", "12%", or the bare number for a count.</summary>
    public static string Amount(double value, string? unit) => WithUnit(Number(value), unit);

    /// <summary>A range with its unit written once: "2–3 km".</summary>
    public static string AmountRange(double low, double high, string? unit) => WithUnit($"{Number(low)}–{Number(high)}", unit);

    private static string WithUnit(string number, string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return number;
        return unit.ToUpperInvariant() switch
        {
            "USD" => "US$" + number,
            "EUR" => "€" + number,
            "GBP" => "£" + number,
            "PERCENT" or "%" => number + "%",
            _ => number + " " + unit,
        };
    }

    /// <summary>A claim as a compact table value: "4", "≥3", "&gt;40", "~5", "2–3".</summary>
    public static string Claim(Claim claim, string? unit)
    {
        var value = claim.High is { } high && high != claim.Value
            ? AmountRange(claim.Value, high, unit)
            : Amount(claim.Value, unit);
        return Symbol(claim.Qualifier) + value;
    }

    private static string Symbol(Qualifier qualifier) => qualifier switch
    {
        Qualifier.AtLeast => "≥",
        Qualifier.MoreThan => ">",
        Qualifier.AtMost => "≤",
        Qualifier.LessThan => "<",
        Qualifier.About => "~",
        _ => "",
    };

    /// <summary>The qualifier as words, for prose: "at least ", "more than "...</summary>
    public static string Words(Qualifier qualifier, bool count) => qualifier switch
    {
        Qualifier.AtLeast => "at least ",
        Qualifier.MoreThan => "more than ",
        Qualifier.AtMost => "up to ",
        Qualifier.LessThan => count ? "fewer than " : "less than ",
        Qualifier.About => "about ",
        _ => "",
    };

    /// <summary>An event date at the precision the sources gave: "3 June 2025", "June 2025", "2025".</summary>
    public static string Date(DateValue date) => date.Granularity switch
    {
        DateGranularity.Year => date.Date.ToString("yyyy", Invariant),
        DateGranularity.Month => date.Date.ToString("MMMM yyyy", Invariant),
        DateGranularity.Week => "week of " + Day(date.Date),
        _ => Day(date.Date),
    };

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Invariant);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>"3 June 2025", "3–4 June 2025", "30 May – 2 June 2025", "30 December 2024 – 2 January 2025".</summary>
    public static string DaySpan(DateOnly first, DateOnly last)
    {
        if (first == last) return Day(first);
        if (first.Year == last.Year && first.Month == last.Month)
            return $"{first.Day.ToString(Invariant)}–{Day(last)}";
        if (first.Year == last.Year)
            return $"{first.ToString("d MMMM", Invariant)} – {Day(last)}";
        return $"{Day(first)} – {Day(last)}";
    }

    public static string Basis(DateBasis basis) => basis switch
    {
        DateBasis.Header => "stated in header",
        DateBasis.Dateline => "stated in text",
        DateBasis.InferredFromText => "inferred from its events",
        _ => "inferred from its story",
    };

    /// <summary>"natural_disaster" → "Natural disaster"; "distance_km" with unit km → "Distance".</summary>
    public static string Label(string name, string? unit = null)
    {
        var parts = name.Split(['_', '-', ' '], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count > 1 && unit is not null && string.Equals(parts[^1], unit, StringComparison.OrdinalIgnoreCase))
            parts.RemoveAt(parts.Count - 1);
        var text = string.Join(' ', parts);
        return Capitalize(text.Length == 0 ? name : text);
    }

    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Kind(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organisation",
        _ => "place",
    };

    /// <summary>"1 report" / "3 reports".</summary>
    public static string Count(int n, string singular, string plural) =>
        $"{n.ToString("#,0", Invariant)} {(n == 1 ? singular : plural)}";

    /// <summary>
    /// One line of text: runs of whitespace and control characters become one space. Table cells and
    /// list items cannot hold line breaks, and scraped text is full of them.
    /// </summary>
    public static string OneLine(string? text, int maxLength = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(Math.Min(text.Length, maxLength));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
            if (sb.Length > maxLength) break;
        }
        if (sb.Length > maxLength)
        {
            sb.Length = maxLength;
            // Cut at a word boundary when there is one reasonably near, so an excerpt does not end mid-word.
            var cut = sb.ToString().LastIndexOf(' ');
            if (cut > maxLength * 2 / 3) sb.Length = cut;
            sb.Append('…');
        }
        return sb.ToString();
    }
}
