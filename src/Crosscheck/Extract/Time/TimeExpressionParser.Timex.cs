using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Extract.Time;

/// <summary>
/// The expressions that have a TimeML value but no day to give an event (<see cref="TimexOnlyReference"/>):
/// "now", "recently", "the third quarter", "last fall", "the 1980s", "the past year", bare years,
/// spelled-out years of broadcast transcripts, and simple durations. Same speed discipline as the
/// main patterns: each starts at a rare keyword, and the words before it are read afterwards.
/// </summary>
internal static partial class TimeExpressionParser
{
    private const string Ordinal = "first|second|third|fourth|1st|2nd|3rd|4th";

    // No leading \b: a bare alternation of words lets the engine search for all of them at once;
    // the word start is checked in code.
    [GeneratedRegex(@"(?:now|currently|nowadays|these\s+days|at\s+present|for\s+the\s+time\s+being|recently|lately|recent\s+years|future|past|term|later\s+date|years\s+ago|coming|upcoming)\b(?!-)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GeneralRegex();

    [GeneratedRegex(@"\b(?<w>(?i:right|more|the(?:\s+(?:near|distant|foreseeable))?|in\s+the(?:\s+(?:near|short|long))?|a|several|a\s+few|many))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex GeneralBefore();

    [GeneratedRegex(@"\G\s+(?<unit>(?i:months|years|quarters))\b", RegexOptions.CultureInvariant)]
    private static partial Regex GeneralPeriodAfter();

    [GeneratedRegex(@"\G[\s-]+(?:[0-9]|(?i:year|month|week|day|decade|quarter|centur|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|generation))", RegexOptions.CultureInvariant)]
    private static partial Regex PastPeriodAfter();

    [GeneratedRegex(@"\b(?<w>(?i:from|until|till|for|by|than|just))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex NowExcludedBefore();

    [GeneratedRegex(@"\b(?<kw>(?i:quarter|period))\b(?!-[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterRegex();

    [GeneratedRegex(@"(?:\b(?<det>(?i:the|this|that|its|their|a|an))\s+)?(?:\b(?<yr>(?i:(?:last|this|next)\s+year['’]s)|1[89][0-9]{2}|20[0-9]{2})\s+)?(?<mods>(?:\b(?i:same|comparable|corresponding|flat|weak|strong|year-earlier|year-ago|fiscal|fiscal-(?:first|second|third|fourth)|calendar|latest|current|previous|past|last|next|first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterBefore();

    [GeneratedRegex(@"\G(?:\s+(?i:of)\s+(?:(?i:fiscal|calendar)\s+)?(?<y>1[89][0-9]{2}|20[0-9]{2})\b|\s+(?<ago>(?i:a\s+year\s+(?:ago|earlier))))", RegexOptions.CultureInvariant)]
    private static partial Regex QuarterAfter();

    [GeneratedRegex(@"\b(?<yr>(?i:year-earlier|year-ago))\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearEarlierRegex();

    [GeneratedRegex(@"\b(?<kw>(?i:year))\b(?![-’']|\s+(?:(?i:ago|earlier|later|before|after)\b))", RegexOptions.CultureInvariant)]
    private static partial Regex TheYearRegex();

    [GeneratedRegex(@"(?:\b(?<edge>(?i:the\s+(?:end|beginning|start|middle)\s+of))\s+)?\b(?<the>(?i:the))\s+(?:(?<mod>(?i:current|past|full|fiscal|calendar|previous|latest\s+fiscal|current\s+fiscal|entire|whole))\s+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex TheYearBefore();

    [GeneratedRegex(@"\b(?<s>(?i:spring|summer|fall|autumn|winter))\b(?!-)", RegexOptions.CultureInvariant)]
    private static partial Regex SeasonRegex();

    [GeneratedRegex(@"(?:\b(?<pre>(?i:this\s+past|last|next|this|the|in|during|since|by|until|through|over|early|late|mid))[\s-]+)(?:(?<pre2>(?i:early|late|mid))[\s-]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex SeasonBefore();

    [GeneratedRegex(@"\G,?\s+(?:(?i:of)\s+)?(?<y>1[89][0-9]{2}|20[0-9]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex SeasonYearAfter();

    // Anchored on the rare "0s" and "ties"; what precedes is read with lookbehinds.
    [GeneratedRegex(@"(?<=\b(?<c>1[0-9]|20)(?<d>[0-9])|['’](?<d2>[0-9]))0s\b|(?<=\b(?<w>(?i:twen|thir|for|fif|six|seven|eigh|nine)))(?i:ties)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DecadeRegex();

    [GeneratedRegex(@"\b(?<the>(?i:the))\s+(?:(?<mod>(?i:early|mid|late))[\s-]+)?\z|\b(?<mod>(?i:early|mid|late))[\s-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecadeBefore();

    [GeneratedRegex(@"(?i:century)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CenturyRegex();

    [GeneratedRegex(@"\b(?:(?<n>[0-9]{1,2})(?:st|nd|rd|th)|(?<w>(?i:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex CenturyBefore();

    [GeneratedRegex(@"\b(?i:nineteen)[\s-]+(?<t>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))(?:[\s-]+(?<u>(?i:one|two|three|four|five|six|seven|eight|nine)))?\b|\b(?<k>(?i:two\s+thousand))(?:\s+(?:(?i:and)\s+)?(?<u>(?i:one|two|three|four|five|six|seven|eight|nine|ten)))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledYearRegex();

    [GeneratedRegex(@"(?:\b(?<month>" + MonthFull + @")|\b(?<year>(?i:the\s+year))|\b(?<pre>(?i:in|since|by|until|of|from|before|after)))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex SpelledYearBefore();

    [GeneratedRegex(@"\b(?<unit>(?i:years?|months?|weeks?|days?|decades?|quarters?|hours?|minutes?))\b(?!\s+(?i:ago|earlier|later|old|before|after|from)\b)(?![-’']|\s+(?i:of\s+age))", RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();

    [GeneratedRegex(@"\b(?<det>(?i:the\s+(?:past|last|next|first|previous|coming|following)|another|for|over|within|in|about|nearly|almost|more\s+than|less\s+than|at\s+least|only|just))\s+(?<n>(?i:" + NumberWord + @"|several|few|many|fifteen|twenty|thirty|[0-9]{1,3}(?:\.[0-9])?))[\s-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DurationBefore();

    [GeneratedRegex(@"\b(?<w>(?i:daily|weekly|monthly|annually|yearly|quarterly|every\s+(?:day|week|month|year|quarter)|each\s+(?:day|week|month|year)))\b(?!-)", RegexOptions.CultureInvariant)]
    private static partial Regex SetRegex();

    private static void AddGeneral(string text, List<TimeMatch> into)
    {
        foreach (Match m in GeneralRegex().Matches(text))
        {
            if (m.Index > 0 && char.IsLetterOrDigit(text[m.Index - 1])) continue;
            var kw = m.Value.ToLowerInvariant();
            var b = Before(GeneralBefore(), text, m.Index);
            var w = b is null ? "" : string.Join(' ', b.Groups["w"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var start = m.Index;
            var end = m.Index + m.Length;
            string? value = null;
            switch (kw)
            {
                case "now":
                    // "now that" is a conjunction; "from now", "until now", "for now" are not the present moment.
                    if (NextWord(text, end) is "that" || Before(NowExcludedBefore(), text, m.Index) is not null) break;
                    if (w == "right") start = b!.Groups["w"].Index;
                    value = GeneralReference.Present;
                    break;
                case "recently" or "lately":
                    if (w == "more") start = b!.Groups["w"].Index;
                    value = GeneralReference.Past;
                    break;
                case "future":
                    if (w is "the" or "the near" or "the distant" or "the foreseeable") { start = b!.Groups["w"].Index; value = GeneralReference.Future; }
                    else if (w is "in the" or "in the near") { start = b!.Groups["w"].Index + 3; value = GeneralReference.Future; }
                    else if (GeneralPeriodAfter().Match(text, end) is { Success: true } after) { end = after.Index + after.Length; value = GeneralReference.Future; }
                    break;
                case "coming" or "upcoming":
                    if (GeneralPeriodAfter().Match(text, end) is { Success: true } next) { end = next.Index + next.Length; value = GeneralReference.Future; }
                    break;
                case "past":
                    // "in the past", not "in the past two years".
                    if (w == "in the" && !PastPeriodAfter().Match(text, end).Success) { start = b!.Groups["w"].Index + 3; value = GeneralReference.Past; }
                    break;
                case "term":
                    if (w is "in the near" or "in the short" or "in the long") { start = b!.Groups["w"].Index + 3; value = GeneralReference.Future; }
                    break;
                case var later when later.StartsWith("later", StringComparison.Ordinal):
                    if (w == "a") { start = b!.Groups["w"].Index; value = GeneralReference.Future; }
                    break;
                case var ago when ago.StartsWith("years", StringComparison.Ordinal):
                    if (w is "several" or "a few" or "many") { start = b!.Groups["w"].Index; value = GeneralReference.Past; }
                    break;
                case var recent when recent.StartsWith("recent", StringComparison.Ordinal):
                    value = GeneralReference.Past;
                    break;
                default:
                    value = GeneralReference.Present;
                    break;
            }
            if (value is not null) into.Add(new TimeMatch(TextSpan.FromBounds(start, end), new GeneralReference(value)));
        }
    }

    /// <summary>
    /// "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "last year's
    /// quarter", "the latest period": the words before the keyword decide which quarter.
    /// </summary>
    private static void AddQuarters(string text, List<TimeMatch> into)
    {
        foreach (Match m in QuarterRegex().Matches(text))
        {
            if (Before(QuarterBefore(), text, m.Index) is not { } b) continue;
            var period = m.Groups["kw"].Value.Equals("period", StringComparison.OrdinalIgnoreCase);
            int? number = null, year = null;
            int relative = -1, shift = 0;
            bool anaphoric = true, relativeSet = false, comparative = false;
            foreach (var raw in b.Groups["mods"].Value.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                switch (raw.ToLowerInvariant())
                {
                    case "first" or "1st": number = 1; break;
                    case "second" or "2nd": number = 2; break;
                    case "third" or "3rd": number = 3; break;
                    case "fourth" or "4th": number = 4; break;
                    case "latest" or "previous" or "past" or "last": relative = -1; relativeSet = true; break;
                    case "current": relative = 0; relativeSet = true; break;
                    case "next": relative = 1; relativeSet = true; break;
                    case "year" or "earlier" or "ago": shift = -1; comparative = true; break;
                    case "same" or "comparable" or "corresponding": comparative = true; break;
                }
            }
            var det = b.Groups["det"].Success ? b.Groups["det"].Value.ToLowerInvariant() : "";
            if (det == "this" && number is null) { relative = 0; relativeSet = true; }
            if (b.Groups["yr"].Success)
            {
                var yr = b.Groups["yr"].Value.ToLowerInvariant();
                if (char.IsDigit(yr[0])) year = int.Parse(yr, CultureInfo.InvariantCulture);
                else shift += yr.StartsWith("last", StringComparison.Ordinal) ? -1 : yr.StartsWith("next", StringComparison.Ordinal) ? 1 : 0;
            }
            var end = m.Index + m.Length;
            if (QuarterAfter().Match(text, end) is { Success: true } after)
            {
                if (after.Groups["y"].Success) year = int.Parse(after.Groups["y"].Value, CultureInfo.InvariantCulture);
                else shift -= 1;
                end = after.Index + after.Length;
            }
            // A bare "quarter" is a fraction ("a quarter of the market"); "the period" alone names
            // any stretch of time: a period needs an ordinal or a comparison.
            var anchored = number is not null || year is not null || relativeSet || comparative || b.Groups["yr"].Success;
            if (period ? !(number is not null || comparative || relativeSet && relative < 0) : !(anchored || det is "the" or "that" or "its" or "their")) continue;
            if (det is "a" or "an" && number is null) continue;
            // "the quarter", "the 1988 quarter", "the year-ago quarter" are the quarter in context;
            // "the latest quarter", "this quarter" count from the creation time.
            anaphoric = number is null && (comparative || !relativeSet);
            var start = det.Length > 0 ? b.Groups["det"].Index : b.Groups["yr"].Success ? b.Groups["yr"].Index : b.Groups["mods"].Length > 0 ? b.Groups["mods"].Index : m.Index;
            var reference = new QuarterReference(number, year, relative, shift, anaphoric);
            into.Add(new TimeMatch(TextSpan.FromBounds(start, end), reference));
        }
        foreach (Match m in YearEarlierRegex().Matches(text))
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new QuarterReference(null, null, -1, -1, Anaphoric: true)));
    }

    /// <summary>"the year", "the current year", "the past year", "the end of the year".</summary>
    private static void AddTheYear(string text, List<TimeMatch> into)
    {
        foreach (Match m in TheYearRegex().Matches(text))
        {
            if (Before(TheYearBefore(), text, m.Index) is not { } b) continue;
            var mod = b.Groups["mod"].Success ? b.Groups["mod"].Value.ToLowerInvariant() : "";
            var offset = mod is "past" or "previous" or "latest fiscal" ? -1 : 0;
            var start = b.Groups["edge"].Success ? b.Groups["edge"].Index : b.Groups["the"].Index;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new RelativeYear(offset)));
        }
    }

    private static void AddSeasons(string text, List<TimeMatch> into)
    {
        foreach (Match m in SeasonRegex().Matches(text))
        {
            var b = Before(SeasonBefore(), text, m.Index);
            var after = SeasonYearAfter().Match(text, m.Index + m.Length);
            var name = m.Groups["s"].Value.ToLowerInvariant();
            // "prices fall", "the fall of the wall": a season needs a temporal word before it or a year after it.
            if (b is null && !after.Success) continue;
            var pre = b?.Groups["pre"].Value.ToLowerInvariant() ?? "";
            if (name == "fall" && !after.Success && (pre is "the" or "by" or "in" or "since" or "until" or "through" or "over" && NextWord(text, m.Index + m.Length) is "of" or "in" or "from" or "to"))
                continue;
            if (pre == "the" && !after.Success && NextWord(text, m.Index + m.Length) is "of") continue;
            var code = name switch { "spring" => "SP", "summer" => "SU", "winter" => "WI", _ => "FA" };
            int? year = after.Success ? int.Parse(after.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            var offset = pre switch { "last" => -1, "next" => 1, _ => 0 };
            var start = b is null ? m.Index
                : pre is "in" or "during" or "since" or "by" or "until" or "through" or "over" ? (b.Groups["pre2"].Success ? b.Groups["pre2"].Index : m.Index)
                : b.Groups["pre"].Index;
            var end = after.Success ? after.Index + after.Length : m.Index + m.Length;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, end), new SeasonReference(code, year, offset)));
        }
    }

    /// <summary>"the 1980s" (TimeML 198), "the mid-'90s", "the nineties" (the century of the creation time is assumed: 19).</summary>
    private static void AddDecades(string text, List<TimeMatch> into)
    {
        foreach (Match m in DecadeRegex().Matches(text))
        {
            // "eighties": the match is "ties", the word starts at the captured stem.
            var first = m.Groups["w"].Success ? m.Groups["w"].Index : m.Groups["c"].Success ? m.Groups["c"].Index : m.Groups["d2"].Index - 1;
            var b = Before(DecadeBefore(), text, first);
            string value;
            if (m.Groups["c"].Success) value = m.Groups["c"].Value + m.Groups["d"].Value;
            else
            {
                // "the '80s", "the eighties" need the article: "in his eighties" is an age.
                if (b is null || !b.Groups["the"].Success) continue;
                var digit = m.Groups["d2"].Success ? m.Groups["d2"].Value : DecadeDigit(m.Groups["w"].Value + "ties");
                value = "19" + digit;
            }
            var start = b is null ? first : b.Groups["the"].Success ? b.Groups["the"].Index : b.Groups["mod"].Index;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new FixedTimex(value)));
        }
        foreach (Match m in CenturyRegex().Matches(text))
        {
            if (Before(CenturyBefore(), text, m.Index) is not { } c) continue;
            var n = c.Groups["n"].Success ? int.Parse(c.Groups["n"].Value, CultureInfo.InvariantCulture) : CenturyNumber(c.Groups["w"].Value);
            if (n is < 1 or > 21) continue;
            var start = Before(TheBefore(), text, c.Index) is { } the ? the.Index : c.Index;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new FixedTimex((n - 1).ToString("00", CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>Years as spoken in broadcast transcripts: "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven".</summary>
    private static void AddSpelledYears(string text, List<TimeMatch> into)
    {
        foreach (Match m in SpelledYearRegex().Matches(text))
        {
            var b = Before(SpelledYearBefore(), text, m.Index);
            int year;
            if (m.Groups["k"].Success)
            {
                // "two thousand" is more often a count: only after "the year" or a preposition.
                if (b is null || b.Groups["month"].Success is false && b.Groups["year"].Success is false && b.Groups["pre"].Success is false) continue;
                if (NextWord(text, m.Index + m.Length) is { } noun && char.IsLower(noun[0]) && CountNouns.Contains(noun)) continue;
                year = 2000 + (m.Groups["u"].Success ? Count(m.Groups["u"].Value) : 0);
            }
            else year = 1900 + 10 * (TensDigit(m.Groups["t"].Value)) + (m.Groups["u"].Success ? Count(m.Groups["u"].Value) : 0);
            var start = m.Index;
            var value = year.ToString("0000", CultureInfo.InvariantCulture);
            if (b is not null && b.Groups["month"].Success)
            {
                start = b.Groups["month"].Index;
                value += "-" + MonthNumber(b.Groups["month"].Value).ToString("00", CultureInfo.InvariantCulture);
            }
            else if (b is not null && b.Groups["year"].Success) start = b.Groups["year"].Index;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new FixedTimex(value)));
        }
    }

    /// <summary>"three years" (P3Y), "several months" (PXM) after a word that makes them a length of time; "daily", "every week" (SET).</summary>
    private static void AddDurations(string text, List<TimeMatch> into)
    {
        foreach (Match m in DurationRegex().Matches(text))
        {
            if (Before(DurationBefore(), text, m.Index) is not { } b) continue;
            var n = b.Groups["n"].Value.ToLowerInvariant();
            var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            var plural = m.Groups["unit"].Value.EndsWith('s');
            // "two years" alone is often a count in a figure ("two years' salary"); a duration needs
            // a preposition or "the past"; "a year" needs it too.
            string amount = n switch
            {
                "several" or "few" or "many" => "X",
                _ when char.IsDigit(n[0]) => n,
                "fifteen" => "15", "twenty" => "20", "thirty" => "30",
                _ => Count(n).ToString(CultureInfo.InvariantCulture),
            };
            if (!plural && amount != "1") continue;
            var (prefix, code) = unit switch
            {
                "year" => ("P", "Y"), "month" => ("P", "M"), "week" => ("P", "W"), "day" => ("P", "D"),
                "decade" => ("P", "DE"), "quarter" => ("P", "Q"), "hour" => ("PT", "H"), _ => ("PT", "M"),
            };
            var start = b.Groups["det"].Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) ? b.Groups["det"].Index : b.Groups["n"].Index;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new FixedTimex(prefix + amount + code, "DURATION")));
        }
        foreach (Match m in SetRegex().Matches(text))
        {
            var w = m.Groups["w"].Value.ToLowerInvariant();
            var value = w switch
            {
                "daily" => "P1D", "weekly" => "P1W", "monthly" => "P1M", "quarterly" => "P1Q", "annually" or "yearly" => "P1Y",
                _ => w.EndsWith("day", StringComparison.Ordinal) ? "P1D" : w.EndsWith("week", StringComparison.Ordinal) ? "P1W"
                    : w.EndsWith("month", StringComparison.Ordinal) ? "P1M" : w.EndsWith("quarter", StringComparison.Ordinal) ? "P1Q" : "P1Y",
            };
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new FixedTimex(value, "SET")));
        }
    }

    /// <summary>
    /// Quarters in context: "the quarter", "the year-ago quarter" take the quarter the text last
    /// named; "a year ago" or "a year earlier" in a sentence about a quarter is that quarter a year
    /// back (TimeML gives the comparison the granularity of what is compared).
    /// </summary>
    private static void ResolveQuarterContext(string text, List<TimeMatch> matches, Func<int, int> sentenceStartOf)
    {
        QuarterReference? named = null;
        for (var i = 0; i < matches.Count; i++)
        {
            if (matches[i].Reference is not QuarterReference q) continue;
            if (!q.Anaphoric && q.Number is not null && q.YearShift == 0) named = q;
            else if (q.Anaphoric && named is not null)
                matches[i] = matches[i] with { Reference = named with { YearShift = q.YearShift, Year = q.Year ?? named.Year } };
        }
        named = null;
        for (var i = 0; i < matches.Count; i++)
        {
            if (matches[i].Reference is QuarterReference { YearShift: 0 } q) { named = q; continue; }
            // "up from $90 million a year ago" in a report on a quarter's results.
            var yearBack = matches[i].Reference is CalendarPeriod { Unit: DateGranularity.Year, Offset: -1 } or NarrativePeriod { Unit: DateGranularity.Year, Offset: -1 }
                && text.AsSpan(matches[i].Span.Start, matches[i].Span.Length) is var written
                && (written.EndsWith("ago", StringComparison.OrdinalIgnoreCase) || written.EndsWith("earlier", StringComparison.OrdinalIgnoreCase));
            if (!yearBack) continue;
            var sentence = sentenceStartOf(matches[i].Span.Start);
            var context = named;
            for (var j = i + 1; context is null && j < matches.Count && sentenceStartOf(matches[j].Span.Start) == sentence; j++)
                if (matches[j].Reference is QuarterReference { YearShift: 0 } later) context = later;
            if (context is not null) matches[i] = matches[i] with { Reference = context with { YearShift = -1 } };
        }
    }

    private static string DecadeDigit(string word) => word.ToLowerInvariant() switch
    {
        "twenties" => "2", "thirties" => "3", "forties" => "4", "fifties" => "5", "sixties" => "6",
        "seventies" => "7", "eighties" => "8", _ => "9",
    };

    private static int TensDigit(string word) => word.ToLowerInvariant() switch
    {
        "twenty" => 2, "thirty" => 3, "forty" => 4, "fifty" => 5, "sixty" => 6, "seventy" => 7, "eighty" => 8, _ => 9,
    };

    private static int CenturyNumber(string word) => word.ToLowerInvariant() switch
    {
        "eleventh" => 11, "twelfth" => 12, "thirteenth" => 13, "fourteenth" => 14, "fifteenth" => 15, "sixteenth" => 16,
        "seventeenth" => 17, "eighteenth" => 18, "nineteenth" => 19, "twentieth" => 20, _ => 21,
    };
}
