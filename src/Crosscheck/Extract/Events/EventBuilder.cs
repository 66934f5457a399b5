using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Events;

/// <summary>
/// Merges event mentions across the reports of each story into events, following ACLED's rule:
/// the same kind of event, at the same place, on the same day is one event.
/// <list type="number">
/// <item>Dates: each mention's time expression is resolved against its report's publication date
/// and the narrative's current date (the last date the report gave an event). A date the text fixes
/// is <i>stated</i>; one counted from the narrative, or from the publication date of a copy that ran
/// later than its wire original, is <i>soft</i>; a mention with no time expression defaults to
/// its publication date (an event happens no later than the first report of it).</item>
/// <item>Mentions without a place, and sentences that only add figures, attach to the event of the
/// same type the report described within the last few sentences.</item>
/// <item>Mentions with the same type and place merge when their dates agree (stated: same day; soft:
/// within a day; defaulted: within a few days after a stated one). A mention placed only at country
/// level joins the one event of its type inside that country, when there is exactly one.</item>
/// </list>
/// The parts: <see cref="EventDating"/> dates mentions, <see cref="EventMerger"/> merges them,
/// <see cref="EventAssembler"/> writes each event and its claims, <see cref="PlaceIndex"/> keys
/// places through the entity links. Only the stage itself is public.
/// </summary>
public sealed class EventBuilder(EventOptions? options = null, LanguagePacks? languages = null) : ICorpusStage
{
    private readonly EventOptions _options = options ?? EventOptions.Default;
    private readonly LanguagePacks _languages = languages ?? LanguagePacks.Default;
    private readonly EventMerger _merger = new(options ?? EventOptions.Default);

    private int AttachWindow => _options.AttachWindow;

    public string Name => "events";

    // Relative dates resolve against publication dates, inferred ones included; places are read
    // through the entity links; copies count once.
    public IReadOnlyList<IDataKey> Requires =>
        [Layers.Events, Layers.Entities, Layers.InferredPublished, CorpusKeys.CopyGroups, CorpusKeys.Stories, CorpusKeys.Entities];

    public IReadOnlyList<IDataKey> Assigns => [CorpusKeys.Events];

    public void Process(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var places = new PlaceIndex(context.Require(CorpusKeys.Entities), _languages);
        var byStory = new Dictionary<string, IReadOnlyList<Event>>(StringComparer.Ordinal);
        foreach (var story in context.Stories)
        {
            var reports = story.Reports.Select(id => context.ById[id]).ToList();
            byStory[story.Id] = BuildEvents(context, reports, places);
        }
        context.Set(CorpusKeys.Events, byStory);
    }


