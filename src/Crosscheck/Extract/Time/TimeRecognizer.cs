using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Time;

/// <summary>
/// Finds time expressions ("June 3, 2025", "on Tuesday", "a day earlier", "last week") and records
/// how each resolves (<see cref="TemporalReference"/>); resolution against the publication date
/// happens later, once every report has one. Stateless and thread-safe.
/// </summary>
public sealed class TimeRecognizer(LanguagePacks? languages = null) : IReportStage
{
    /// <summary>The language whose time expressions the hand-tuned patterns of <see cref="TimeExpressionParser"/> read.</summary>
    private const string PatternLanguage = "en";

    private readonly LanguagePacks _languages = languages ?? LanguagePacks.Default;

    public string Name => "times";

    public IReadOnlyList<IDataKey> Requires => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Times];

    public void Process(Report report)
    {
        var sentences = report.Require(Layers.Sentences);
        // English has its own tuned patterns; another language with a pack is read from its calendar
        // file; a language without a pack is not read (the report says so).
        var pack = _languages.For(report);
        IReadOnlyList<TimeMention> times = pack is null ? []
            : pack.Code == PatternLanguage ? Recognize(report.Text, sentences)
            : Recognize(report.Text, sentences, PackTimeParser.For(pack).Find(report.Text));
        report.Set(Layers.Times, times);
    }

    private static List<TimeMention> Recognize(string text, IReadOnlyList<Sentence> sentences, List<TimeMatch> matches)
    {
        var mentions = new List<TimeMention>(matches.Count);
        foreach (var (span, reference) in matches)
            mentions.Add(new TimeMention(span, text.Substring(span.Start, span.Length), reference, SentenceAt(sentences, span.Start)?.Index ?? 0));
        return mentions;
    }

    /// <summary>
    /// The time expressions of <paramref name="text"/>, in order, each with its sentence index.
    /// Expressions with no day to give an event ("now", "the third quarter", "three years":
    /// <see cref="TimexOnlyReference"/>) are left out unless <paramref name="allTimexes"/> is set
    /// (TimeML scoring).
    /// </summary>
    internal static IReadOnlyList<TimeMention> Recognize(string text, IReadOnlyList<Sentence> sentences, bool allTimexes = false)
    {
        if (text.Length == 0) return [];
        var matches = TimeExpressionParser.Find(text, p => SentenceAt(sentences, p) is { } s ? s.Span.Start : 0, allTimexes);
        var mentions = new List<TimeMention>(matches.Count);
        foreach (var (span, reference) in matches)
        {
            if (!allTimexes && reference is TimexOnlyReference) continue;
            mentions.Add(new TimeMention(span, text.Substring(span.Start, span.Length), reference, SentenceAt(sentences, span.Start)?.Index ?? 0));
        }
        return mentions;
    }

    /// <summary>The sentence containing <paramref name="position"/> (or the last one starting before it).</summary>
    internal static Sentence? SentenceAt(IReadOnlyList<Sentence> sentences, int position)
    {
        int lo = 0, hi = sentences.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (sentences[mid].Span.Start <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 ? sentences[found] : null;
    }
}
