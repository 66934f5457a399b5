using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Extract.Time;

/// <summary>
/// A time-expression finder built from a language pack's calendar file (Lang/&lt;code&gt;/calendar.txt):
/// day-month dates with an optional weekday and year ("mardi 3 juin 2025", "le 1er juin"), month
/// and year ("juin 2025"), a month or year after a temporal preposition ("en juin", "depuis 2023"),
/// weekdays with their occurrence ("mardi", "mardi dernier"), deictic words ("hier"), calendar
/// periods ("la semaine dernière") and counted offsets ("il y a deux jours"). Every language with a
/// pack gets it; English keeps its hand-tuned patterns (<see cref="TimeExpressionParser"/>), which
/// also read narrative offsets and tense. The regexes are built once per pack.
/// </summary>
internal sealed class PackTimeParser
{
    public static PackTimeParser For(LanguagePack pack) => pack.Compiled(static p => new PackTimeParser(p));

    private readonly Dictionary<string, int> _months = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DayOfWeek> _weekdays = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TemporalReference> _phrases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, DateGranularity> _units = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordSet _previous;
    private readonly WordSet _next;
    private readonly Regex? _dayMonth;
    private readonly Regex? _monthYear;
    private readonly Regex? _afterPreposition;
    private readonly Regex? _weekday;
    private readonly Regex? _phrase;
    private readonly Regex? _ago;

    private const string Year = "(?<year>1[89][0-9]{2}|20[0-9]{2})(?![0-9])";
    private const string Day = "(?<day>3[01]|[12][0-9]|0?[1-9])";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private PackTimeParser(LanguagePack pack)
    {
        foreach (var line in pack.Lines("calendar", "months")) Numbered(line, (w, n) => _months[w] = n);
        // ISO weekday numbers: 1 is Monday, 7 Sunday.
        foreach (var line in pack.Lines("calendar", "weekdays")) Numbered(line, (w, n) => _weekdays[w] = (DayOfWeek)(n % 7));
        foreach (var section in new[] { "units", "tens" })
            foreach (var line in pack.Lines("numbers", section)) Numbered(line.Split(' ') is [var w, var n] ? $"{n} {w}" : line, (w, n) => _numbers[w] = n);
        foreach (var w in pack.Words("numbers", "indefinite")) _numbers[w] = 1;
        foreach (var line in pack.Lines("calendar", "deictic"))
        {
            var (offset, phrase) = Split(line);
            _phrases[Normal(phrase)] = new PublicationOffset(int.Parse(offset, CultureInfo.InvariantCulture));
        }
        foreach (var line in pack.Lines("calendar", "periods"))
        {
            var (unit, rest) = Split(line);
            var (offset, phrase) = Split(rest);
            var n = int.Parse(offset, CultureInfo.InvariantCulture);
            _phrases[Normal(phrase)] = unit == "weekend"
                ? new Weekend(n < 0 ? Occurrence.Previous : n > 0 ? Occurrence.Next : Occurrence.Default)
                : new CalendarPeriod(Enum.Parse<DateGranularity>(unit, ignoreCase: true), n);
        }
        foreach (var section in pack.Sections("calendar").Where(s => s.Head == "unit"))
            foreach (var w in section.Words) _units[w] = Enum.Parse<DateGranularity>(section.Args[0], ignoreCase: true);
        _previous = pack.Set("calendar", "previous");
        _next = pack.Set("calendar", "next");

        var months = Alternation(_months.Keys);
        var weekdays = Alternation(_weekdays.Keys);
        var suffixes = Alternation(pack.Words("calendar", "day-suffixes"));
        var prepositions = Alternation(pack.Lines("calendar", "prepositions"));
        if (months.Length > 0)
        {
            var weekdayBefore = weekdays.Length > 0 ? $@"(?:\b(?<wd>{weekdays})\s+)?" : "";
            var suffix = suffixes.Length > 0 ? $"(?:{suffixes})?" : "";
            _dayMonth = new Regex($@"{weekdayBefore}(?<![0-9][.,]?)\b{Day}{suffix}\s+(?<month>{months})\b(?:\.?\s+{Year})?", Options);
            _monthYear = new Regex($@"\b(?<month>{months})\.?\s+{Year}", Options);
            if (prepositions.Length > 0)
                _afterPreposition = new Regex($@"\b(?:{prepositions})[\s-]+(?:(?<month>{months})\b|{Year}(?![.,]?[0-9]))", Options);
        }
        if (weekdays.Length > 0)
        {
            var occurrence = Alternation(_previous.Items.Concat(_next.Items));
            _weekday = new Regex($@"\b(?<wd>{weekdays})\b" + (occurrence.Length > 0 ? $@"(?:\s+(?<occ>{occurrence})\b)?" : ""), Options);
        }
        if (_phrases.Count > 0) _phrase = new Regex($@"(?<!\w)(?:{Alternation(_phrases.Keys)})(?!\w)", Options);
        var ago = Alternation(pack.Lines("calendar", "ago-before"));
        if (ago.Length > 0 && _units.Count > 0)
            _ago = new Regex($@"\b(?:{ago})\s+(?<n>{Alternation(_numbers.Keys)}|[0-9]{{1,3}})\s+(?<unit>{Alternation(_units.Keys)})\b", Options);
    }

