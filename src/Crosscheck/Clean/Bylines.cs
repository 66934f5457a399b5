using System.Text.RegularExpressions;

namespace Crosscheck.Clean;

/// <summary>
/// Bylines, sign-offs and datelines: the lines that say who wrote or sent a report. A byline line is
/// removed from the body and, when it names a wire agency, becomes the report's wire credit; a dateline
/// ("KYIV, June 3 (Reuters) -") names the wire but stays, since it begins the first sentence.
/// </summary>
internal static partial class Bylines
{
    /// <summary>Whether <paramref name="line"/> is a byline; <paramref name="wire"/> is the agency it credits, if any.</summary>
    public static bool IsByline(string line, CleanOptions options, out string? wire)
    {
        wire = null;
        if (line.Length > options.MaxBylineChars) return false;

        // "-Agence France-Presse", "— AFP", "(Reuters)", "With AFP", "AFP/Reuters", "with agencies"
        var m = WireOnly().Match(line);
        if (m.Success)
        {
            var parts = Separators().Split(m.Groups["names"].Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            var agencies = parts.Select(WireAgencies.Canonical).ToList();
            if (parts.Count > 0 && parts.Zip(agencies).All(x => x.Second is not null || IsGenericAgencies(x.First)))
            {
                wire = agencies.FirstOrDefault(a => a is not null);
                return true;
            }
        }

        // "By Jane Doe, Associated Press", "BY JANE DOE AND JOHN ROE", "By Jane Doe | Reuters"
        if (ByLine().IsMatch(line))
        {
            wire = WireAgencies.FindIn(line);
            return true;
        }

        // "Reporting by Jane Doe; Editing by John Roe", "Jane Doe contributed to this report."
        if (SignOff().IsMatch(line) || Contributed().IsMatch(line))
        {
            wire = WireAgencies.FindIn(line);
            return true;
        }
        return false;
    }

    /// <summary>
    /// The outlet a "By Jane Doe, Dunmore Courier" / "By Jane Doe | The Herald" byline names: the
    /// part after the last comma or bar, when it reads like a name rather than a job title.
    /// </summary>
    public static string? Outlet(string line)
    {
        if (!ByLine().IsMatch(line)) return null;
        var cut = line.LastIndexOfAny([',', '|']);
        if (cut < 0) return null;
        var tail = line[(cut + 1)..].Trim().TrimEnd('.');
        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 6 || !words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "de")) return null;
        var roles = new[] { "Correspondent", "Writer", "Reporter", "Editor", "Staff", "Contributor", "Bureau", "Chief", "Columnist", "Desk" };
        return words.Any(w => roles.Contains(w.TrimEnd('s'), StringComparer.OrdinalIgnoreCase)) ? null : tail;
    }

    /// <summary>The wire a dateline names: "KYIV, June 3 (Reuters) -", "BEIJING (Xinhua) --", "PARIS, June 3 /AFP/ -".</summary>
    public static string? DatelineWire(string firstLine)
    {
        var head = firstLine.Length > 200 ? firstLine[..200] : firstLine;
        var m = Dateline().Match(head);
        return m.Success ? WireAgencies.Canonical(m.Groups["wire"].Value) : null;
    }

    private static bool IsGenericAgencies(string s) =>
        s.Equals("agencies", StringComparison.OrdinalIgnoreCase) || s.Equals("news agencies", StringComparison.OrdinalIgnoreCase)
        || s.Equals("wires", StringComparison.OrdinalIgnoreCase) || s.Equals("wire services", StringComparison.OrdinalIgnoreCase)
        || s.Equals("staff", StringComparison.OrdinalIgnoreCase) || s.Equals("news desk", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[\s\-\u2013\u2014(\[]*(?:(?:with|via|from|source|sources|compiled\s+from|additional\s+reporting\s+from|reporting\s+from)\s*:?\s+)?(?<names>[^()\[\]]{2,80}?)[\s)\]]*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireOnly();

    [GeneratedRegex(@"\s*(?:,|/|&|\+|\band\b|;)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    /// <summary>Names only: every word capitalised, joined by commas or "and", optionally an organisation after a separator.</summary>
    [GeneratedRegex(@"^(?:By|BY)\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?\p{Lu}[\p{L}'\u2019.\-]*(?:\s+(?:\p{Lu}[\p{L}'\u2019.\-]*|de|da|van|von|der|al|bin|el|la|le))*(?:\s*(?:,|and|&|AND)\s*\p{Lu}[\p{L}'\u2019.\-]*(?:\s+(?:\p{Lu}[\p{L}'\u2019.\-]*|de|da|van|von|der|al|bin|el|la|le))*)*(?:\s*(?:,|\||/|-|\u2013|\u2014|for|in)\s*(?:the\s+)?[\p{Lu}\d][\p{L}\p{N}'\u2019.&\-]*(?:\s+(?:[\p{Lu}\d][\p{L}\p{N}'\u2019.&\-]*|of|the|and|de|in))*)?\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^\(?\s*(?:Reporting|Writing|Editing|Additional\s+reporting|Compiled|Edited|Written|Reported|Research|Graphics|Produced|Translated)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contributed();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}\s.,'\u2019\-]{0,80}?(?:,?\s+\p{L}+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\((?<wire>[^()]{2,40})\)|/(?<wire>[^/]{2,30})/)\s*(?:--|[-\u2013\u2014:])", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
