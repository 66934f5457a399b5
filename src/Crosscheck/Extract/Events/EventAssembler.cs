using System.Globalization;
using System.Text;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Events;

/// <summary>
/// Turns a cluster of mentions into an <see cref="Event"/>: its date and precision, its place, its
/// id, a one-line description, and per fact the claim each report makes (the first figure it states).
/// </summary>
internal static class EventAssembler
{
    /// <summary>
    /// The finest precision the mentions dated on the event's day give it: a month named alone
    /// ("in May") keeps the event at the month, where a stated or a defaulted day makes it a day.
    /// </summary>
    internal static DateGranularity Precision(List<EventItem> items, DateOnly date)
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

    internal static DateOnly? EventDate(List<EventItem> items)
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

    internal static Event? ToEvent(CorpusContext context, List<EventItem> items, HashSet<string> ids)
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

    private static string Describe(List<EventItem> items, string type, string? location)
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
}