    private List<Event> BuildEvents(CorpusContext context, List<Report> reports, PlaceIndex places)
    {
        var placed = new List<EventItem>();
        var unplaced = new List<EventItem>();
        foreach (var report in reports)
        {
            var mentions = report.Get(Layers.Events) ?? [];
            var sentences = report.Get(Layers.Sentences) ?? [];
            var earliestInGroup = EventDating.EarliestInCopyGroup(context, report);
            DateOnly? narrative = null;
            var recentByType = new Dictionary<string, EventItem>(StringComparer.Ordinal);
            var recentSentence = new Dictionary<EventItem, int>();
            EventItem? recentViolent = null;

            var sentenceDate = (Sentence: -1, Date: (DateOnly?)null);
            var mainPlace = MainPlace(report, places);
            foreach (var mention in mentions.OrderBy(m => m.Sentence).ThenBy(m => m.Trigger.Start))
            {
                var item = new EventItem { Report = report, Mention = mention, Fallback = mainPlace };
                // "X, a day after Y": Y counts from X's date when X came earlier in the sentence.
                var anchor = mention.Time?.Reference.BindsToFollowing == true && sentenceDate.Sentence == mention.Sentence && sentenceDate.Date is not null
                    ? sentenceDate.Date : narrative;
                EventDating.Resolve(item, report, earliestInGroup, anchor, ref narrative);
                item.Figures.AddRange(mention.Figures);
                if (mention.Sentence >= 0 && mention.Sentence < sentences.Count)
                {
                    var span = sentences[mention.Sentence].Span;
                    item.Citations.Add(new Citation(report.Id, span, report.Slice(span)));
                }

                var countryLevel = mention.Place?.Place is { Kind: PlaceKind.Country } country ? country.CountryCode : null;
                if (countryLevel is not null && mention.Type != EventLexicon.FiguresOnly
                    && recentByType.TryGetValue(mention.Type, out var local) && local.Place is { Kind: not PlaceKind.Country } lp
                    && lp.CountryCode == countryLevel && mention.Sentence - recentSentence[local] <= AttachWindow
                    && (item.Kind != DateKind.Stated || local.Date == item.Date))
                {
                    // "bombardment of Ukrainian cities" right after a strike on a Ukrainian city is that strike.
                    local.Figures.AddRange(item.Figures);
                    local.Citations.AddRange(item.Citations);
                    recentSentence[local] = mention.Sentence;
                    sentenceDate = (mention.Sentence, local.Date);
                    continue;
                }

                if (mention.Type == EventLexicon.FiguresOnly || mention.Place is null)
                {
                    // Attach to what the report was just describing.
                    EventItem? target = null;
                    if (mention.Type == EventLexicon.FiguresOnly)
                    {
                        var casualties = mention.Figures.Any(f => EventMentionFinder.IsCasualty(f.FactName));
                        target = casualties ? recentViolent : recentByType.Values.OrderByDescending(v => recentSentence[v]).FirstOrDefault();
                    }
                    else recentByType.TryGetValue(mention.Type, out target);
                    if (target is not null && mention.Sentence - recentSentence[target] <= AttachWindow)
                    {
                        target.Figures.AddRange(item.Figures);
                        target.Citations.AddRange(item.Citations);
                        recentSentence[target] = mention.Sentence;
                        sentenceDate = (mention.Sentence, target.Date);
                    }
                    else
                    {
                        sentenceDate = (mention.Sentence, item.Date);
                        if (mention.Type != EventLexicon.FiguresOnly)
                        {
                            // Not placed yet, but the figures that follow are about it.
                            unplaced.Add(item);
                            recentByType[mention.Type] = item;
                            recentSentence[item] = mention.Sentence;
                            if (EventLexicon.CanHaveCasualties(mention.Type)) recentViolent = item;
                        }
                    }
                    continue;
                }

                (item.PlaceKey, item.PlaceName, item.Place) = places.Resolve(report, mention.Place);
                sentenceDate = (mention.Sentence, item.Date);
                placed.Add(item);
                recentByType[mention.Type] = item;
                recentSentence[item] = mention.Sentence;
                if (EventLexicon.CanHaveCasualties(mention.Type)) recentViolent = item;
            }
        }

        var clusters = new List<List<EventItem>>();
        foreach (var group in placed.GroupBy(i => (i.Mention.Type, i.PlaceKey)))
            clusters.AddRange(_merger.ClusterByDate(group.ToList()));
        _merger.MergeDisasters(clusters);      // first: towns of one flood become one event, which a
        _merger.MergeNestedPlaces(clusters);   // a town and its county, a city and a suburb: one event
        _merger.MergeCountryLevel(clusters);   // country-level mention can then join
        // A country-wide statement with no date, no figure and one source says too little to be an
        // event of its own; it may still be a mention of the story's one event of its type.
        for (var c = clusters.Count - 1; c >= 0; c--)
        {
            if (!IsVague(context, clusters[c])) continue;
            unplaced.AddRange(clusters[c]);
            clusters.RemoveAt(c);
        }
        _merger.AttachToOnlyEventOfType(clusters, unplaced);
        _merger.MergeNestedPlaces(clusters);   // again: events no report placed join the placed one
        _merger.MergeCountryLevel(clusters);
        // An event only one report mentions, never saying where, with no figure ("the governor
        // visited the hospital on Monday"), is a detail of the story, not an event of its own.
        clusters.RemoveAll(c => c.All(i => i.AtFallback && i.Figures.Count == 0)
            && c.Select(i => i.Report.Id).Distinct(StringComparer.Ordinal).Count() == 1);

        var events = new List<Event>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var ev = EventAssembler.ToEvent(context, cluster, ids);
            if (ev is not null) events.Add(ev);
        }
        return events
            .OrderBy(e => e.Date?.Date ?? DateOnly.MaxValue)
            .ThenByDescending(e => e.Sources.Count)
            // Of events as widely told on one day, the one with stated figures (the shooting, not
            // the arrest that followed it) reads first.
            .ThenByDescending(e => e.Facts.Count)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }


    /// <summary>The specific (non-country) place the report names most often, if any.</summary>
    private static (string Key, string Name, GeoPlace? Place)? MainPlace(Report report, PlaceIndex places)
    {
        var best = (report.Get(Layers.Entities) ?? [])
            .Where(e => e.Type == EntityType.Place && !e.InCaption && e.Place is not { Kind: PlaceKind.Country } && !EventMentionFinder.IsDemonym(e))
            .Select(e => places.Resolve(report, e))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best is null ? null : best.First();
    }

    private static bool IsVague(CorpusContext context, List<EventItem> items) =>
        items.All(i => i.Place is { Kind: PlaceKind.Country })
        && items.All(i => i.Kind is DateKind.Default or DateKind.Unknown)
        && items.All(i => i.Figures.Count == 0)
        && items.Select(i => context.SourceOf(i.Report.Id)).Distinct(SourceIndex.Comparer).Count() < 2;
}
