using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Time;

/// <summary>
/// Infers a publication date for every report that states none (neither its header nor a dateline,
/// <see cref="StatedDating"/>), into <see cref="Layers.InferredPublished"/>. In order of preference:
/// <list type="number">
/// <item>the latest day-level date the report's own text gives for past events (dates in a sentence
/// about the future are skipped) → <see cref="DateBasis.InferredFromText"/>. A month-day without
/// a year takes its year from a weekday printed with it ("Tuesday, June 3": the year in which June 3
/// is a Tuesday nearest the story's dates), else from the story's dated reports, else from the
/// latest year any report of the corpus states (or <see cref="TimeOptions.Today"/>);</item>
/// <item>the dates of the other reports of its story → <see cref="DateBasis.InferredFromStory"/>: when
/// the report names a past weekday ("on Tuesday") the story date on which that weekday lies fewest
/// days back wins (at most <see cref="TimeOptions.MaxWeekdayLag"/>), then the most common, then the
/// earliest.</item>
/// </list>
/// A report whose story has no dated report and whose text gives no usable date stays undated.
/// The machine clock is never read. Time expressions themselves are resolved by the event stage.
/// </summary>
public sealed class PublicationDating(TimeOptions? options = null) : ICorpusStage
{
    private readonly TimeOptions _options = options ?? TimeOptions.Default;

    public string Name => "dating";

    // After the stated dates (header, dateline): only a report that states none is inferred.
    public IReadOnlyList<IDataKey> Requires => [Layers.StatedPublished, Layers.Sentences, Layers.Times, CorpusKeys.Stories];

    public IReadOnlyList<IDataKey> Assigns => [Layers.InferredPublished];

    public void Process(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var storyOf = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var story in context.Stories)
            foreach (var id in story.Reports) storyOf.TryAdd(id, story);

        var referenceYear = context.Reports.Where(r => r.Published is { Stated: true }).Select(r => (int?)r.Published!.Date.Year).Max()
            ?? _options.Today?.Year;

        // Only undated reports are visited, so a story's dates are never the visited report's own:
        // they can be gathered once per story (no pass over a story per report).
        // Text inference anchors on stated dates only, so its result does not depend on the order
        // in which reports are visited.
        var stated = StoryDates(context, s => s.Stated);
        var inferred = new List<(Report Report, DateOnly Date)>();
        foreach (var report in context.Reports)
        {
            if (report.Published is not null) continue;
            var anchor = storyOf.TryGetValue(report.Id, out var story) && stated.TryGetValue(story.Id, out var dates) ? dates.Median : (DateOnly?)null;
            if (InferFromText(report, anchor, referenceYear) is { } d
                && (anchor is null || Math.Abs(d.DayNumber - anchor.Value.DayNumber) <= _options.MaxDaysFromStory))
                inferred.Add((report, d));
        }
        foreach (var (report, date) in inferred) report.Set(Layers.InferredPublished, new PublishedDate(date, DateBasis.InferredFromText));

