using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Extract.Time;

/// <summary>
/// Extraction and normalisation scores for DATE time expressions against TimeML gold
/// (<c>*.tml</c> files: TimeBank, AQUAINT, TempEval-3). Each document's DCT is its publication date.
/// Found DATE mentions that overlap only a gold TIME, DURATION or SET expression are left out of
/// DATE precision (they are scored in the all-types figures). A gold value with a part of day or clock time
/// (2000-01-07TNI) counts as matched by the right day.
/// </summary>
public sealed record TimeMLScore(int Documents, int Gold, int Found, int StrictMatches, int RelaxedMatches, int ValueCorrect)
{
    /// <summary>Gold TIMEX3 of every type (DATE, TIME, DURATION, SET).</summary>
    public int AllGold { get; init; }

    /// <summary>Found expressions of every type.</summary>
    public int AllFound { get; init; }

    /// <summary>Found expressions overlapping a gold TIMEX3 of any type, with its value (one per gold).</summary>
    public int AllCorrect { get; init; }

    public double Precision => Ratio(RelaxedMatches, Found);

    public double Recall => Ratio(RelaxedMatches, Gold);

    public double F1 => Harmonic(Precision, Recall);

    public double StrictF1 => Harmonic(Ratio(StrictMatches, Found), Ratio(StrictMatches, Gold));

    /// <summary>Share of relaxed matches whose resolved value equals the gold value.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    /// <summary>TempEval-3 style value F1: matched with the right value, over found and over gold.</summary>
    public double ValueF1 => Harmonic(Ratio(ValueCorrect, Found), Ratio(ValueCorrect, Gold));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"docs {Documents}, gold DATE {Gold}, found {Found}: P {Precision:P1} R {Recall:P1} F1 {F1:P1} (strict F1 {StrictF1:P1}); value accuracy {ValueAccuracy:P1}, value F1 {ValueF1:P1}");

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