    /// <summary>All time expressions of <paramref name="text"/>, in text order, without overlaps (longest first).</summary>
    public List<TimeMatch> Find(string text)
    {
        var candidates = new List<TimeMatch>();
        if (_dayMonth is not null)
        {
            foreach (Match m in _dayMonth.Matches(text))
            {
                var month = _months[m.Groups["month"].Value];
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                DayOfWeek? weekday = m.Groups["wd"].Success ? _weekdays[m.Groups["wd"].Value] : null;
                TemporalReference reference;
                if (m.Groups["year"].Success)
                {
                    var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                    if (!Calendar.TryDate(year, month, day, out var date)) continue;
                    reference = new AbsoluteDate(new DateValue(date, DateGranularity.Day));
                }
                else reference = new MonthDay(month, day, weekday);
                candidates.Add(new TimeMatch(new TextSpan(m.Index, m.Length), reference));
            }
        }
        if (_monthYear is not null)
        {
            foreach (Match m in _monthYear.Matches(text))
            {
                var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                var date = new DateOnly(year, _months[m.Groups["month"].Value], 1);
                candidates.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new AbsoluteDate(new DateValue(date, DateGranularity.Month))));
            }
        }
        if (_afterPreposition is not null)
        {
            foreach (Match m in _afterPreposition.Matches(text))
            {
                if (m.Groups["month"].Success)
                {
                    var g = m.Groups["month"];
                    candidates.Add(new TimeMatch(new TextSpan(g.Index, g.Length), new NamedMonth(_months[g.Value])));
                }
                else
                {
                    var g = m.Groups["year"];
                    var date = new DateOnly(int.Parse(g.Value, CultureInfo.InvariantCulture), 1, 1);
                    candidates.Add(new TimeMatch(new TextSpan(g.Index, g.Length), new AbsoluteDate(new DateValue(date, DateGranularity.Year))));
                }
            }
        }
        if (_weekday is not null)
        {
            foreach (Match m in _weekday.Matches(text))
            {
                var occ = m.Groups["occ"];
                var occurrence = !occ.Success ? Occurrence.Default : _previous.Contains(occ.Value) ? Occurrence.Previous : Occurrence.Next;
                candidates.Add(new TimeMatch(new TextSpan(m.Index, m.Length), new NamedWeekday(_weekdays[m.Groups["wd"].Value], occurrence)));
            }
        }
        if (_phrase is not null)
        {
            foreach (Match m in _phrase.Matches(text))
                if (_phrases.TryGetValue(Normal(m.Value), out var reference))
                    candidates.Add(new TimeMatch(new TextSpan(m.Index, m.Length), reference));
        }
        if (_ago is not null)
        {
            foreach (Match m in _ago.Matches(text))
            {
                var nText = m.Groups["n"].Value;
                var n = _numbers.TryGetValue(nText, out var word) ? word : int.Parse(nText, CultureInfo.InvariantCulture);
                TemporalReference reference = _units[m.Groups["unit"].Value] switch
                {
                    DateGranularity.Day => new PublicationOffset(-n),
                    DateGranularity.Week => new PublicationOffset(-7 * n, DateGranularity.Week),
                    DateGranularity.Month => new CalendarPeriod(DateGranularity.Month, -n),
                    _ => new CalendarPeriod(DateGranularity.Year, -n),
                };
                candidates.Add(new TimeMatch(new TextSpan(m.Index, m.Length), reference));
            }
        }

        // Longest first, then earliest: "mardi 3 juin 2025" beats "mardi", "3 juin" and "juin 2025".
        candidates.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length) : a.Span.Start.CompareTo(b.Span.Start));
        var kept = new List<TimeMatch>();
        foreach (var c in candidates)
            if (!kept.Any(k => k.Span.Start < c.Span.End && c.Span.Start < k.Span.End)) kept.Add(c);
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return kept;
    }

    private static void Numbered(string line, Action<string, int> add)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return;
        foreach (var w in parts.Skip(1)) add(w, n);
    }

    private static (string Head, string Tail) Split(string line)
    {
        var space = line.IndexOf(' ');
        return space < 0 ? (line, "") : (line[..space], line[(space + 1)..].Trim());
    }

    /// <summary>One spelling for apostrophes and spaces, so that "aujourd’hui" finds "aujourd'hui".</summary>
    private static string Normal(string phrase) =>
        Regex.Replace(phrase.Replace('\u2019', '\''), @"\s+", " ").ToLowerInvariant();

    /// <summary>Longest first, so that the regex prefers "la semaine dernière" over a shorter phrase.</summary>
    private static string Alternation(IEnumerable<string> phrases) =>
        string.Join('|', phrases.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p.Replace('\u2019', '\'')).Replace("'", "['\u2019]").Replace(@"\ ", @"\s+")));
}
