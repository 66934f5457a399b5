using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>
/// Turns a <see cref="CorpusAnalysis"/> into a <see cref="ReportDigest"/>. Every sentence it writes is
/// a template filled from the data, and every figure in it carries the sources that state it.
/// Linear in the size of the analysis: lookups go through dictionaries built once.
/// </summary>
internal sealed class DigestBuilder
{
    /// <summary>Facts that count people, and the participle a sentence about them needs.</summary>
    private static readonly Dictionary<string, string> PeopleFacts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["killed"] = "killed", ["dead"] = "killed", ["deaths"] = "killed", ["fatalities"] = "killed",
        ["injured"] = "injured", ["wounded"] = "wounded", ["hurt"] = "hurt",
        ["missing"] = "missing", ["trapped"] = "trapped", ["rescued"] = "rescued",
        ["evacuated"] = "evacuated", ["displaced"] = "displaced", ["homeless"] = "left homeless",
        ["affected"] = "affected", ["arrested"] = "arrested", ["detained"] = "detained",
        ["hospitalized"] = "taken to hospital", ["hospitalised"] = "taken to hospital",
    };

    /// <summary>The order a reader looks for figures in: the human toll first, then the rest by name.</summary>
    private static readonly string[] FactPriority =
    [
        "killed", "dead", "deaths", "fatalities", "injured", "wounded", "hurt", "missing", "trapped",
        "rescued", "evacuated", "displaced", "homeless", "affected", "hospitalized", "hospitalised",
        "arrested", "detained",
    ];

    private readonly CorpusAnalysis _analysis;
    private readonly DigestOptions _options;
    private readonly Dictionary<string, Report> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CopyGroup> _groups = new(StringComparer.Ordinal);

    public DigestBuilder(CorpusAnalysis analysis, DigestOptions options)
    {
        _analysis = analysis;
        _options = options;
        foreach (var r in analysis.Reports) _reports.TryAdd(r.Id, r);
        foreach (var g in analysis.CopyGroups)
        {
            foreach (var id in g.Reports) _groups.TryAdd(id, g);
        }
    }

    public ReportDigest Build()
    {
        var stories = _analysis.Stories;
        var storiesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            foreach (var id in stories[i].Reports)
            {
                if (!storiesOf.TryGetValue(id, out var list)) storiesOf[id] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        }

        // Quotes and names are corpus-wide in the model; each is shown under every story whose
        // reports carry it, and in a closing section when no story does.
        var quotesByStory = stories.Select(_ => new List<Quote>()).ToArray();
        var entitiesByStory = stories.Select(_ => new List<Entity>()).ToArray();
        var looseQuotes = new List<Quote>();
        var looseEntities = new List<Entity>();
        foreach (var q in _analysis.Quotes) Distribute(q, QuoteReports(q), storiesOf, quotesByStory, looseQuotes);
        foreach (var e in _analysis.Entities) Distribute(e, e.Reports, storiesOf, entitiesByStory, looseEntities);

        var views = new List<StoryView>(stories.Count);
        for (var i = 0; i < stories.Count; i++) views.Add(BuildStory(i + 1, stories[i], quotesByStory[i], entitiesByStory[i]));

        var unclustered = _analysis.Reports
            .Where(r => !storiesOf.ContainsKey(r.Id))
            .Select(r => new OtherReport(r.Id, NullIfEmpty(Clean(r.Title)), NullIfEmpty(Clean(r.Outlet ?? r.Wire)), r.Published is { } p ? ReportFormat.Iso(p.Date) : null))
            .ToList();

        return new ReportDigest(_analysis.Reports.Count, _analysis.Reports.Select(r => IndependentSource(r.Id)).Distinct(SourceIndex.Comparer).Count())
        {
            Stories = views,
            Unclustered = unclustered,
            LooseQuotes = GroupQuotes(looseQuotes, _ => true, withFiles: true),
            LooseEntities = EntityViews(looseEntities, _ => true),
            Problems = _analysis.Problems,
        };
    }

    private static void Distribute<T>(T item, IEnumerable<string> reports, Dictionary<string, List<int>> storiesOf, List<T>[] byStory, List<T> loose)
    {
        var placed = new HashSet<int>();
        foreach (var id in reports)
        {
            if (!storiesOf.TryGetValue(id, out var indices)) continue;
            foreach (var i in indices)
            {
                if (placed.Add(i)) byStory[i].Add(item);
            }
        }
        if (placed.Count == 0) loose.Add(item);
    }

    private static IEnumerable<string> QuoteReports(Quote q) => q.Reports.Concat(q.Citations.Select(c => c.Report)).Distinct(StringComparer.Ordinal);

    private StoryView BuildStory(int number, Story story, List<Quote> quotes, List<Entity> entities)
    {
        var inStory = new HashSet<string>(story.Reports, StringComparer.Ordinal);
        var timeline = story.Events
            .Select((e, i) => (Event: e, Index: i))
            .OrderBy(x => x.Event.Date is null)
            .ThenBy(x => x.Event.Date?.Date ?? DateOnly.MinValue)
            .ThenBy(x => x.Index)
            .Select((x, i) => (x.Event, View: BuildEvent(i + 1, x.Event)))
            .ToList();

        var summary = Summary(story, timeline);
        var quoteGroups = GroupQuotes(quotes, inStory.Contains, withFiles: false);
        var entityViews = EntityViews(entities, inStory.Contains);
        var numbers = Number(story, summary, timeline.Select(t => t.View), quoteGroups);

        var title = Clean(story.Title);
        if (title.Length == 0) title = story.Reports.Select(id => Clean(_reports.GetValueOrDefault(id)?.Title)).FirstOrDefault(t => t.Length > 0) ?? "";
        if (title.Length == 0) title = "Untitled story";

        return new StoryView(number, title)
        {
            Summary = summary,
            Timeline = timeline.Select(t => t.View).ToList(),
            Quotes = quoteGroups,
            Entities = entityViews,
            Sources = numbers.OrderBy(kv => kv.Value).Select(kv => SourceRow(kv.Value, kv.Key)).ToList(),
            Numbers = numbers,
        };
    }

    /// <summary>
    /// Numbers sources in the order a reader meets them on the page (summary, timeline, figures,
    /// quotes), then the story's uncited reports. Both writers render in this order.
    /// </summary>
    private static Dictionary<string, int> Number(Story story, IReadOnlyList<Cited> summary, IEnumerable<EventView> timeline, IReadOnlyList<QuoteGroup> quotes)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(IEnumerable<Ref> refs)
        {
            foreach (var r in refs) numbers.TryAdd(r.Report, numbers.Count + 1);
        }

        foreach (var s in summary) Add(s.Cites);
        var events = timeline.ToList();
        foreach (var e in events)
        {
            Add(e.Sources);
            foreach (var f in e.Facts) Add(f.Cites);
        }
        foreach (var e in events)
        {
            foreach (var f in e.Facts)
            {
                Add(f.Cites);
                Add(f.Silent);
            }
        }
        foreach (var g in quotes)
        {
            foreach (var q in g.Quotes) Add(q.Cites);
        }
        Add(story.Reports.Select(id => new Ref(id, null)));
        return numbers;
    }

    private List<Cited> Summary(Story story, List<(Event Event, EventView View)> timeline)
    {
        var sentences = new List<Cited> { new(Intro(story), []) };

        // The events a reader most needs: those with figures, then the most widely reported; told in date order.
        var main = timeline
            .Select((t, i) => (t.View, Index: i))
            .OrderByDescending(x => x.View.Facts.Any(f => f.Headline is not null))
            .ThenByDescending(x => x.View.Sources.Count)
            .ThenBy(x => x.Index)
            .Take(_options.SummaryEvents)
            .OrderBy(x => x.Index)
            .Select(x => x.View)
            .ToList();
        foreach (var ev in main)
        {
            sentences.Add(new Cited(EventSentence(ev), ev.Sources));
            foreach (var f in ev.Facts.Where(f => f.Headline is not null).Take(_options.SummaryFacts))
                sentences.Add(new Cited(f.Headline!, f.Cites.ToList()));
        }
        if (timeline.Count > main.Count)
        {
            var more = timeline.Count - main.Count;
            sentences.Add(new Cited($"The timeline lists {ReportFormat.Count(more, "more event", "more events")}", []));
        }

        var disputed = timeline.SelectMany(t => t.View.Facts.Where(f => f.Agreement.Disputed).Select(f => $"{f.Label.ToLowerInvariant()} ({t.View.Label})")).ToList();
        if (disputed.Count > 0)
            sentences.Add(new Cited($"Sources disagree on {ReportFormat.Count(disputed.Count, "figure", "figures")}: {string.Join(", ", disputed)}", []));

        var inStory = new HashSet<string>(story.Reports, StringComparer.Ordinal);
        // Only the groups this story's reports belong to, in the order the story lists them.
        var groups = story.Reports.Select(id => _groups.GetValueOrDefault(id)).OfType<CopyGroup>().Distinct();
        foreach (var group in groups)
        {
            var members = group.Reports.Where(inStory.Contains).Distinct(StringComparer.Ordinal).ToList();
            if (members.Count < 2) continue;
            var origin = Clean(group.IndependentSource);
            var named = origin.Length > 0 && !_reports.ContainsKey(group.IndependentSource) && !group.Reports.Contains(group.IndependentSource);
            var text = $"{ReportFormat.Count(members.Count, "report is a copy", "reports are copies")} of one {(named ? origin + " " : "")}story and count as one source";
            sentences.Add(new Cited(text, members.Select(m => new Ref(m, null)).ToList()));
        }
        return sentences;
    }

    private string Intro(Story story)
    {
        var ids = story.Reports.Distinct(StringComparer.Ordinal).ToList();
        var independent = ids.Select(IndependentSource).Distinct(SourceIndex.Comparer).Count();
        var text = $"{ReportFormat.Count(ids.Count, "report", "reports")} from {ReportFormat.Count(independent, "independent source", "independent sources")}";

        var dates = ids.Select(id => _reports.GetValueOrDefault(id)?.Published).ToList();
        var known = dates.OfType<PublishedDate>().ToList();
        if (known.Count == 0) return text + ", with no publication date found";
        text += ", published " + ReportFormat.DaySpan(known.Min(d => d.Date), known.Max(d => d.Date));
        var notes = new List<string>();
        var inferred = known.Count(d => !d.Stated);
        if (inferred > 0) notes.Add($"{ReportFormat.Count(inferred, "date", "dates")} inferred");
        var undated = dates.Count - known.Count;
        if (undated > 0) notes.Add($"{ReportFormat.Count(undated, "report", "reports")} undated");
        return notes.Count == 0 ? text : $"{text} ({string.Join("; ", notes)})";
    }

    private static string EventSentence(EventView ev)
    {
        var text = ev.Description.Length > 0 ? ev.Description : ev.Type;
        if (ev.Place is { Length: > 0 } place && !text.Contains(place, StringComparison.OrdinalIgnoreCase)) text += ", in " + place;
        if (ev.Date is { } date) text += (char.IsDigit(date[0]) ? ", on " : ", in ") + (date.StartsWith("week", StringComparison.Ordinal) ? "the " + date : date);
        return $"{ev.Label}: {ReportFormat.Capitalize(text)}";
    }

    private EventView BuildEvent(int number, Event ev)
    {
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in ev.Citations) evidence.TryAdd(c.Report, c.Text);
        var sources = ev.Sources.Concat(ev.Citations.Select(c => c.Report))
            .Distinct(StringComparer.Ordinal)
            .Select(id => new Ref(id, Evidence(evidence.GetValueOrDefault(id))))
            .ToList();
        var facts = ev.Facts
            .OrderBy(kv => Priority(kv.Key))
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => BuildFact(kv.Key, kv.Value, ev.Sources))
            .ToList();
        return new EventView(number, ReportFormat.Label(Clean(ev.Type)), Clean(ev.Description))
        {
            Date = ev.Date is { } d ? ReportFormat.Date(d) : null,
            Place = NullIfEmpty(Clean(ev.Location ?? ev.Place?.Name)),
            Sources = sources,
            Facts = facts,
        };
    }

    private static int Priority(string fact)
    {
        var i = Array.FindIndex(FactPriority, p => string.Equals(p, fact, StringComparison.OrdinalIgnoreCase));
        return i < 0 ? FactPriority.Length : i;
    }

    private FactView BuildFact(string name, ReconciledFact fact, IReadOnlyList<string> eventSources)
    {
        // Reports in the event's order first, so a table row reads the way the timeline does.
        var order = eventSources.Concat(fact.ByReport.Keys).Distinct(StringComparer.Ordinal).Where(fact.ByReport.ContainsKey);
        var claims = new List<Claim>();
        var groups = new List<(string Value, List<Ref> Refs)>();
        var silent = new List<Ref>();
        foreach (var id in order)
        {
            if (fact.ByReport[id] is not { } claim)
            {
                silent.Add(new Ref(id, null));
                continue;
            }
            claims.Add(claim);
            var value = ReportFormat.Claim(claim, fact.Unit);
            var group = groups.FindIndex(g => g.Value == value);
            if (group < 0)
            {
                group = groups.Count;
                groups.Add((value, []));
            }
            groups[group].Refs.Add(new Ref(id, Evidence(claim.Evidence.Text)));
        }

        var label = ReportFormat.Label(name, fact.Unit);
        return new FactView(name, label)
        {
            Headline = Headline(name, label, fact, claims),
            // Most widely stated figure first; ties keep the order of the first source stating them.
            Values = groups.Select((g, i) => (g, i)).OrderByDescending(x => x.g.Refs.Count).ThenBy(x => x.i)
                .Select(x => new ValueGroup(x.g.Value, x.g.Refs)).ToList(),
            Silent = silent,
            Low = fact.Low is { } lo ? ReportFormat.Amount(lo, fact.Unit) : null,
            Best = fact.Best is { } best ? ReportFormat.Amount(best, fact.Unit) : null,
            High = fact.High is { } hi ? ReportFormat.Amount(hi, fact.Unit) : null,
            IndependentSources = fact.IndependentSources,
            Conflict = fact.Conflict,
            Consistent = fact.Consistent,
            SingleSource = fact.SingleSource,
            Agreement = FactAgreement.Of(fact),
        };
    }

    /// <summary>
    /// The figure as a sentence: "At least 3 and as many as 4 people were killed (best estimate 4;
    /// sources disagree)". Says only what the reconciled figure and the claims support.
    /// </summary>
    internal static string? Headline(string name, string label, ReconciledFact fact, IReadOnlyList<Claim> claims)
    {
        var low = fact.Low ?? (claims.Count > 0 ? claims.Min(c => c.Value) : fact.Best);
        var high = fact.High ?? (claims.Count > 0 ? claims.Max(c => c.High ?? c.Value) : fact.Best);
        if (low is not { } lo || high is not { } hi) return null;

        var unit = fact.Unit;
        var isCount = string.IsNullOrEmpty(unit);
        var participle = isCount ? PeopleFacts.GetValueOrDefault(name) : null;
        var notes = new List<string>();
        string amount;
        bool plural;
        if (lo >= hi)
        {
            var q = QualifierOf(lo, claims);
            amount = ReportFormat.Words(q, isCount) + ReportFormat.Amount(lo, unit);
            plural = lo != 1 || q is Qualifier.AtLeast or Qualifier.MoreThan;
        }
        else
        {
            amount = fact.Conflict
                ? $"at least {ReportFormat.Amount(lo, unit)} and as many as {ReportFormat.Amount(hi, unit)}"
                : $"between {ReportFormat.Amount(lo, unit)} and {ReportFormat.Amount(hi, unit)}";
            plural = true;
            if (fact.Best is { } best) notes.Add("best estimate " + ReportFormat.Amount(best, unit));
        }
        if (FactAgreement.Of(fact).Note is { } agreement) notes.Add(agreement);
        if (fact.SingleSource) notes.Add("one independent source only");

        var text = participle is not null
            ? $"{amount} {(plural ? "people were" : "person was")} {participle}"
            : $"{label}: {amount}";
        if (notes.Count > 0) text += $" ({string.Join("; ", notes)})";
        return ReportFormat.Capitalize(text);
    }

    /// <summary>How the sources qualify a single figure: exact if any source states it exactly.</summary>
    private static Qualifier QualifierOf(double value, IReadOnlyList<Claim> claims)
    {
        Qualifier? found = null;
        foreach (var c in claims)
        {
            if (c.High is not null || c.Value != value) continue;
            if (c.Qualifier == Qualifier.Exact) return Qualifier.Exact;
            found ??= c.Qualifier;
        }
        return found ?? Qualifier.Exact;
    }

    private List<QuoteGroup> GroupQuotes(List<Quote> quotes, Func<string, bool> inScope, bool withFiles)
    {
        var groups = new List<(string Speaker, List<QuoteLine> Lines)>();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var q in quotes)
        {
            var speaker = Clean(q.Speaker);
            if (speaker.Length == 0) speaker = "Unattributed";
            if (!index.TryGetValue(speaker, out var i))
            {
                index[speaker] = i = groups.Count;
                groups.Add((speaker, []));
            }
            var reports = QuoteReports(q).Where(inScope).ToList();
            groups[i].Lines.Add(new QuoteLine(Clean(q.Text), withFiles ? [] : reports.Select(r => new Ref(r, null)).ToList())
            {
                Files = withFiles ? reports : [],
            });
        }
        // Who said most first; ties keep the order the merger gave.
        return groups.Select((g, i) => (g, i)).OrderByDescending(x => x.g.Lines.Count).ThenBy(x => x.i)
            .Select(x => new QuoteGroup(x.g.Speaker, x.g.Lines)).ToList();
    }

    private static List<EntityView> EntityViews(List<Entity> entities, Func<string, bool> inScope) => entities
        .Select(e =>
        {
            var name = Clean(e.Canonical);
            var variants = e.Variants.Select(v => Clean(v))
                .Where(v => v.Length > 0 && !string.Equals(v, name, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var coordinates = e.Place is { } p
                ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(p.Latitude, 4)}, {Math.Round(p.Longitude, 4)}")
                : null;
            return new EntityView(name, e.Type, variants, e.Mentions, e.Reports.Distinct(StringComparer.Ordinal).Count(inScope), coordinates);
        })
        .OrderBy(e => e.Type)
        .ThenByDescending(e => e.Mentions)
        .ThenBy(e => e.Name, StringComparer.Ordinal)
        .ToList();

    private SourceRow SourceRow(int number, string id)
    {
        var report = _reports.GetValueOrDefault(id);
        var group = _groups.GetValueOrDefault(id);
        var isCopy = group is not null && group.Original != id;
        return new SourceRow(number, id)
        {
            Title = NullIfEmpty(Clean(report?.Title)),
            Outlet = NullIfEmpty(Clean(report?.Outlet ?? report?.Wire)),
            IndependentSource = Clean(IndependentSource(id)),
            Published = report?.Published is { } p ? ReportFormat.Iso(p.Date) : null,
            Basis = report?.Published is { } b ? ReportFormat.Basis(b.Basis) : null,
            NotAnalysed = report?.NotAnalysed,
            CopyOf = isCopy ? group!.Original : null,
            CopyEvidence = isCopy ? group!.Evidence.GetValueOrDefault(id) : null,
            CopiedBy = group is not null && !isCopy ? group.Reports.Where(r => r != id).Distinct(StringComparer.Ordinal).ToList() : [],
        };
    }

    /// <summary>The same rule as the JSON report: the copy group's origin, else the outlet, else the report itself.</summary>
    private string IndependentSource(string id) =>
        SourceIndex.SourceOf(_groups.GetValueOrDefault(id), _reports.GetValueOrDefault(id), id);

    private string? Evidence(string? text) => text is null ? null : NullIfEmpty(ReportFormat.OneLine(text, _options.EvidenceChars));

    private static string Clean(string? text) => ReportFormat.OneLine(text);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