        var any = StoryDates(context, _ => true);
        var fromStory = new List<(Report Report, DateOnly Date)>();
        foreach (var report in context.Reports)
        {
            if (report.Published is not null || !storyOf.TryGetValue(report.Id, out var story)) continue;
            // Stated dates when the story has any, else the dates inferred from text.
            var candidates = stated.TryGetValue(story.Id, out var s) ? s : any.GetValueOrDefault(story.Id);
            if (candidates is not null && ChooseStoryDate(report, candidates.Counts) is { } d) fromStory.Add((report, d));
        }
        foreach (var (report, date) in fromStory) report.Set(Layers.InferredPublished, new PublishedDate(date, DateBasis.InferredFromStory));
    }

    /// <summary>Per story: each distinct date its dated reports carry with how many carry it, and the median.</summary>
    private sealed record StoryDateSummary(IReadOnlyList<(DateOnly Date, int Count)> Counts, DateOnly Median);

    private static Dictionary<string, StoryDateSummary> StoryDates(CorpusContext context, Func<PublishedDate, bool> include)
    {
        var result = new Dictionary<string, StoryDateSummary>(StringComparer.Ordinal);
        foreach (var story in context.Stories)
        {
            var dates = new List<DateOnly>();
            foreach (var id in story.Reports)
            {
                if (context.ById.TryGetValue(id, out var r) && r.Published is { } p && include(p)) dates.Add(p.Date);
            }
            if (dates.Count == 0) continue;
            dates.Sort();
            var counts = dates.GroupBy(d => d).Select(g => (g.Key, g.Count())).ToList();
            result[story.Id] = new StoryDateSummary(counts, dates[(dates.Count - 1) / 2]);
        }
        return result;
    }

    /// <summary>The latest day-level date the report gives for a past event, or null.</summary>
    internal static DateOnly? InferFromText(Report report, DateOnly? storyAnchor, int? referenceYear)
    {
        var (text, sentences, mentions) = Annotations(report);
        DateOnly? latest = null;
        foreach (var mention in mentions)
        {
            var sentenceStart = TimeRecognizer.SentenceAt(sentences, mention.Span.Start)?.Span.Start ?? 0;
            if (TimeExpressionParser.FutureSentenceBefore(text, sentenceStart, mention.Span.Start)) continue;
            DateOnly? date = mention.Reference switch
            {
                AbsoluteDate { Value.Granularity: DateGranularity.Day } a => a.Value.Date,
                NumericDate n => storyAnchor is { } sa ? n.Resolve(sa, null)?.Date : n.Unanchored?.Date,
                MonthDay md => ResolveMonthDay(md, storyAnchor, referenceYear),
                _ => null,
            };
            if (date is { } d && (latest is null || d > latest)) latest = d;
        }
        return latest;
    }

    private static DateOnly? ResolveMonthDay(MonthDay md, DateOnly? storyAnchor, int? referenceYear)
    {
        if (storyAnchor is { } anchor) return md.Resolve(anchor, null)?.Date;
        if (referenceYear is not { } year) return null;
        // Anchor in the middle of the month so that the reference year itself is the nearest.
        var mid = new DateOnly(year, md.Month, 15);
        return md.Weekday is { } w ? md.NearestWithWeekday(mid, w) ?? md.Nearest(mid) : md.Nearest(mid);
    }

    private DateOnly? ChooseStoryDate(Report report, IReadOnlyList<(DateOnly Date, int Count)> candidates)
    {
        var weekdays = new HashSet<DayOfWeek>();
        var (text, sentences, mentions) = Annotations(report);
        foreach (var mention in mentions)
        {
            if (mention.Reference is not NamedWeekday { Occurrence: Occurrence.Default } w) continue;
            var sentenceStart = TimeRecognizer.SentenceAt(sentences, mention.Span.Start)?.Span.Start ?? 0;
            if (!TimeExpressionParser.FutureSentenceBefore(text, sentenceStart, mention.Span.Start)) weekdays.Add(w.Day);
        }
        int Lag(DateOnly d) => weekdays.Count == 0 ? 0 : weekdays.Min(w => ((int)d.DayOfWeek - (int)w + 7) % 7);
        var ranked = candidates
            .Select(c => (c.Date, c.Count, Lag: Lag(c.Date)))
            .Where(c => c.Lag <= _options.MaxWeekdayLag)
            .OrderBy(c => c.Lag).ThenByDescending(c => c.Count).ThenBy(c => c.Date)
            .ToList();
        return ranked.Count == 0 ? null : ranked[0].Date;
    }

    /// <summary>The report's sentence and time layers (the recognisers' work is not repeated here).</summary>
    private static (string Text, IReadOnlyList<Sentence> Sentences, IReadOnlyList<TimeMention> Mentions) Annotations(Report report) =>
        (report.Text, report.Require(Layers.Sentences), report.Require(Layers.Times));
}
