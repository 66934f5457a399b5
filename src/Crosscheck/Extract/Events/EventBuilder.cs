using System.Globalization;
using System.Text;
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
/// </summary>
public sealed class EventBuilder(EventOptions? options = null, LanguagePacks? languages = null) : ICorpusStage
{
    private readonly EventOptions _options = options ?? EventOptions.Default;
    private readonly LanguagePacks _languages = languages ?? LanguagePacks.Default;

    private int AttachWindow => _options.AttachWindow;

    private int DefaultLagDays => _options.DefaultLagDays;

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

    internal enum DateKind { Stated, Soft, Default, Unknown }

    internal sealed class Item
    {
        public required Report Report { get; init; }
        public required EventMention Mention { get; init; }
        public DateOnly? Date { get; set; }
        public DateKind Kind { get; set; }

        /// <summary>How precisely the text dates it: "in May" is a month, not 1 May.</summary>
        public DateGranularity Granularity { get; set; } = DateGranularity.Day;
        public string PlaceKey { get; set; } = "";
        public GeoPlace? Place { get; set; }
        public string? PlaceName { get; set; }
        public List<QuantityMention> Figures { get; } = [];
        public List<Citation> Citations { get; } = [];

        /// <summary>The report's main place, for a dated mention the report does not place itself.</summary>
        public (string Key, string Name, GeoPlace? Place)? Fallback { get; set; }

        /// <summary>Placed at <see cref="Fallback"/>, not where the report says it happened.</summary>
        public bool AtFallback { get; set; }
    }