public static partial class TimeMLEvaluator
{
    [GeneratedRegex(@"<DCT>.*?value=""(?<v>[0-9]{4}-[0-9]{2}-[0-9]{2})[^""]*""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DctRegex();

    [GeneratedRegex(@"<TEXT>(?<t>.*?)</TEXT>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TextRegex();

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z0-9_]+)(?<attrs>[^>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"(?<k>type|value)=""(?<v>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex AttrRegex();

    internal sealed record GoldTimex(TextSpan Span, string Type, string Value);

    /// <summary>Scores every <c>*.tml</c> file under <paramref name="directory"/> (recursively).</summary>
    public static TimeMLScore Evaluate(string directory, TextWriter? errors = null)
    {
        int docs = 0, gold = 0, found = 0, strict = 0, relaxed = 0, correct = 0, allGold = 0, allFound = 0, allCorrect = 0;
        foreach (var path in Directory.EnumerateFiles(directory, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!TryParse(File.ReadAllText(path), out var text, out var dct, out var timexes)) continue;
            docs++;
            var s = Score(text, dct, timexes, errors is null ? null : (m, g) => errors.WriteLine($"{Path.GetFileName(path)}\t{m}\t{g}"));
            gold += s.Gold; found += s.Found; strict += s.StrictMatches; relaxed += s.RelaxedMatches; correct += s.ValueCorrect;
            allGold += s.AllGold; allFound += s.AllFound; allCorrect += s.AllCorrect;
        }
        return new TimeMLScore(docs, gold, found, strict, relaxed, correct) { AllGold = allGold, AllFound = allFound, AllCorrect = allCorrect };
    }

    /// <summary>Scores one document; <paramref name="log"/> receives (found, gold) pairs that disagree.</summary>
    internal static TimeMLScore Score(string text, DateOnly dct, IReadOnlyList<GoldTimex> timexes, Action<string, string>? log = null)
    {
        var sentences = SentenceSplitter.Split(text).Select((s, i) => new Sentence(i, s.Span, s.Paragraph)).ToList();
        var mentions = TimeRecognizer.Recognize(text, sentences, allTimexes: true);
        var dates = timexes.Where(t => t.Type == "DATE").ToList();
        var others = timexes.Where(t => t.Type != "DATE").ToList();
        int found = 0, strict = 0, relaxed = 0, correct = 0;
        int allFound = 0, allCorrect = 0;
        var matchedGold = new HashSet<GoldTimex>();
        var matchedAny = new HashSet<GoldTimex>();
        foreach (var m in mentions)
        {
            var value = ValueOf(m.Reference, dct);
            allFound++;
            if (timexes.FirstOrDefault(t => t.Span.Overlaps(m.Span)) is { } any && matchedAny.Add(any) && ValueMatches(value, any.Value)) allCorrect++;
            if (TypeOf(m.Reference) != "DATE") continue;
            var g = dates.FirstOrDefault(t => t.Span.Overlaps(m.Span));
            if (g is null)
            {
                if (others.Any(t => t.Span.Overlaps(m.Span))) continue;
                found++;
                log?.Invoke($"FP {m.Text} = {value}", Context(text, m.Span));
                continue;
            }
            found++;
            if (!matchedGold.Add(g)) continue;
            relaxed++;
            if (g.Span == m.Span) strict++;
            if (ValueMatches(value, g.Value)) correct++;
            else log?.Invoke($"VAL {m.Text} = {value}", $"{text.Substring(g.Span.Start, g.Span.Length)} = {g.Value}\t{Context(text, m.Span)}");
        }
        foreach (var g in dates)
        {
            if (!matchedGold.Contains(g)) log?.Invoke("FN", $"{text.Substring(g.Span.Start, g.Span.Length)} = {g.Value}\t{Context(text, g.Span)}");
        }
        return new TimeMLScore(1, dates.Count, found, strict, relaxed, correct) { AllGold = timexes.Count, AllFound = allFound, AllCorrect = allCorrect };
    }

    /// <summary>A part of day ("Friday night" = 2000-01-07TNI) is finer than a date; the day counts.</summary>
    private static bool ValueMatches(string value, string gold) =>
        value.Length > 0 && (value == gold || (value.Length == 10 && gold.StartsWith(value + "T", StringComparison.Ordinal)));

    /// <summary>The TIMEX3 type of a found expression: DATE unless a <see cref="TimexOnlyReference"/> says otherwise.</summary>
    internal static string TypeOf(TemporalReference reference) => reference is TimexOnlyReference t ? t.Type : "DATE";

    /// <summary>The TIMEX3 value of a found expression, resolved against the creation time.</summary>
    internal static string ValueOf(TemporalReference reference, DateOnly dct) =>
        reference switch
        {
            TimexOnlyReference t => t.Value(dct),
            // TimeML writes a weekend as its week with -WE.
            Weekend w => ValueOf(w.Resolve(dct, null)) + "-WE",
            _ => ValueOf(reference.Resolve(dct, null)),
        };

    private static string Context(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - 80);
        var to = Math.Min(text.Length, span.End + 40);
        return text[from..to].Replace('\n', ' ').Replace('\t', ' ');
    }

    /// <summary>A resolved date in TimeML's value notation (2025-06-03, 2025-06, 2025, 2025-W23).</summary>
    internal static string ValueOf(DateValue? value)
    {
        if (value is not { } v) return "";
        if (v.Granularity != DateGranularity.Week) return v.ToString();
        var dt = v.Date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt)}-W{ISOWeek.GetWeekOfYear(dt):00}");
    }

    /// <summary>Plain text of the TEXT element with the TIMEX3 spans in it, and the DCT.</summary>
    internal static bool TryParse(string tml, out string text, out DateOnly dct, out List<GoldTimex> timexes)
    {
        text = "";
        dct = default;
        timexes = [];
        var dctMatch = DctRegex().Match(tml);
        var body = TextRegex().Match(tml);
        if (!dctMatch.Success || !body.Success || !DateOnly.TryParseExact(dctMatch.Groups["v"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out dct))
            return false;
        var raw = body.Groups["t"].Value;
        var sb = new StringBuilder(raw.Length);
        var position = 0;
        (int Start, string Type, string Value)? open = null;
        foreach (Match tag in TagRegex().Matches(raw))
        {
            sb.Append(WebUtility.HtmlDecode(raw[position..tag.Index]));
            position = tag.Index + tag.Length;
            if (tag.Groups["name"].Value != "TIMEX3") continue;
            if (tag.Groups["close"].Success)
            {
                if (open is { } o) timexes.Add(new GoldTimex(TextSpan.FromBounds(o.Start, sb.Length), o.Type, o.Value));
                open = null;
                continue;
            }
            string type = "", value = "";
            foreach (Match a in AttrRegex().Matches(tag.Groups["attrs"].Value))
            {
                if (a.Groups["k"].Value == "type") type = a.Groups["v"].Value;
                else value = a.Groups["v"].Value;
            }
            open = (sb.Length, type, value);
        }
        sb.Append(WebUtility.HtmlDecode(raw[position..]));
        text = sb.ToString();
        return true;
    }
}
