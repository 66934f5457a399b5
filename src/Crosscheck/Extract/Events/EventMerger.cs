using Crosscheck.Model;

namespace Crosscheck.Extract.Events;

/// <summary>
/// Merges the mentions of one story into events (ACLED's rule: one type, one place, one day), in
/// the order <see cref="EventBuilder"/> calls them: by date within a type and place, disasters and
/// place-less deals across places, nested or nearby places, country- and region-level mentions,
/// then the mentions no report placed.
/// </summary>
internal sealed class EventMerger(EventOptions options)
{
    private readonly EventOptions _options = options;

    private int DefaultLagDays => _options.DefaultLagDays;

    /// <summary>Splits mentions of one type and place into events by date.</summary>
    internal List<List<EventItem>> ClusterByDate(List<EventItem> items)
    {
        var clusters = new List<(DateOnly? Date, DateKind Kind, List<EventItem> Items)>();
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
    private static int Nearest(List<(DateOnly? Date, DateKind Kind, List<EventItem> Items)> clusters, DateOnly date, int lo, int hi)
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
    internal void MergeDisasters(List<List<EventItem>> clusters)
    {
        for (var i = clusters.Count - 1; i >= 0; i--)
        {
            var type = clusters[i][0].Mention.Type;
            var anyPlace = type is EventLexicon.Business or EventLexicon.Legal or EventLexicon.Election;
            if (type != EventLexicon.NaturalDisaster && !anyPlace) continue;
            // A country-level disaster mention cannot say which of several it is.
            if (!anyPlace && clusters[i].All(x => x.Place is { Kind: PlaceKind.Country })) continue;
            var date = EventAssembler.EventDate(clusters[i]);
            var country = clusters[i].Select(x => x.Place?.CountryCode).FirstOrDefault(c => !string.IsNullOrEmpty(c));
            var stated = clusters[i].Any(x => x.Kind == DateKind.Stated);
            var j = clusters.FindIndex(c => c != clusters[i] && c[0].Mention.Type == type
                && (anyPlace || !c.All(x => x.Place is { Kind: PlaceKind.Country }))
                && (!stated || !c.Any(x => x.Kind == DateKind.Stated) || EventAssembler.EventDate(c) == date)
                && (anyPlace || country is null || c.Select(x => x.Place?.CountryCode).FirstOrDefault(cc => !string.IsNullOrEmpty(cc)) is not { } other || other == country)
                && (date is null || EventAssembler.EventDate(c) is not { } d || Math.Abs(d.DayNumber - date.Value.DayNumber) <= DefaultLagDays));
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
    internal void MergeCountryLevel(List<List<EventItem>> clusters)
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
    internal void MergeNestedPlaces(List<List<EventItem>> clusters)
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
    private static (int Reports, int Specific) Strength(List<EventItem> items) =>
        (items.Select(i => i.Report.Id).Distinct(StringComparer.Ordinal).Count(), Representative(items) is { Kind: not (PlaceKind.Country or PlaceKind.Region) } ? 1 : 0);

    private static int CompareStrength((int Reports, int Specific) a, (int Reports, int Specific) b) =>
        a.Reports != b.Reports ? a.Reports.CompareTo(b.Reports) : a.Specific.CompareTo(b.Specific);

    /// <summary>The place a cluster is at: its most specific resolved place, the one most of its items give.</summary>
    private static GeoPlace? Representative(List<EventItem> items) =>
        items.Where(i => i.Place is not null)
            .GroupBy(i => i.PlaceKey, StringComparer.Ordinal)
            .OrderBy(g => g.First().Place!.Kind is PlaceKind.Country ? 2 : g.First().Place!.Kind is PlaceKind.Region ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .Select(g => g.First().Place).FirstOrDefault();

    /// <summary>
    /// Two clusters' places can be one event's: one holds the other (a country or region and a
    /// place inside it), one cannot be resolved, or both are specific places close together.
    /// </summary>
    internal bool PlacesNest(List<EventItem> a, List<EventItem> b)
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
    internal bool DatesAgree(List<EventItem> a, List<EventItem> b)
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

    private static (DateOnly? Date, DateKind Kind) DateOf(List<EventItem> items)
    {
        var kind = items.Any(i => i.Kind == DateKind.Stated) ? DateKind.Stated
            : items.Any(i => i.Kind == DateKind.Soft) ? DateKind.Soft
            : items.Any(i => i.Kind == DateKind.Default) ? DateKind.Default : DateKind.Unknown;
        return (EventAssembler.EventDate(items), kind);
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
    internal void AttachToOnlyEventOfType(List<List<EventItem>> clusters, List<EventItem> unplaced)
    {
        var placedClusters = clusters.ToList();
        foreach (var item in unplaced)
        {
            var same = placedClusters.Where(c => c[0].Mention.Type == item.Mention.Type).ToList();
            if (same.Count == 1)
            {
                var date = EventAssembler.EventDate(same[0]);
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
}
