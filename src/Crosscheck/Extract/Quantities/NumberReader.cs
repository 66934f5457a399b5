using System.Globalization;

namespace Crosscheck.Extract.Quantities;

/// <summary>How a written number was read.</summary>
internal struct NumberRead
{
    public double Value;

    /// <summary>One past the number's last lexeme (its scale word included).</summary>
    public int End;

    /// <summary>Not a quantity: a time, a numeric date, a version, a code with a leading zero.</summary>
    public bool NotAFigure;

    public bool AmbiguousDot;
    public bool YearLike;
    public bool Weak;

    /// <summary>A scale word followed the digits ("1.2 million").</summary>
    public double Multiplier;

    /// <summary>A round-number word that counts about that many ("une vingtaine").</summary>
    public bool Approximate;
}

/// <summary>Reads digits ("1,000", "3.5", "6.000") and number words ("twenty-one", "a hundred", "two dozen").</summary>
internal static class NumberReader
{
    /// <summary>
    /// Parses a run of digits with separators. Returns false for what is not a quantity: times
    /// ("10:30"), numeric dates ("11/03/2025", "16.10.2025"), versions ("1.2.3") and codes with a
    /// leading zero ("044"). A single dot followed by three digits ("6.000") is read as a decimal and
    /// flagged, because only the noun after it can say whether it means six or six thousand.
    /// </summary>
    /// <summary>"1/2", "3/4": one or two digits over a larger denominator of at most 16.</summary>
    public static bool TryParseFraction(ReadOnlySpan<char> raw, out double value)
    {
        value = 0;
        var slash = raw.IndexOf('/');
        if (slash is < 1 or > 2 || raw.Length - slash - 1 is < 1 or > 2) return false;
        if (!int.TryParse(raw[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var top)
            || !int.TryParse(raw[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var bottom)) return false;
        if (top < 1 || bottom > 16 || top >= bottom) return false;
        value = (double)top / bottom;
        return true;
    }

    public static bool TryParseDigits(ReadOnlySpan<char> raw, out double value, out bool ambiguousDot)
    {
        value = 0;
        ambiguousDot = false;
        if (raw.ContainsAny(':', '/')) return false;
        if (raw.ContainsAny(GroupSpaces))
        {
            // "1 200", "12 500 000": the lexer joined space-grouped thousands (packs that group so).
            Span<char> joined = stackalloc char[raw.Length];
            var n = 0;
            foreach (var c in raw)
                if (GroupSpaces.IndexOf(c) < 0) joined[n++] = c;
            return TryParseDigits(joined[..n], out value, out ambiguousDot);
        }
        if (raw.Length > 1 && raw[0] == '0' && char.IsDigit(raw[1])) return false;
        var commas = raw.Count(',');
        var dots = raw.Count('.');
        if (commas == 0 && dots == 0) return Parse(raw, out value);

        Span<char> buffer = stackalloc char[raw.Length];
        if (dots == 0)
        {
            // "1,000,000" groups thousands; "3,5" is a decimal comma.
            if (ThousandGroups(raw, ',')) return Parse(Strip(raw, ',', buffer), out value);
            if (commas == 1 && raw.Length - raw.IndexOf(',') - 1 <= 2) return Parse(Replace(raw, ',', '.', buffer), out value);
            return false;
        }
        if (commas == 0)
        {
            if (dots == 1)
            {
                var fraction = raw.Length - raw.IndexOf('.') - 1;
                ambiguousDot = fraction == 3 && raw.IndexOf('.') <= 3;
                return Parse(raw, out value);
            }
            // "1.000.000" groups thousands; "16.10.2025" and "1.2.3" are dates and versions.
            return ThousandGroups(raw, '.') && Parse(Strip(raw, '.', buffer), out value);
        }
        // Both separators: the last one is the decimal mark.
        var lastDot = raw.LastIndexOf('.');
        var lastComma = raw.LastIndexOf(',');
        if (lastDot > lastComma)
        {
            return dots == 1 && ThousandGroups(raw[..lastDot], ',') && Parse(Strip(raw, ',', buffer), out value);
        }
        if (commas != 1 || !ThousandGroups(raw[..lastComma], '.')) return false;
        var stripped = Strip(raw, '.', buffer);
        return Parse(Replace(stripped, ',', '.', stackalloc char[stripped.Length]), out value);
    }

    /// <summary>Spaces that group thousands: a space, a no-break space, a narrow no-break space.</summary>
    public const string GroupSpaces = " \u00a0\u202f";

    private static bool Parse(ReadOnlySpan<char> s, out double value) =>
        double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static bool ThousandGroups(ReadOnlySpan<char> raw, char separator)
    {
        var first = true;
        foreach (var range in raw.Split(separator))
        {
            var len = range.End.GetOffset(raw.Length) - range.Start.GetOffset(raw.Length);
            if (first ? len is < 1 or > 3 : len != 3) return false;
            first = false;
        }
        return true;
    }

    private static ReadOnlySpan<char> Strip(ReadOnlySpan<char> raw, char c, Span<char> buffer)
    {
        var n = 0;
        foreach (var ch in raw)
        {
            if (ch != c) buffer[n++] = ch;
        }
        return buffer[..n];
    }

    private static ReadOnlySpan<char> Replace(ReadOnlySpan<char> raw, char from, char to, Span<char> buffer)
    {
        raw.CopyTo(buffer);
        buffer[..raw.Length].Replace(from, to);
        return buffer[..raw.Length];
    }
}
