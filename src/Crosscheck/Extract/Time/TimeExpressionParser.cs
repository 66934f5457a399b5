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
    private const string Day = @"(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
    private const string Year = "(?<year>1[89][0-9]{2}|20[0-9]{2})";
    // A figure, not a date, follows: "June 30,000", "3.5", "3%".
    private const string NotNumberTail = @"(?![0-9]|[.,:][0-9]|\s*(?:%|percent|per cent))";
    private const string YearTail = @"(?![0-9]|[.,][0-9]|\s*(?:%|percent|per cent))";
    private const string NumberWord = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3}";

    // Speed: every main pattern starts with a rare literal (a month or weekday name, a digit, a
    // keyword such as "ago" or "later") so the regex engine can skip ahead with a vectorised search;
    // the words before it ("on", "late", "two days") are read afterwards with the small
    // "...Before" patterns, anchored at the candidate (\z) and run only over a short window.

    [GeneratedRegex(@"\b" + Month + @"\s+" + Day + NotNumberTail + @"(?:(?:,\s*|\s+)(?:of\s+)?" + Year + YearTail + @")?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstRegex();

    [GeneratedRegex(@"(?<![0-9][.,:/-]?)\b" + Day + @"(?:\s+of)?\s+" + Month + @"(?:,?\s+" + Year + YearTail + @")?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstRegex();

    [GeneratedRegex(@"(?<wd>\b(?:" + WeekdayFull + @")|\b(?:" + WeekdayAbbr + @")\.?),?\s+(?:the\s+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPrefixBefore();

    [GeneratedRegex(@"\b(?<month>(?:" + MonthFull + ")|(?:" + MonthAbbr + @")\.)(?:\s+of)?,?\s+" + Year + YearTail + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(@"\b(?<mod>(?i:early|late|mid|the end of|the beginning of|the start of|the middle of))[\s-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex MonthModBefore();

    [GeneratedRegex(@"\b(?<month>" + MonthFull + @")\b(?!\s*[0-9]|-[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAloneRegex();

    [GeneratedRegex(@"\b(?<pre>(?i:in|since|by|until|till|through|throughout|during|from|of|before|after|last|next|this|early|late|mid|between|and|to|or))[\s-]+(?:(?<mod>(?i:early|late|mid))[\s-]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPrepositionBefore();

    [GeneratedRegex(@"\b(?i:the|a|an|for|its|this|that)\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DeterminerBefore();

    [GeneratedRegex(@"\b" + Year + @"(?![0-9]|[.,][0-9]|\s*(?:%|percent|per cent)|-[0-9]|s\b|['’]s\b)\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\b(?<pre>(?i:in|since|by|until|till|through|throughout|during|from|of|for|before|after|early|late|mid|between|and|to|fiscal|calendar))[\s-]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearPrepositionBefore();

    [GeneratedRegex(@"(?:\b(?i:the|a|an|its|his|her|their|this|that)|['’]s)\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearDeterminerBefore();

    [GeneratedRegex(@"(?<![0-9][-/]?)\b(?<year>1[89][0-9]{2}|20[0-9]{2})(?<sep>[-/])(?<m>1[0-2]|0?[1-9])\k<sep>(?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9]|[-/][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"(?<![0-9][.,/-]?)\b(?<a>3[01]|[12][0-9]|0?[1-9])(?<sep>[./-])(?<b>3[01]|[12][0-9]|0?[1-9])\k<sep>" + Year + @"(?![0-9]|[./-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();

    [GeneratedRegex(@"\b(?<wd>" + WeekdayFull + @")(?<poss>['’]s)?(?:\s+(?<part>(?i:morning|afternoon|evening|night|overnight)))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"(?:\b(?<mod>(?i:late|early|earlier|later))\s+(?:(?i:on)\s+)?|\b(?<pre>(?i:on|last|next|this|coming|since|by|until|till|from|through|before|after|the|every|each|a))\s+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayPrefixWordBefore();

    [GeneratedRegex(@"\b(?<w>(?i:today|tonight|yesterday|tomorrow))(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DeicticRegex();

    [GeneratedRegex(@"\b(?i:the\s+day\s+(?<dir>before|after))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DayBeforeAfterBefore();

    [GeneratedRegex(@"\b(?<part>(?i:morning|afternoon|evening|night))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfDayRegex();

    [GeneratedRegex(@"\b(?<w>(?i:this|last))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ThisLastBefore();

    [GeneratedRegex(@"\b(?<unit>(?i:week|month|year|weekend))\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodRegex();

    [GeneratedRegex(@"\b(?<mod>(?i:(?:earlier|later)\s+this|last|this|next))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodModBefore();

    [GeneratedRegex(@"\b(?i:over|at|on|during|throughout)\s+(?<the>(?i:the))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex WeekendPrepositionBefore();

    [GeneratedRegex(@"\b(?i:ago)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgoRegex();

    [GeneratedRegex(@"\b(?<n>(?i:" + NumberWord + @"))\s+(?<unit>(?i:days?|weeks?|months?|years?|decades?))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex CountBefore();

    [GeneratedRegex(@"\b(?<dir>(?i:earlier|later|before|after|prior))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DirectionRegex();

    [GeneratedRegex(@"\b(?<n>(?i:" + NumberWord + @"|the))\s+(?<unit>(?i:days?|weeks?|night|morning|evening|months?|years?|decades?))\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex NarrativeCountBefore();

    [GeneratedRegex(@"\b(?<dir>(?i:previous|preceding|next|following))\s+(?i:day|morning|night|evening)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AdjacentDayRegex();

    [GeneratedRegex(@"\b(?i:the)\s+\z", RegexOptions.CultureInvariant)]
    private static partial Regex TheBefore();

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

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "in", "of", "to", "and", "or", "on", "at", "for", "with", "when", "that", "which", "before", "after", "is", "was",
        "will", "would", "as", "but", "by", "from", "this", "last", "next",
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
    /// the tense of the clause before a weekday or weekend. <paramref name="allTimexes"/> adds the
    /// expressions that only TimeML scoring uses (<see cref="TimexOnlyReference"/>); the engine
    /// leaves them out, and does not pay for looking for them.
    /// </summary>
    public static List<TimeMatch> Find(string text, Func<int, int>? sentenceStartOf = null, bool allTimexes = false)
    {
        sentenceStartOf ??= p => LineStart(text, p);
        var candidates = new List<TimeMatch>();
        AddMonthFirst(text, candidates, sentenceStartOf);
        AddDayFirst(text, candidates, sentenceStartOf);
        AddMonthYear(text, candidates);
        AddMonthAlone(text, candidates, sentenceStartOf);
        AddYears(text, candidates, allTimexes);
        AddIso(text, candidates);
        AddNumeric(text, candidates);
        AddWeekdays(text, candidates, sentenceStartOf);
        AddDeictic(text, candidates);
        AddPeriods(text, candidates, sentenceStartOf);
        AddAgo(text, candidates);
        AddNarrative(text, candidates);
        if (!allTimexes) return SelectLongest(candidates, text);
        AddGeneral(text, candidates);
        AddQuarters(text, candidates);
        AddTheYear(text, candidates);
        AddSeasons(text, candidates);
        AddDecades(text, candidates);
        AddSpelledYears(text, candidates);
        AddDurations(text, candidates);
        var kept = SelectLongest(candidates, text);
        ResolveQuarterContext(text, kept, sentenceStartOf);
        return kept;
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

    private const int ContextWindow = 40;

    /// <summary>The match of an anchored (\z) pattern over the few characters before <paramref name="position"/>.</summary>
    private static Match? Before(Regex pattern, string text, int position)
    {
        var start = Math.Max(0, position - ContextWindow);
        var m = pattern.Match(text, start, position - start);
        return m.Success ? m : null;
    }

    private static void AddMonthFirst(string text, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        foreach (Match m in MonthFirstRegex().Matches(text))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            AddFullOrMonthDay(text, m, month, day, into, sentenceStartOf);
        }
    }

    private static void AddDayFirst(string text, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        foreach (Match m in DayFirstRegex().Matches(text))
        {
            var monthGroup = m.Groups["month"];
            if (monthGroup.Value == "May" && !m.Groups["year"].Success && NextWord(text, monthGroup.Index + monthGroup.Length) is { } next && ModalFollowers.Contains(next))
                continue;
            var month = MonthNumber(monthGroup.Value);
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            AddFullOrMonthDay(text, m, month, day, into, sentenceStartOf);
        }
    }

    private static void AddFullOrMonthDay(string text, Match m, int month, int day, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        var start = m.Index;
        DayOfWeek? weekday = null;
        if (Before(WeekdayPrefixBefore(), text, m.Index) is { } w)
        {
            weekday = WeekdayOf(w.Groups["wd"].Value);
            start = w.Groups["wd"].Index;
        }
        TemporalReference reference;
        if (m.Groups["year"].Success)
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (!Calendar.TryDate(year, month, day, out var date)) return;
            reference = new AbsoluteDate(new DateValue(date, DateGranularity.Day));
        }
        else
        {
            if (day > DateTime.DaysInMonth(2024, month)) return;
            // "will take office Feb. 1": the future tense puts the day on or after the anchor.
            reference = new MonthDay(month, day, weekday, weekday is null && FutureClauseBefore(text, sentenceStartOf(m.Index), m.Index));
        }
        into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + TrimEnd(m)), reference));
    }

    private static void AddMonthYear(string text, List<TimeMatch> into)
    {
        foreach (Match m in MonthYearRegex().Matches(text))
        {
            var month = MonthNumber(m.Groups["month"].Value);
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var start = Before(MonthModBefore(), text, m.Index) is { } mod ? mod.Groups["mod"].Index : m.Index;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new AbsoluteDate(new DateValue(new DateOnly(year, month, 1), DateGranularity.Month))));
        }
    }

    /// <summary>
    /// A month name without day or year: after a temporal preposition ("in March", "since early
    /// June", "last March"), or as a modifier after a determiner ("the October vote"; skipped when
    /// the next word shows a name, "the March of ...").
    /// </summary>
    private static void AddMonthAlone(string text, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        foreach (Match m in MonthAloneRegex().Matches(text))
        {
            var monthGroup = m.Groups["month"];
            var month = MonthNumber(monthGroup.Value);
            var future = FutureClauseBefore(text, sentenceStartOf(m.Index), m.Index);
            if (Before(MonthPrepositionBefore(), text, m.Index) is { } p)
            {
                var pre = p.Groups["pre"].Value.ToLowerInvariant();
                if (monthGroup.Value == "May" && !StrongMonthPrepositions.Contains(pre) && !p.Groups["mod"].Success) continue;
                var occurrence = pre switch
                {
                    "last" => Occurrence.Previous,
                    "next" => Occurrence.Next,
                    "this" => Occurrence.SameYear,
                    _ => future ? Occurrence.Coming : Occurrence.Default,
                };
                var start = p.Groups["mod"].Success ? p.Groups["mod"].Index
                    : pre is "last" or "next" or "this" or "early" or "late" or "mid" ? p.Groups["pre"].Index
                    : m.Index;
                into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new NamedMonth(month, occurrence)));
            }
            else if (monthGroup.Value != "May" && Before(DeterminerBefore(), text, m.Index) is not null
                && NextWord(text, m.Index + m.Length) is { } next && char.IsLower(next[0])
                && next is not ("of" or "to" or "on" or "in" or "for" or "and" or "from"))
            {
                into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new NamedMonth(month, future ? Occurrence.Coming : Occurrence.Default)));
            }
        }
    }

    /// <summary>
    /// A year after a temporal preposition ("in 2023", "mid-2024"), or modifying a noun ("the 1996
    /// bombing", "its 1990 invasion"). After a weak preposition or a determiner the number is
    /// skipped when a count noun follows ("of 2000 people", "the 2000 homes").
    /// </summary>
    private static void AddYears(string text, List<TimeMatch> into, bool allTimexes)
    {
        foreach (Match m in YearRegex().Matches(text))
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var next = NextWord(text, m.Index + m.Length);
            var start = m.Index;
            if (Before(YearPrepositionBefore(), text, m.Index) is { } p)
            {
                var pre = p.Groups["pre"].Value.ToLowerInvariant();
                if (pre is "of" or "for" or "to" or "and" or "between" or "from" or "by"
                    && next is not null && char.IsLower(next[0]) && !YearFollowers.Contains(next))
                {
                    if (allTimexes && !BareYearExcluded(text, m.Index, next))
                        into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new FixedTimex(m.Groups["year"].Value)));
                    continue;
                }
                if (pre is "early" or "late" or "mid" or "fiscal" or "calendar") start = p.Groups["pre"].Index;
            }
            else if (Before(YearDeterminerBefore(), text, m.Index) is null || next is null || CountNouns.Contains(next.ToLowerInvariant()))
            {
                // A bare year ("profit rose in the year ended ... 1989", "1990 will be hard") still
                // names a year for TimeML; the engine does not date events with it.
                if (allTimexes && !BareYearExcluded(text, m.Index, next))
                    into.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new FixedTimex(m.Groups["year"].Value)));
                continue;
            }
            into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new AbsoluteDate(new DateValue(new DateOnly(year, 1, 1), DateGranularity.Year))));
        }
    }

    /// <summary>A number that reads as a figure rather than a year: "$1990", "No. 2000", "2000 people".</summary>
    private static bool BareYearExcluded(string text, int position, string? next)
    {
        if (next is not null && CountNouns.Contains(next.ToLowerInvariant())) return true;
        var i = position - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && (text[i] is '$' or '#' or '£' or '€' or '+' or '-' || PreviousWord(text, position) is "No" or "no" or "number" or "Number" or "about" or "some" or "nearly" or "than");
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
            var start = m.Index;
            if (Before(WeekdayPrefixBefore(), text, m.Index) is { } wd)
            {
                start = wd.Groups["wd"].Index;
                // A printed weekday decides the order: only one reading falls on it.
                var w = WeekdayOf(wd.Groups["wd"].Value);
                if (!known && df.DayOfWeek == w && mf.DayOfWeek != w) { dayFirst = true; known = true; }
                else if (!known && mf.DayOfWeek == w && df.DayOfWeek != w) { dayFirst = false; known = true; }
            }
            if (!dayFirstValid) dayFirst = false;
            if (!monthFirstValid) dayFirst = true;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new NumericDate(a, b, year, dayFirst, known)));
        }
    }

    private static void AddWeekdays(string text, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        foreach (Match m in WeekdayRegex().Matches(text))
        {
            var before = Before(WeekdayPrefixWordBefore(), text, m.Index);
            var pre = before is { } b && b.Groups["pre"].Success ? b.Groups["pre"].Value.ToLowerInvariant() : "";
            var mod = before is { } b2 && b2.Groups["mod"].Success ? b2.Groups["mod"] : null;
            // "every Sunday" recurs; "the Sunday Times" is a title; but "the Friday explosions" and
            // "a Sunday night vigil" date an event: a lower-case noun must follow.
            if (pre is "every" or "each") continue;
            if (pre is "the" or "a" && !(NextWord(text, m.Index + m.Length) is { } noun && char.IsLower(noun[0]) && !FunctionWords.Contains(noun))) continue;
            if (mod is null && pre.Length == 0 && PreviousWord(text, m.Index) is { } adjective && HolidayAdjectives.Contains(adjective)) continue;
            var occurrence = pre switch
            {
                "last" => Occurrence.Previous,
                "next" => Occurrence.Next,
                "coming" => Occurrence.Coming,
                // "around Wednesday's ruling": a possessive weekday names something that happened.
                _ when m.Groups["poss"].Success => Occurrence.Default,
                _ => FutureClauseBefore(text, sentenceStartOf(m.Index), m.Index) ? Occurrence.Coming : Occurrence.Default,
            };
            var start = mod is not null ? mod.Index
                : pre is "last" or "next" or "this" or "coming" ? before!.Groups["pre"].Index
                : m.Index;
            var wdGroup = m.Groups["wd"];
            var end = m.Groups["part"].Success ? m.Groups["part"].Index + m.Groups["part"].Length : wdGroup.Index + wdGroup.Length;
            into.Add(new TimeMatch(TextSpan.FromBounds(start, end), new NamedWeekday(WeekdayOf(wdGroup.Value), occurrence)));
        }
    }

    private static void AddDeictic(string text, List<TimeMatch> into)
    {
        foreach (Match m in DeicticRegex().Matches(text))
        {
            var w = m.Groups["w"].Value.ToLowerInvariant();
            var start = m.Index;
            var days = w switch { "yesterday" => -1, "tomorrow" => 1, _ => 0 };
            if (days != 0 && Before(DayBeforeAfterBefore(), text, m.Index) is { } x
                && x.Groups["dir"].Value.Equals(days < 0 ? "before" : "after", StringComparison.OrdinalIgnoreCase))
            {
                // "the day before yesterday", "the day after tomorrow"
                days *= 2;
                start = x.Index;
            }
            into.Add(new TimeMatch(TextSpan.FromBounds(start, m.Index + m.Length), new PublicationOffset(days)));
        }
        foreach (Match m in PartOfDayRegex().Matches(text))
        {
            if (Before(ThisLastBefore(), text, m.Index) is not { } x) continue;
            var last = x.Groups["w"].Value.Equals("last", StringComparison.OrdinalIgnoreCase);
            var night = m.Groups["part"].Value.Equals("night", StringComparison.OrdinalIgnoreCase);
            // "this morning" is today; "last night" the evening before; "this night", "last morning" are not idioms.
            if (last != night) continue;
            into.Add(new TimeMatch(TextSpan.FromBounds(x.Index, m.Index + m.Length), new PublicationOffset(last ? -1 : 0)));
        }
    }

    private static void AddPeriods(string text, List<TimeMatch> into, Func<int, int> sentenceStartOf)
    {
        foreach (Match m in PeriodRegex().Matches(text))
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            if (Before(PeriodModBefore(), text, m.Index) is { } p)
            {
                var mod = p.Groups["mod"].Value.ToLowerInvariant();
                var offset = mod switch { "last" => -1, "next" => 1, _ => 0 };
                TemporalReference reference = unit switch
                {
                    "week" => new CalendarPeriod(DateGranularity.Week, offset),
                    "month" => new CalendarPeriod(DateGranularity.Month, offset),
                    "year" => new CalendarPeriod(DateGranularity.Year, offset),
                    _ => new Weekend(offset switch { -1 => Occurrence.Previous, 1 => Occurrence.Next, _ => Occurrence.Coming }),
                };
                into.Add(new TimeMatch(TextSpan.FromBounds(p.Index, m.Index + m.Length), reference));
            }
            else if (unit == "weekend" && Before(WeekendPrepositionBefore(), text, m.Index) is { } w)
            {
                var occurrence = FutureClauseBefore(text, sentenceStartOf(m.Index), m.Index) ? Occurrence.Coming : Occurrence.Default;
                into.Add(new TimeMatch(TextSpan.FromBounds(w.Groups["the"].Index, m.Index + m.Length), new Weekend(occurrence)));
            }
        }
    }

    private static void AddAgo(string text, List<TimeMatch> into)
    {
        foreach (Match m in AgoRegex().Matches(text))
        {
            if (Before(CountBefore(), text, m.Index) is not { } c) continue;
            var n = Count(c.Groups["n"].Value);
            var unit = c.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
            TemporalReference reference = unit switch
            {
                "day" => new PublicationOffset(-n),
                "week" => new PublicationOffset(-7 * n, DateGranularity.Week),
                "month" => new CalendarPeriod(DateGranularity.Month, -n),
                "decade" => new CalendarPeriod(DateGranularity.Year, -10 * n),
                _ => new CalendarPeriod(DateGranularity.Year, -n),
            };
            into.Add(new TimeMatch(TextSpan.FromBounds(c.Index, m.Index + m.Length), reference));
        }
    }

    private static void AddNarrative(string text, List<TimeMatch> into)
    {
        foreach (Match m in DirectionRegex().Matches(text))
        {
            if (Before(NarrativeCountBefore(), text, m.Index) is not { } c) continue;
            var nText = c.Groups["n"].Value;
            var unit = c.Groups["unit"].Value.ToLowerInvariant();
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            var isThe = nText.Equals("the", StringComparison.OrdinalIgnoreCase);
            var span = TextSpan.FromBounds(c.Index, m.Index + m.Length);
            if (unit.StartsWith("month", StringComparison.Ordinal) || unit.StartsWith("year", StringComparison.Ordinal) || unit.StartsWith("decade", StringComparison.Ordinal))
            {
                // "a year earlier", "three months later"; "a year after" and "the year before" are left out.
                if (isThe || dir is not ("earlier" or "later")) continue;
                var count = Count(nText) * (unit.StartsWith("decade", StringComparison.Ordinal) ? 10 : 1);
                into.Add(new TimeMatch(span, new NarrativePeriod(unit.StartsWith("month", StringComparison.Ordinal) ? DateGranularity.Month : DateGranularity.Year, dir == "later" ? count : -count)));
                continue;
            }
            // "the days after" is a span, "the week before" vague, "two nights later" rare and loose.
            if (isThe && (unit.EndsWith('s') || unit == "week")) continue;
            if (!isThe && unit is "night" or "morning" or "evening") continue;
            var days = (isThe ? 1 : Count(nText)) * (unit.StartsWith("week", StringComparison.Ordinal) ? 7 : 1);
            // "two days after the talks" (a preposition with an object) dates the event that
            // follows; "two days after," or "... two days before." (an adverb) dates this sentence's.
            var governs = NextWord(text, m.Index + m.Length) is not null;
            var reference = dir switch
            {
                "later" => new NarrativeOffset(days),
                "earlier" => new NarrativeOffset(-days),
                "after" => governs ? new NarrativeOffset(-days, Binds: true) : new NarrativeOffset(days),
                // "before" and "prior (to)": the event that follows is N days after this one.
                _ => governs ? new NarrativeOffset(days, Binds: true) : new NarrativeOffset(-days),
            };
            into.Add(new TimeMatch(span, reference));
        }
        foreach (Match m in AdjacentDayRegex().Matches(text))
        {
            if (Before(TheBefore(), text, m.Index) is not { } the) continue;
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            into.Add(new TimeMatch(TextSpan.FromBounds(the.Index, m.Index + m.Length), new NarrativeOffset(dir is "previous" or "preceding" ? -1 : 1)));
        }
    }

    /// <summary>Greedy: longest candidates first, then earliest; a candidate overlapping a kept one is dropped.</summary>
    private static List<TimeMatch> SelectLongest(List<TimeMatch> candidates, string text)
    {
        candidates.Sort((x, y) => x.Span.Length != y.Span.Length ? y.Span.Length.CompareTo(x.Span.Length) : x.Span.Start.CompareTo(y.Span.Start));
        var kept = new List<TimeMatch>();
        // Characters already taken by a kept match: overlap tests stay linear in long reports.
        var taken = new System.Collections.BitArray(text.Length + 1);
        foreach (var c in candidates)
        {
            // The sentence splitter ends a sentence at every line break; a match must not straddle one.
            if (text.AsSpan(c.Span.Start, c.Span.Length).Contains('\n')) continue;
            var overlaps = false;
            for (var i = c.Span.Start; i < c.Span.End && !overlaps; i++) overlaps = taken[i];
            if (overlaps) continue;
            for (var i = c.Span.Start; i < c.Span.End; i++) taken[i] = true;
            kept.Add(c);
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