    private List<Event> BuildEvents(CorpusContext context, List<Report> reports, PlaceIndex places)
    {
        var placed = new List<Item>();
        var unplaced = new List<Item>();
        foreach (var report in reports)
        {
            var mentions = report.Get(Layers.Events) ?? [];
            var sentences = report.Get(Layers.Sentences) ?? [];
            var earliestInGroup = EarliestInCopyGroup(context, report);
            DateOnly? narrative = null;
            var recentByType = new Dictionary<string, Item>(StringComparer.Ordinal);
            var recentSentence = new Dictionary<Item, int>();
            Item? recentViolent = null;

            var sentenceDate = (Sentence: -1, Date: (DateOnly?)null);
            var mainPlace = MainPlace(report, places);
            foreach (var mention in mentions.OrderBy(m => m.Sentence).ThenBy(m => m.Trigger.Start))
            {
                var item = new Item { Report = report, Mention = mention, Fallback = mainPlace };
                // "X, a day after Y": Y counts from X's date when X came earlier in the sentence.
                var anchor = mention.Time?.Reference.BindsToFollowing == true && sentenceDate.Sentence == mention.Sentence && sentenceDate.Date is not null
                    ? sentenceDate.Date : narrative;
                Date(item, report, earliestInGroup, anchor, ref narrative);
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
                    Item? target = null;
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

        var clusters = new List<List<Item>>();
        foreach (var group in placed.GroupBy(i => (i.Mention.Type, i.PlaceKey)))
            clusters.AddRange(ClusterByDate(group.ToList()));
        MergeDisasters(clusters);      // first: towns of one flood become one event, which a
        MergeNestedPlaces(clusters);   // a town and its county, a city and a suburb: one event
        MergeCountryLevel(clusters);   // country-level mention can then join
        // A country-wide statement with no date, no figure and one source says too little to be an
        // event of its own; it may still be a mention of the story's one event of its type.
        for (var c = clusters.Count - 1; c >= 0; c--)
        {
            if (!IsVague(context, clusters[c])) continue;
            unplaced.AddRange(clusters[c]);
            clusters.RemoveAt(c);
        }
        AttachToOnlyEventOfType(clusters, unplaced);
        MergeNestedPlaces(clusters);   // again: events no report placed join the placed one
        MergeCountryLevel(clusters);
        // An event only one report mentions, never saying where, with no figure ("the governor
        // visited the hospital on Monday"), is a detail of the story, not an event of its own.
        clusters.RemoveAll(c => c.All(i => i.AtFallback && i.Figures.Count == 0)
            && c.Select(i => i.Report.Id).Distinct(StringComparer.Ordinal).Count() == 1);

        var events = new List<Event>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var ev = ToEvent(context, cluster, ids);
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


    private static DateOnly? EarliestInCopyGroup(CorpusContext context, Report report)
    {
        if (!context.CopyGroupOf.TryGetValue(report.Id, out var group)) return report.Published?.Date;
        return group.Reports.Select(id => context.ById[id].Published?.Date).Where(d => d is not null).Min();
    }

    private static void Date(Item item, Report report, DateOnly? earliestInGroup, DateOnly? anchor, ref DateOnly? narrative)
    {
        var published = report.Published?.Date;
        var time = item.Mention.Time;
        if (published is not { } pub)
        {
            item.Kind = DateKind.Unknown;
            return;
        }
        if (time is null)
        {
            item.Date = pub;
            item.Kind = DateKind.Default;
            return;
        }
        var value = time.Reference.Resolve(pub, anchor);
        if (value is not { } v || v.Granularity != DateGranularity.Day)
        {
            // A week or month says roughly when: keep the publication date as the default.
            item.Date = value?.Date ?? pub;
            item.Kind = value is null ? DateKind.Default : DateKind.Soft;
            if (value is { Granularity: DateGranularity.Week }) item.Date = pub;
            else if (value is { } coarse) item.Granularity = coarse.Granularity;
            return;
        }
        item.Date = v.Date;
        if (time.Reference.Absolute) item.Kind = DateKind.Stated;
        else if (time.Reference.NarrativeRelative) item.Kind = DateKind.Soft;
        // "today" in a copy printed a day after the wire's original is the wire's today.
        else item.Kind = earliestInGroup is { } e && e < pub ? DateKind.Soft : DateKind.Stated;
        // The narrative moves with dates the text states and with "a day later"; "X, a day after Y"
        // dates Y but the narrative stays with X.
        if (item.Mention.Type != EventLexicon.FiguresOnly && !time.Reference.BindsToFollowing) narrative = v.Date;
    }

    /// <summary>Splits mentions of one type and place into events by date.</summary>
    internal List<List<Item>> ClusterByDate(List<Item> items)
    {
        var clusters = new List<(DateOnly? Date, DateKind Kind, List<Item> Items)>();
        foreach (var item in items.Where(i => i.Kind == DateKind.Stated).OrderBy(i => i.Date))
        {
            var c = clusters.FindIndex(x => x.Date == item.Date);
            if (c >= 0) clusters[c].Items.Add(item);
            else clusters.Add((item.Date, DateKind.Stated, [item]));
        }
        foreach (var item in items.Where(i => i.Kind == DateKind.Soft).OrderBy(i => i.Date))
        {
            var c = Nearest(clusters, item.Date!.Value, -1, 1);
            if (c >= 0) clusters[c].Items.Add(item);
            else clusters.Add((item.Date, DateKind.Soft, [item]));
        }
        foreach (var item in items.Where(i => i.Kind == DateKind.Default).OrderBy(i => i.Date))
        {
            var c = Nearest(clusters, item.Date!.Value, -DefaultLagDays, 0);
            if (c >= 0) clusters[c].Items.Add(item);
            else clusters.Add((item.Date, DateKind.Default, [item]));
        }
        var unknown = items.Where(i => i.Kind == DateKind.Unknown).ToList();
        if (unknown.Count > 0)
        {
            if (clusters.Count == 0) clusters.Add((null, DateKind.Unknown, unknown));
            else clusters.OrderByDescending(c => c.Items.Count).First().Items.AddRange(unknown);
        }
        return clusters.Select(c => c.Items).ToList();
    }

    /// <summary>The cluster whose date lies within [date+lo, date+hi] days of the item's, nearest first.</summary>
    private static int Nearest(List<(DateOnly? Date, DateKind Kind, List<Item> Items)> clusters, DateOnly date, int lo, int hi)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < clusters.Count; i++)
        {
            if (clusters[i].Date is not { } d) continue;
            var delta = d.DayNumber - date.DayNumber;
            if (delta < lo || delta > hi) continue;
            if (Math.Abs(delta) < bestDistance)
            {
                best = i;
                bestDistance = Math.Abs(delta);
            }
        }
        return best;
    }

    /// <summary>
    /// A flood, storm or earthquake strikes many places at once: within a story, natural-disaster
    /// mentions in one country within a few days are one event, placed where most reports put it.
    /// A deal, a ruling or an election has no place of its own: one per story and few days.
    /// </summary>
    private void MergeDisasters(List<List<Item>> clusters)
    {
        for (var i = clusters.Count - 1; i >= 0; i--)
        {
            var type = clusters[i][0].Mention.Type;
            var anyPlace = type is EventLexicon.Business or EventLexicon.Legal or EventLexicon.Election;
            if (type != EventLexicon.NaturalDisaster && !anyPlace) continue;
            // A country-level disaster mention cannot say which of several it is.
            if (!anyPlace && clusters[i].All(x => x.Place is { Kind: PlaceKind.Country })) continue;
            var date = EventDate(clusters[i]);
            var country = clusters[i].Select(x => x.Place?.CountryCode).FirstOrDefault(c => !string.IsNullOrEmpty(c));
            var stated = clusters[i].Any(x => x.Kind == DateKind.Stated);
            var j = clusters.FindIndex(c => c != clusters[i] && c[0].Mention.Type == type
                && (anyPlace || !c.All(x => x.Place is { Kind: PlaceKind.Country }))
                && (!stated || !c.Any(x => x.Kind == DateKind.Stated) || EventDate(c) == date)
                && (anyPlace || country is null || c.Select(x => x.Place?.CountryCode).FirstOrDefault(cc => !string.IsNullOrEmpty(cc)) is not { } other || other == country)
                && (date is null || EventDate(c) is not { } d || Math.Abs(d.DayNumber - date.Value.DayNumber) <= DefaultLagDays));
            if (j < 0 || j == i) continue;
            clusters[j].AddRange(clusters[i]);
            clusters.RemoveAt(i);
        }
    }

    /// <summary>
    /// A country- or region-level event joins the one same-type event at a specific place inside
    /// that country, if only one ("Texas" beside a shooting in one Texan town; "Ukraine" beside
    /// strikes on two Ukrainian cities says neither), when that one has as many reports.
    /// </summary>
    private void MergeCountryLevel(List<List<Item>> clusters)
    {
        for (var i = clusters.Count - 1; i >= 0; i--)
        {
            if (i >= clusters.Count) continue;
            var place = Representative(clusters[i]);
            if (place is not { Kind: PlaceKind.Country or PlaceKind.Region } || place.CountryCode.Length == 0) continue;
            var type = clusters[i][0].Mention.Type;
            var candidates = Enumerable.Range(0, clusters.Count).Where(j => j != i
                && clusters[j][0].Mention.Type == type
                && Representative(clusters[j]) is { Kind: not (PlaceKind.Country or PlaceKind.Region) } p && p.CountryCode == place.CountryCode
                && DatesAgree(clusters[i], clusters[j])).ToList();
            // A country-wide event more reports tell than the local one is not a mention of it.
            if (candidates.Count != 1 || Strength(clusters[candidates[0]]).Reports < Strength(clusters[i]).Reports) continue;
            clusters[candidates[0]].AddRange(clusters[i]);
            clusters.RemoveAt(i);
        }
    }

    /// <summary>
    /// One shooting told at its street, its town and its county is one event: same-type events of
    /// agreeing dates merge when their places nest (a country or region holding a town, a place
    /// the gazetteer cannot resolve) or lie within <see cref="EventOptions.NearbyKm"/> of each
    /// other. An event that could join several events that do not nest with each other stays
    /// apart ("Ukraine" beside strikes on Sumy and Kharkiv says neither).
    /// </summary>
    private void MergeNestedPlaces(List<List<Item>> clusters)
    {
        if (clusters.Count < 2 || clusters.Count > _options.MaxNestedMerge) return;
        var merged = true;
        while (merged)
        {
            merged = false;
            var order = Enumerable.Range(0, clusters.Count)
                .OrderBy(i => Strength(clusters[i])).ToList();
            foreach (var i in order)
            {
                var candidates = Enumerable.Range(0, clusters.Count)
                    .Where(j => j != i && clusters[j][0].Mention.Type == clusters[i][0].Mention.Type
                        && CompareStrength(Strength(clusters[j]), Strength(clusters[i])) >= 0
                        && DatesAgree(clusters[i], clusters[j]) && PlacesNest(clusters[i], clusters[j]))
                    .ToList();
                if (candidates.Count == 0) continue;
                var ok = true;
                for (var a = 0; a < candidates.Count && ok; a++)
                    for (var b = a + 1; b < candidates.Count && ok; b++)
                        ok = PlacesNest(clusters[candidates[a]], clusters[candidates[b]]) && DatesAgree(clusters[candidates[a]], clusters[candidates[b]]);
                if (!ok) continue;
                var target = candidates.OrderByDescending(j => Strength(clusters[j])).First();
                clusters[target].AddRange(clusters[i]);
                clusters.RemoveAt(i);
                merged = true;
                break;
            }
        }
    }

    /// <summary>How much a cluster stands for an event of its own: reports, then a resolved specific place.</summary>
    private static (int Reports, int Specific) Strength(List<Item> items) =>
        (items.Select(i => i.Report.Id).Distinct(StringComparer.Ordinal).Count(), Representative(items) is { Kind: not (PlaceKind.Country or PlaceKind.Region) } ? 1 : 0);

    private static int CompareStrength((int Reports, int Specific) a, (int Reports, int Specific) b) =>
        a.Reports != b.Reports ? a.Reports.CompareTo(b.Reports) : a.Specific.CompareTo(b.Specific);

    /// <summary>The place a cluster is at: its most specific resolved place, the one most of its items give.</summary>
    private static GeoPlace? Representative(List<Item> items) =>
        items.Where(i => i.Place is not null)
            .GroupBy(i => i.PlaceKey, StringComparer.Ordinal)
            .OrderBy(g => g.First().Place!.Kind is PlaceKind.Country ? 2 : g.First().Place!.Kind is PlaceKind.Region ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .Select(g => g.First().Place).FirstOrDefault();

    /// <summary>
    /// Two clusters' places can be one event's: one holds the other (a country or region and a
    /// place inside it), one cannot be resolved, or both are specific places close together.
    /// </summary>
    internal bool PlacesNest(List<Item> a, List<Item> b)
    {
        if (a[0].PlaceKey == b[0].PlaceKey) return true;
        var pa = Representative(a);
        var pb = Representative(b);
        if (pa is null || pb is null) return true;
        if (!string.Equals(pa.CountryCode, pb.CountryCode, StringComparison.Ordinal) || pa.CountryCode.Length == 0) return false;
        // A country or a region says too little to nest a place in it here: countries join through
        // MergeCountryLevel, and a region's extent is not known (its centre is all the gazetteer has).
        if (pa.Kind is PlaceKind.Country or PlaceKind.Region || pb.Kind is PlaceKind.Country or PlaceKind.Region) return false;
        return DistanceKm(pa, pb) <= _options.NearbyKm;
    }

    /// <summary>Dates that can be one event's: stated dates equal, a soft one within a day, a defaulted one within the lag.</summary>
    internal bool DatesAgree(List<Item> a, List<Item> b)
    {
        var (da, ka) = DateOf(a);
        var (db, kb) = DateOf(b);
        if (da is not { } x || db is not { } y) return true;
        var delta = y.DayNumber - x.DayNumber;
        if (ka == DateKind.Stated && kb == DateKind.Stated) return delta == 0;
        if (ka == DateKind.Default && kb == DateKind.Default) return Math.Abs(delta) <= DefaultLagDays;
        if (ka == DateKind.Default) return -delta >= -1 && -delta <= DefaultLagDays;
        if (kb == DateKind.Default) return delta >= -1 && delta <= DefaultLagDays;
        return Math.Abs(delta) <= 1;
    }

    private static (DateOnly? Date, DateKind Kind) DateOf(List<Item> items)
    {
        var kind = items.Any(i => i.Kind == DateKind.Stated) ? DateKind.Stated
            : items.Any(i => i.Kind == DateKind.Soft) ? DateKind.Soft
            : items.Any(i => i.Kind == DateKind.Default) ? DateKind.Default : DateKind.Unknown;
        return (EventDate(items), kind);
    }

    private static double DistanceKm(GeoPlace a, GeoPlace b)
    {
        const double R = 6371;
        var dLat = (b.Latitude - a.Latitude) * Math.PI / 180;
        var dLon = (b.Longitude - a.Longitude) * Math.PI / 180;
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(a.Latitude * Math.PI / 180) * Math.Cos(b.Latitude * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// "after the talks" in a report that never says where the talks were: when the story has one
    /// event of that type, that is the one.
    /// </summary>
    private void AttachToOnlyEventOfType(List<List<Item>> clusters, List<Item> unplaced)
    {
        var placedClusters = clusters.ToList();
        foreach (var item in unplaced)
        {
            var same = placedClusters.Where(c => c[0].Mention.Type == item.Mention.Type).ToList();
            if (same.Count == 1)
            {
                var date = EventDate(same[0]);
                if (item.Kind == DateKind.Stated && date is { } d && item.Date is { } own && own != d) continue;
                // Its date is not evidence for the event's: only its figures and its citation count.
                item.Kind = DateKind.Unknown;
                item.Date = null;
                same[0].Add(item);
                continue;
            }
            if (same.Count > 1)
            {
                // Several events of the type: the one whose date agrees, when only one does.
                var agreeing = same.Where(c => DatesAgree(c, [item])).ToList();
                if (agreeing.Count == 1 && item.Kind != DateKind.Unknown)
                {
                    agreeing[0].Add(item);
                    continue;
                }
            }
            var placeIncidental = item.Mention.Type is EventLexicon.Business or EventLexicon.Legal;
            if (same.Count == 0 && item.Fallback is null && EventLexicon.CanHaveCasualties(item.Mention.Type)
                && item.Figures.Any(f => EventMentionFinder.IsCasualty(f.FactName)))
            {
                // "One person is dead and four are injured after a shooting": the report names no
                // place the engine knows, but the shooting happened and its toll is stated.
                (item.PlaceKey, item.PlaceName, item.Place) = ("none", null, null);
                var unplacedSame = clusters.FindIndex(c => !placedClusters.Contains(c) && c[0].Mention.Type == item.Mention.Type
                    && c[0].PlaceKey == "none" && DatesAgree(c, [item]));
                if (unplacedSame >= 0) clusters[unplacedSame].Add(item);
                else clusters.Add([item]);
                continue;
            }
            if (same.Count == 0 && placeIncidental && item.Fallback is null && item.Kind != DateKind.Unknown)
            {
                // A deal or a ruling the report never places is still an event, with no location.
                (item.PlaceKey, item.PlaceName, item.Place) = ("none", null, null);
                var unplacedDeal = clusters.FindIndex(c => !placedClusters.Contains(c) && c[0].Mention.Type == item.Mention.Type);
                if (unplacedDeal >= 0) clusters[unplacedDeal].Add(item);
                else clusters.Add([item]);
                continue;
            }
            if (same.Count == 0 && (item.Kind == DateKind.Stated || (placeIncidental && item.Kind != DateKind.Unknown)) && item.Fallback is { } fallback)
            {
                // "visited the site on Tuesday": a dated event the report does not place happened
                // where the report is set.
                (item.PlaceKey, item.PlaceName, item.Place) = fallback;
                item.AtFallback = true;
                var existing = clusters.FindIndex(c => !placedClusters.Contains(c) && c[0].Mention.Type == item.Mention.Type
                    && (placeIncidental || (c[0].PlaceKey == item.PlaceKey && c[0].Date == item.Date)));
                if (existing >= 0) clusters[existing].Add(item);
                else clusters.Add([item]);
            }
        }
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

    private static bool IsVague(CorpusContext context, List<Item> items) =>
        items.All(i => i.Place is { Kind: PlaceKind.Country })
        && items.All(i => i.Kind is DateKind.Default or DateKind.Unknown)
        && items.All(i => i.Figures.Count == 0)
        && items.Select(i => context.SourceOf(i.Report.Id)).Distinct(SourceIndex.Comparer).Count() < 2;

    /// <summary>
    /// The finest precision the mentions dated on the event's day give it: a month named alone
    /// ("in May") keeps the event at the month, where a stated or a defaulted day makes it a day.
    /// </summary>
    internal static DateGranularity Precision(List<Item> items, DateOnly date)
    {
        var finest = DateGranularity.Year;
        var any = false;
        foreach (var i in items)
        {
            if (i.Date != date || i.Kind == DateKind.Unknown) continue;
            any = true;
            if (i.Granularity < finest) finest = i.Granularity;
        }
        return any ? finest : DateGranularity.Day;
    }

    internal static DateOnly? EventDate(List<Item> items)
    {
        foreach (var kind in new[] { DateKind.Stated, DateKind.Soft })
        {
            var dates = items.Where(i => i.Kind == kind && i.Date is not null).GroupBy(i => i.Date!.Value)
                .OrderByDescending(g => g.Select(i => i.Report.Id).Distinct().Count()).ThenBy(g => g.Key).ToList();
            if (dates.Count > 0) return dates[0].Key;
        }
        var defaults = items.Where(i => i.Date is not null).Select(i => i.Date!.Value).ToList();
        return defaults.Count > 0 ? defaults.Min() : null;
    }

    private static Event? ToEvent(CorpusContext context, List<Item> items, HashSet<string> ids)
    {
        // The event's place: the most specific one its mentions give, the one most reports use.
        var reportsByPlace = items.GroupBy(i => i.PlaceKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Report.Id).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var first = items
            .OrderBy(i => i.PlaceName is null ? 2 : i.Place is { Kind: PlaceKind.Country } ? 1 : 0)
            .ThenByDescending(i => reportsByPlace[i.PlaceKey])
            .ThenBy(i => i.Report.Published?.Date ?? DateOnly.MaxValue).ThenBy(i => i.Mention.Sentence).First();
        var type = first.Mention.Type;
        var sources = items.Select(i => i.Report.Id).Distinct(StringComparer.Ordinal).ToList();
        var figures = items.SelectMany(i => i.Figures.Select(f => (i.Report, Figure: f, Citation: i.Citations.FirstOrDefault(c => c.Span.Contains(f.Span.Start))))).ToList();

        var date = EventDate(items);
        var location = first.PlaceName ?? first.Mention.Place?.Text;
        var id = Slug($"{type}-{location}-{date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++) unique = $"{id}-{n}";

        var facts = new Dictionary<string, ReconciledFact>(StringComparer.Ordinal);
        foreach (var byFact in figures.GroupBy(f => f.Figure.FactName!, StringComparer.Ordinal))
        {
            var byReport = new Dictionary<string, Claim?>(StringComparer.Ordinal);
            foreach (var source in sources) byReport[source] = null;
            foreach (var perReport in byFact.GroupBy(f => f.Report.Id, StringComparer.Ordinal))
            {
                // One claim per report: the first the report states (the lede's figure; later ones
                // tend to be quoted repetitions or figures of earlier, related events).
                var chosen = perReport.OrderBy(f => f.Figure.Span.Start).First();
                var citation = chosen.Citation ?? new Citation(chosen.Report.Id, chosen.Figure.Span, chosen.Figure.Text);
                byReport[perReport.Key] = new Claim(perReport.Key, chosen.Figure.Value, chosen.Figure.Qualifier, citation)
                {
                    High = chosen.Figure.High,
                    Published = chosen.Report.Published?.Date,
                };
            }
            facts[byFact.Key] = new ReconciledFact(byFact.Key)
            {
                ByReport = byReport,
                Unit = byFact.Select(f => f.Figure.Unit).FirstOrDefault(u => u is not null),
            };
        }

        var description = Describe(items, type, location);
        return new Event(unique, type, description)
        {
            Date = date is { } d ? new DateValue(d, Precision(items, d)) : null,
            Location = location,
            Place = first.Place ?? items.Select(i => i.Place).FirstOrDefault(p => p is not null),
            Sources = sources,
            Facts = facts,
            Citations = items.SelectMany(i => i.Citations).DistinctBy(c => (c.Report, c.Span)).ToArray(),
        };
    }

    private static string Describe(List<Item> items, string type, string? location)
    {
        // The shortest sentence that names the trigger and place reads best as a one-line description.
        var sentence = items.SelectMany(i => i.Citations.Take(1))
            .Where(c => c.Text.Length >= 30)
            .OrderBy(c => c.Text.Length > 220 ? 1 : 0).ThenBy(c => c.Text.Length)
            .Select(c => c.Text).FirstOrDefault();
        if (sentence is null) return location is null ? Display(type) : $"{Display(type)} in {location}";
        sentence = sentence.Trim().TrimStart('"', '\u201c').TrimEnd('.');
        return sentence.Length <= 240 ? sentence : sentence[..sentence.LastIndexOf(' ', 236)] + " ...";
    }

    internal static string Display(string type) => type switch
    {
        EventLexicon.NaturalDisaster => "Natural disaster",
        EventLexicon.TerritorialClaim => "Territorial claim",
        _ => char.ToUpperInvariant(type[0]) + type[1..],
    };

    private static string Slug(string s)
    {
        var sb = new StringBuilder(s.Length);
        // NameKey folds accents by table ("Côte" → "cote"); string.Normalize does nothing under
        // InvariantGlobalization.
        foreach (var c in Gazetteer.NameKey.Normalize(s))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if ((c == '-' || c == ' ' || c == '_') && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>Maps a place as written to its linked entity (so "Kiev" and "Kyiv", or two transliterations of a village, are one place).</summary>
    /// <summary>A place mention's event key: its linked place entity, else its gazetteer place, else its text.</summary>
    private sealed class PlaceIndex(EntityLinks links, LanguagePacks languages)
    {
        public (string Key, string Name, GeoPlace? Place) Resolve(Report report, EntityMention mention)
        {
            var reportId = report.Id;
            // "Marion County": the gazetteer holds populated places only, so a county resolves to a
            // town of its name, often another state's. It stays an unresolved name, which nests with
            // the towns inside it.
            if (languages.For(report) is { } pack && LastWord(mention.Text) is { Length: > 0 } last
                && EventWords.For(pack).UnlistedAreas.Contains(last))
                return ("t:" + Gazetteer.NameKey.Normalize(mention.Text), mention.Text, null);
            if (links.EntityOf(reportId, mention) is { Type: EntityType.Place } entity)
            {
                var place = entity.Place ?? mention.Place;
                return ("e:" + entity.Canonical.ToLowerInvariant(), entity.Canonical, place);
            }
            if (mention.Place is { } p) return ("g:" + (p.Id.Length > 0 ? p.Id : p.Name.ToLowerInvariant()), p.Name, p);
            var text = StripRegionWord(mention.Text);
            return ("t:" + text.ToLowerInvariant(), text, null);
        }

        private static string LastWord(string text)
        {
            var space = text.TrimEnd().LastIndexOf(' ');
            return space < 0 ? "" : text[(space + 1)..].Trim();
        }

        private static string StripRegionWord(string text)
        {
            foreach (var suffix in new[] { " region", " Region", " oblast", " Oblast", " province", " Province" })
            {
                if (text.EndsWith(suffix, StringComparison.Ordinal)) return text[..^suffix.Length];
            }
            return text;
        }
    }
}
