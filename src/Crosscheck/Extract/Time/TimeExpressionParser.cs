using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Extract.Time;

/// <summary>One time expression found in a text: its exact span, and how to resolve it.</summary>
internal readonly record struct TimeMatch(TextSpan Span, TemporalReference Reference);

/// <summary>
/// Regex-based finder of English time expressions. Every pattern is source-generated; candidates
/// from all patterns are merged, longest first, so "Tuesday, June 3, 2025" wins over "Tuesday" and
/// "June 3". Month and weekday names are matched case-sensitively (capitalised) so that "may",
/// "a march on" never match; the bare month "May" needs a temporal preposition ("in May") so that
/// "Theresa May" does not. Decades ("the 1990s") are not matched: they rarely date a news event and
/// a Year value would overstate their precision.
/// </summary>
internal static partial class TimeExpressionParser
{
    private const string MonthFull = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string MonthAbbr = @"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string Month = "(?<month>(?:" + MonthFull + @")|(?:" + MonthAbbr + @")\.?)";
    private const string WeekdayFull = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const string WeekdayAbbr = "Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun";
    private const string WeekdayPrefix = @"(?:(?<wd>(?:" + WeekdayFull + ")|(?:" + WeekdayAbbr + @")\.?),?\s+(?:the\s+)?)?";
    private const string Day = @"(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
    private const string Year = "(?<year>1[89][0-9]{2}|20[0-9]{2})";
    // A figure, not a date, follows: "June 30,000", "3.5", "3%", a clock time "June 3 10:15" is fine.
    private const string NotNumberTail = @"(?![0-9]|[.,:][0-9]|\s*(?:%|percent|per cent))";
    private const string YearTail = @"(?![0-9]|[.,][0-9]|\s*(?:%|percent|per cent))";
    private const string NumberWord = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3}";

    [GeneratedRegex(@"\b" + WeekdayPrefix + Month + @"\s+" + Day + NotNumberTail + @"(?:(?:,\s*|\s+)(?:of\s+)?" + Year + YearTail + @")?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstRegex();

    [GeneratedRegex(@"\b" + WeekdayPrefix + @"(?<![0-9][.,:/-]?)" + Day + @"(?:\s+of)?\s+" + Month + @"(?:,?\s+" + Year + YearTail + @")?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstRegex();

    [GeneratedRegex(@"\b(?:(?<mod>(?i:early|late|mid|the end of|the beginning of|the start of|the middle of))[\s-]*)?(?<month>(?:" + MonthFull + ")|(?:" + MonthAbbr + @")\.)(?:\s+of)?,?\s+" + Year + YearTail + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(@"\b(?<pre>(?i:in|since|by|until|till|through|throughout|during|from|of|before|after|last|next|this|early|late|mid|between|and|to|or))[\s-]+(?:(?<mod>(?i:early|late|mid))[\s-]+)?(?<month>" + MonthFull + @")\b(?!\s*[0-9]|-[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAloneRegex();

    [GeneratedRegex(@"\b(?<pre>(?i:in|since|by|until|till|through|throughout|during|from|of|for|before|after|early|late|mid|between|and|to|fiscal|calendar))[\s-]+" + Year + @"(?![0-9]|[.,][0-9]|\s*(?:%|percent|per cent)|-[0-9]|s\b|['’]s\b)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"(?:\b(?i:the|a|an|its|his|her|their|this|that)|['’]s)\s+(?<year>1[89][0-9]{2}|20[0-9]{2})\s+(?<next>[A-Za-z][a-z-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex YearModifierRegex();

    [GeneratedRegex(@"\b(?i:the|a|an|for|its|this|that)\s+(?<month>January|February|March|April|June|July|August|September|October|November|December)\s+(?<next>[a-z][a-z-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthModifierRegex();

    [GeneratedRegex(@"(?<![0-9][-/]?)\b(?<year>1[89][0-9]{2}|20[0-9]{2})(?<sep>[-/])(?<m>1[0-2]|0?[1-9])\k<sep>(?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9]|[-/][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"(?:\b(?<wd>(?:" + WeekdayFull + ")|(?:" + WeekdayAbbr + @")\.?),?\s+)?(?<![0-9][.,/-]?)\b(?<a>3[01]|[12][0-9]|0?[1-9])(?<sep>[./-])(?<b>3[01]|[12][0-9]|0?[1-9])\k<sep>" + Year + @"(?![0-9]|[./-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();

    [GeneratedRegex(@"\b(?:(?<mod>(?i:late|early|earlier|later))\s+(?:(?i:on)\s+)?|(?<pre>(?i:on|last|next|this|coming|since|by|until|till|from|through|before|after|the|every|each|a))\s+)?(?<wd>" + WeekdayFull + @")(?<poss>['’]s)?(?:\s+(?<part>(?i:morning|afternoon|evening|night|overnight)))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"\b(?<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|(?:today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|this\s+(?:morning|afternoon|evening)|last\s+night))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DeicticRegex();

    [GeneratedRegex(@"\b(?<mod>(?i:last|this|next|earlier\s+this|later\s+this))\s+(?<unit>(?i:week|month|year|weekend))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodRegex();

    [GeneratedRegex(@"\b(?i:over|at|on|during|throughout)\s+(?<w>(?i:the\s+weekend))\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeekendRegex();

    [GeneratedRegex(@"\b(?<n>(?i:" + NumberWord + @"))\s+(?<unit>(?i:days?|weeks?|months?|years?|decades?))\s+(?i:ago)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgoRegex();

    [GeneratedRegex(@"\b(?<n>(?i:" + NumberWord + @"|the))\s+(?<unit>(?i:days?|weeks?|night|morning|evening))\s+(?<dir>(?i:earlier|later|before|after|prior))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NarrativeCountRegex();

    [GeneratedRegex(@"\b(?<n>(?i:" + NumberWord + @"))\s+(?<unit>(?i:months?|years?|decades?))\s+(?<dir>(?i:earlier|later))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NarrativePeriodRegex();

    [GeneratedRegex(@"\b(?i:the\s+(?<dir>previous|preceding|next|following)\s+(?:day|morning|night|evening))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NarrativeAdjacentRegex();

    [GeneratedRegex(@"\b(?:will|won['’]t|shall|to be held|expected|due to|is due|are due|scheduled|is set to|are set to|plans? to|planning|intends? to|upcoming|would|next|as soon as|as early as|likely to|(?:is|are) to)\b|['’]ll\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FutureCueRegex();

    [GeneratedRegex(@"\b(?:said|says|saying|told|added|according)\b|[;:,]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreakRegex();

    /// <summary>Words that, after "May", show the modal verb rather than the month ("3 May be").</summary>
    private static readonly HashSet<string> ModalFollowers = new(StringComparer.Ordinal)
    {
        "be", "have", "not", "also", "well", "still", "never", "need", "take", "get", "see", "come", "go",
        "face", "lose", "help", "want", "soon", "only", "even", "yet", "become", "seek", "return", "rise", "fall",
    };

    /// <summary>Adjectives that make a weekday a named day or holiday rather than a date.</summary>
    private static readonly HashSet<string> HolidayAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "black", "good", "super", "easter", "palm", "ash", "holy", "bloody", "cyber", "maundy", "whit", "giving",
    };

    /// <summary>Prepositions after which the bare month "May" is the month, not a name.</summary>
    private static readonly HashSet<string> StrongMonthPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "through", "throughout", "during", "last", "next", "this", "early", "late", "mid",
    };

    /// <summary>
    /// All time expressions in <paramref name="text"/>, in text order, without overlaps.
    /// <paramref name="sentenceStartOf"/> maps a position to the start of its sentence, used to read
    /// the tense of the clause before a weekday or weekend.
    /// </summary>
    public static List<TimeMatch> Find(string text, Func<int, int>? sentenceStartOf = null)
    {
        sentenceStartOf ??= p => LineStart(text, p);
        var candidates = new List<TimeMatch>();
        AddMonthFirst(text, candidates);
        AddDayFirst(text, candidates);
        AddMonthYear(text, candidates);
        AddMonthAlone(text, candidates, sentenceStartOf);
        AddYears(text, candidates);
        AddModifiers(text, candidates, sentenceStartOf);
        AddIso(text, candidates);
        AddNumeric(text, candidates);
        AddWeekdays(text, candidates, sentenceStartOf);
        AddDeictic(text, candidates);
        AddPeriods(text, candidates, sentenceStartOf);
        AddAgo(text, candidates);
        AddNarrative(text, candidates);
        return SelectLongest(candidates, text);
    }

    /// <summary>
    /// True when the clause before <paramref name="position"/> (back to its sentence start, a
    /// reporting verb or a semicolon) speaks of the future: "will", "is expected to", "plans to"...
    /// </summary>
    public static bool FutureClauseBefore(string text, int sentenceStart, int position)
    {
        var from = Math.Max(sentenceStart, position - 120);
        var window = text.AsSpan(from, position - from);
        var cut = 0;
        foreach (var m in ClauseBreakRegex().EnumerateMatches(window)) cut = m.Index + m.Length;
        return FutureCueRegex().IsMatch(window[cut..]);
    }

    /// <summary>True when anything in the sentence before <paramref name="position"/> speaks of the future.</summary>
    public static bool FutureSentenceBefore(string text, int sentenceStart, int position) =>
        position > sentenceStart && FutureCueRegex().IsMatch(text.AsSpan(sentenceStart, position - sentenceStart));

    private static void AddMonthFirst(string text, List<TimeMatch> into)
    {
        foreach (Match m in MonthFirstRegex().Matches(text))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            AddFullOrMonthDay(m, month, day, into);
        }
    }

    private static void AddDayFirst(string text, List<TimeMatch> into)
    {
        foreach (Match m in DayFirstRegex().Matches(text))
        {
            var monthGroup = m.Groups["month"];
            if (monthGroup.Value == "May" && !m.Groups["year"].Success && NextWord(text, monthGroup.Index + monthGroup.Length) is { } next && ModalFollowers.Contains(next))
                continue;
            var month = MonthNumber(monthGroup.Value);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            AddFullOrMonthDay(m, month, day, into);
        }
    }

    private static void AddFullOrMonthDay(Match m, int month, int day, List<TimeMatch> into)
    {
        var weekday = m.Groups["wd"].Success ? WeekdayOf(m.Groups["wd"].Value) : (DayOfWeek?)null;
        TemporalReference reference;
        if (m.Groups["year"].Success)
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (!Calendar.TryDate(year, month, day, out var date)) return;
            reference = new AbsoluteDate(new DateValue(date, DateGranularity.Day));
        }
        else
        {
            if (day > 31 || (month == 2 && day > 29) || day > DateTime.DaysInMonth(2024, month)) return;
            reference = new MonthDay(month, day, weekday);
        }
        into.Add(new TimeMatch(new TextSpan(m.Index, TrimEnd(m)), reference));
    }

    private static void AddMonthYear(string text, List<TimeMatch> into)
    {
        foreach (Match m in MonthYearRegex().Matches(text))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new AbsoluteDate(new DateValue(new DateOnly(year, month, 1), DateGranularity.Month))));
        }
    }

    private static void AddMonthAlone(string text, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        foreach (Match m in MonthAloneRegex().Matches(text))
        {
            var pre = m.Groups["pre"].Value;
            var monthGroup = m.Groups["month"];
            if (monthGroup.Value == "May" && !StrongMonthPrepositions.Contains(pre) && !m.Groups["mod"].Success) continue;
            var occurrence = pre.ToLowerInvariant() switch
            {
                "last" => Occurrence.Previous,
                "next" => Occurrence.Next,
                _ => FutureClauseBefore(text, sentenceStartOf(m.Index), m.Index) ? Occurrence.Coming : Occurrence.Default,
            };
            var start = m.Groups["mod"].Success ? m.Groups["mod"].Index
                : pre.ToLowerInvariant() is "last" or "next" or "this" or "early" or "late" or "mid" ? m.Index
                : monthGroup.Index;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, monthGroup.Index + monthGroup.Length), new NamedMonth(MonthNumber(monthGroup.Value), occurrence)));
        }
    }

    private static void AddYears(string text, List<TimeMatch> into)
    {
        foreach (Match m in YearRegex().Matches(text))
        {
            var pre = m.Groups["pre"].Value.ToLowerInvariant();
            var y = m.Groups["year"];
            // After a weak preposition a number is often a count: "of 2000 people", "to 1900 homes".
            if (pre is "of" or "for" or "to" or "and" or "between" or "from" or "by"
                && NextWord(text, y.Index + y.Length) is { } next && char.IsLower(next[0]) && !YearFollowers.Contains(next))
                continue;
            var start = pre is "early" or "late" or "mid" or "fiscal" or "calendar" ? m.Index : y.Index;
            var year = int.Parse(y.Value, CultureInfo.InvariantCulture);
            into.Add(new TimeMatch(TextSpan.FromBounds(start, y.Index + y.Length), new AbsoluteDate(new DateValue(new DateOnly(year, 1, 1), DateGranularity.Year))));
        }
    }

    /// <summary>
    /// "the 1996 bombing", "its 1990 invasion", "the October slaying": a year or month used as a
    /// modifier. Skipped when the noun is a count ("the 2000 people") or the month is an event name
    /// ("the March of ...").
    /// </summary>
    private static void AddModifiers(string text, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        foreach (Match m in YearModifierRegex().Matches(text))
        {
            var next = m.Groups["next"].Value;
            if (CountNouns.Contains(next.ToLowerInvariant())) continue;
            var y = m.Groups["year"];
            var year = int.Parse(y.Value, CultureInfo.InvariantCulture);
            into.Add(new TimeMatch(new TextSpan(y.Index, y.Length), new AbsoluteDate(new DateValue(new DateOnly(year, 1, 1), DateGranularity.Year))));
        }
        foreach (Match m in MonthModifierRegex().Matches(text))
        {
            if (m.Groups["next"].Value is "of" or "to" or "on" or "in" or "for" or "and" or "from") continue;
            var g = m.Groups["month"];
            var occurrence = FutureClauseBefore(text, sentenceStartOf(m.Index), m.Index) ? Occurrence.Coming : Occurrence.Default;
            into.Add(new TimeMatch(new TextSpan(g.Index, g.Length), new NamedMonth(MonthNumber(g.Value), occurrence)));
        }
    }

    private static readonly HashSet<string> CountNouns = new(StringComparer.Ordinal)
    {
        "people", "persons", "men", "women", "children", "police", "staff", "personnel", "troops", "soldiers", "cattle",
        "sheep", "fish", "aircraft", "more", "other", "others", "new", "additional", "extra", "or", "to", "and",
        "homes", "houses", "buildings", "jobs", "workers", "employees", "residents", "families", "households", "vehicles",
        "cars", "flights", "passengers", "students", "migrants", "refugees", "prisoners", "patients", "victims",
        "cases", "deaths", "members", "units", "shares", "tons", "tonnes", "barrels", "hectares", "acres", "square",
        "kilometres", "kilometers", "miles", "metres", "meters", "feet", "dollars", "euros", "pounds", "points",
    };

    private static readonly HashSet<string> YearFollowers = new(StringComparer.Ordinal)
    {
        "and", "or", "to", "the", "was", "were", "is", "when", "as", "at", "in", "on", "after", "before", "but", "until",
        "through", "with", "because", "while", "had", "has", "have", "will", "would", "saw", "that", "which", "levels", "level",
    };

    private static void AddIso(string text, List<TimeMatch> into)
    {
        foreach (Match m in IsoRegex().Matches(text))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (Calendar.TryDate(year, month, day, out var date))
                into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new AbsoluteDate(new DateValue(date, DateGranularity.Day))));
        }
    }

    private static void AddNumeric(string text, List<TimeMatch> into)
    {
        foreach (Match m in NumericRegex().Matches(text))
        {
            var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            // Dots and dashes are day-first in the countries that use them; slashes are ambiguous,
            // and without other evidence the US month-first order is the default.
            var dayFirst = m.Groups["sep"].Value != "/";
            var dayFirstValid = Calendar.TryDate(year, b, a, out var df);
            var monthFirstValid = Calendar.TryDate(year, a, b, out var mf);
            if (!dayFirstValid && !monthFirstValid) continue;
            var known = !(dayFirstValid && monthFirstValid) || a == b;
            if (!known && m.Groups["wd"].Success)
            {
                // A printed weekday decides the order: only one reading falls on it.
                var w = WeekdayOf(m.Groups["wd"].Value);
                if (df.DayOfWeek == w && mf.DayOfWeek != w) { dayFirst = true; known = true; }
                else if (mf.DayOfWeek == w && df.DayOfWeek != w) { dayFirst = false; known = true; }
            }
            if (!dayFirstValid) dayFirst = false;
            if (!monthFirstValid) dayFirst = true;
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new NumericDate(a, b, year, dayFirst, known)));
        }
    }

    private static void AddWeekdays(string text, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        foreach (Match m in WeekdayRegex().Matches(text))
        {
            var pre = m.Groups["pre"].Success ? m.Groups["pre"].Value.ToLowerInvariant() : "";
            // "the Sunday Times", "every Sunday", "a Tuesday" are not dates of an event.
            if (pre is "the" or "every" or "each" or "a") continue;
            var wdGroup = m.Groups["wd"];
            if (PreviousWord(text, m.Index) is { } before && HolidayAdjectives.Contains(before) && !m.Groups["mod"].Success && pre.Length == 0) continue;
            var occurrence = pre switch
            {
                "last" => Occurrence.Previous,
                "next" => Occurrence.Next,
                "coming" => Occurrence.Coming,
                // "around Wednesday's ruling": a possessive weekday names something that happened.
                _ when m.Groups["poss"].Success => Occurrence.Default,
                _ => FutureClauseBefore(text, sentenceStartOf(m.Index), m.Index) ? Occurrence.Coming : Occurrence.Default,
            };
            var start = m.Groups["mod"].Success ? m.Groups["mod"].Index
                : pre is "last" or "next" or "this" or "coming" ? m.Groups["pre"].Index
                : wdGroup.Index;
            var end = m.Groups["part"].Success ? m.Groups["part"].Index + m.Groups["part"].Length : wdGroup.Index + wdGroup.Length;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, end), new NamedWeekday(WeekdayOf(wdGroup.Value), occurrence)));
        }
    }

    private static void AddDeictic(string text, List<TimeMatch> into)
    {
        foreach (Match m in DeicticRegex().Matches(text))
        {
            var w = m.Groups["w"].Value.ToLowerInvariant();
            var days = w.StartsWith("the day before", StringComparison.Ordinal) ? -2
                : w.StartsWith("the day after", StringComparison.Ordinal) ? 2
                : w.StartsWith("yesterday", StringComparison.Ordinal) || w.StartsWith("last", StringComparison.Ordinal) ? -1
                : w.StartsWith("tomorrow", StringComparison.Ordinal) ? 1
                : 0;
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new PublicationOffset(days)));
        }
    }

    private static void AddPeriods(string text, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        foreach (Match m in PeriodRegex().Matches(text))
        {
            var mod = m.Groups["mod"].Value.ToLowerInvariant();
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var offset = mod switch { "last" => -1, "next" => 1, _ => 0 };
            TemporalReference reference = unit switch
            {
                "week" => new CalendarPeriod(DateGranularity.Week, offset),
                "month" => new CalendarPeriod(DateGranularity.Month, offset),
                "year" => new CalendarPeriod(DateGranularity.Year, offset),
                _ => new Weekend(offset switch { -1 => Occurrence.Previous, 1 => Occurrence.Next, _ => Occurrence.Coming }),
            };
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), reference));
        }
        foreach (Match m in WeekendRegex().Matches(text))
        {
            var w = m.Groups["w"];
            var occurrence = FutureClauseBefore(text, sentenceStartOf(m.Index), m.Index) ? Occurrence.Coming : Occurrence.Default;
            into.Add(new TimeMatch(new TextSpan(w.Index, w.Length), new Weekend(occurrence)));
        }
    }

    private static void AddAgo(string text, List<TimeMatch> into)
    {
        foreach (Match m in AgoRegex().Matches(text))
        {
            var n = Count(m.Groups["n"].Value);
            var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            TemporalReference reference = unit switch
            {
                "day" => new PublicationOffset(-n),
                "week" => new PublicationOffset(-7 * n, DateGranularity.Week),
                "month" => new CalendarPeriod(DateGranularity.Month, -n),
                "decade" => new CalendarPeriod(DateGranularity.Year, -10 * n),
                _ => new CalendarPeriod(DateGranularity.Year, -n),
            };
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), reference));
        }
    }

    private static void AddNarrative(string text, List<TimeMatch> into)
    {
        foreach (Match m in NarrativeCountRegex().Matches(text))
        {
            var nText = m.Groups["n"].Value;
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var isThe = nText.Equals("the", StringComparison.OrdinalIgnoreCase);
            // "the days after" is a span, "the week before" vague, "two nights later" rare and loose.
            if (isThe && (unit.EndsWith('s') || unit == "week")) continue;
            if (!isThe && unit is "night" or "morning" or "evening") continue;
            var days = (isThe ? 1 : Count(nText)) * (unit.StartsWith("week", StringComparison.Ordinal) ? 7 : 1);
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            var end = m.Index + m.Length;
            // "two days after the talks" (a preposition with an object) dates the event that
            // follows; "two days after," or "... two days before." (an adverb) dates this sentence's.
            var governs = NextWord(text, end) is not null;
            var reference = dir switch
            {
                "later" => new NarrativeOffset(days),
                "earlier" => new NarrativeOffset(-days),
                "after" => governs ? new NarrativeOffset(-days, BindsToFollowing: true) : new NarrativeOffset(days),
                // "before" and "prior (to)": the event that follows is N days after this one.
                _ => governs ? new NarrativeOffset(days, BindsToFollowing: true) : new NarrativeOffset(-days),
            };
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), reference));
        }
        foreach (Match m in NarrativePeriodRegex().Matches(text))
        {
            var n = Count(m.Groups["n"].Value) * (m.Groups["unit"].Value.StartsWith("decade", StringComparison.OrdinalIgnoreCase) ? 10 : 1);
            var unit = m.Groups["unit"].Value.StartsWith("month", StringComparison.OrdinalIgnoreCase) ? DateGranularity.Month : DateGranularity.Year;
            var sign = m.Groups["dir"].Value.Equals("later", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new NarrativePeriod(unit, sign * n)));
        }
        foreach (Match m in NarrativeAdjacentRegex().Matches(text))
        {
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new NarrativeOffset(dir is "previous" or "preceding" ? -1 : 1)));
        }
    }

    /// <summary>Greedy: longest candidates first, then earliest; a candidate overlapping a kept one is dropped.</summary>
    private static List<TimeMatch> SelectLongest(List<TimeMatch> candidates, string text)
    {
        candidates.Sort((x, y) => x.Span.Length != y.Span.Length ? y.Span.Length.CompareTo(x.Span.Length) : x.Span.Start.CompareTo(y.Span.Start));
        var kept = new List<TimeMatch>();
        foreach (var c in candidates)
        {
            // The sentence splitter ends a sentence at every line break; a match must not straddle one.
            if (text.AsSpan(c.Span.Start, c.Span.Length).Contains('\n')) continue;
            var overlaps = false;
            foreach (var k in kept)
            {
                if (k.Span.Overlaps(c.Span)) { overlaps = true; break; }
            }
            if (!overlaps) kept.Add(c);
        }
        kept.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return kept;
    }

    private static int TrimEnd(Match m)
    {
        var length = m.Length;
        var value = m.Value;
        while (length > 0 && (value[length - 1] == ',' || char.IsWhiteSpace(value[length - 1]))) length--;
        return length;
    }

    internal static int MonthNumber(string name) => name.TrimEnd('.')[..3] switch
    {
        "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
        "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, _ => 12,
    };

    internal static DayOfWeek WeekdayOf(string name) => name.TrimEnd('.')[..3] switch
    {
        "Mon" => DayOfWeek.Monday, "Tue" => DayOfWeek.Tuesday, "Wed" => DayOfWeek.Wednesday,
        "Thu" => DayOfWeek.Thursday, "Fri" => DayOfWeek.Friday, "Sat" => DayOfWeek.Saturday, _ => DayOfWeek.Sunday,
    };

    private static int Count(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6,
        "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };

    /// <summary>The word that starts after optional spaces at <paramref name="position"/>, or null when punctuation or the end comes first.</summary>
    private static string? NextWord(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '’')) i++;
        return i > start ? text[start..i] : null;
    }

    private static string? PreviousWord(string text, int position)
    {
        var i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 ? text[(i + 1)..end] : null;
    }

    private static int LineStart(string text, int position) =>
        position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
}
