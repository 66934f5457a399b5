namespace Crosscheck.Model;

/// <summary>
/// The typed results corpus stages produce, each assigned by exactly one stage (the
/// architecture tests check that) and read by later ones through the keys they declare.
/// </summary>
public static class CorpusKeys
{
    /// <summary>Reports that copy one another; every report is in exactly one group.</summary>
    public static readonly DataKey<IReadOnlyList<CopyGroup>> CopyGroups = new("copy-groups");

    /// <summary>Clusters of reports about one story (no events yet).</summary>
    public static readonly DataKey<IReadOnlyList<Story>> Stories = new("stories");

    /// <summary>People, organisations and places merged across reports, with each mention's link.</summary>
    public static readonly DataKey<EntityLinks> Entities = new("entity-links");

    /// <summary>Per story id, its events, each carrying the claims its reports make.</summary>
    public static readonly DataKey<IReadOnlyDictionary<string, IReadOnlyList<Event>>> Events = new("story-events");

    /// <summary>Quotations merged across the reports that carry them.</summary>
    public static readonly DataKey<IReadOnlyList<Quote>> Quotes = new("merged-quotes");

    /// <summary>Per story id, its events with every claimed figure reconciled into a fact.</summary>
    public static readonly DataKey<IReadOnlyDictionary<string, IReadOnlyList<Event>>> Facts = new("facts");
}

/// <summary>
/// The entities of a corpus and, for each entity mention of each report, the entity it was linked
/// to: the way spaCy's linker writes a <c>kb_id</c> on each span, so that later stages read the
/// link instead of matching names as strings again.
/// </summary>
public sealed class EntityLinks
{
    private readonly Dictionary<(string Report, TextSpan Span, string Text), int> _linked;

    public static EntityLinks Empty { get; } = new([], new Dictionary<(string, TextSpan, string), int>());

    /// <param name="linked">Per (report id, mention span, mention text), the index in <paramref name="entities"/>.</param>
    public EntityLinks(IReadOnlyList<Entity> entities, Dictionary<(string Report, TextSpan Span, string Text), int> linked)
    {
        Entities = entities;
        _linked = linked;
    }

    /// <summary>Most mentioned first.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The entity <paramref name="mention"/> of report <paramref name="reportId"/> was linked to, if any.</summary>
    public Entity? EntityOf(string reportId, EntityMention mention) =>
        _linked.TryGetValue((reportId, mention.Span, mention.Text), out var i) ? Entities[i] : null;
}

/// <summary>
/// The one rule for "independent source": a report's copy group's source (a wire agency, the
/// original's outlet or id), else its outlet, else its id; compared without case, since outlets
/// are spelled both ways. Corpus stages, writers and the store all count through it.
/// </summary>
public sealed class SourceIndex
{
    /// <summary>Compares independent sources.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    private readonly Dictionary<string, CopyGroup> _groupOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Report> _reports = new(StringComparer.Ordinal);

    public SourceIndex(IEnumerable<CopyGroup> groups, IEnumerable<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var g in groups)
            foreach (var id in g.Reports) _groupOf[id] = g;
        foreach (var r in reports) _reports.TryAdd(r.Id, r);
    }

    public CopyGroup? GroupOf(string reportId) => _groupOf.GetValueOrDefault(reportId);

    public string SourceOf(string reportId) =>
        SourceOf(_groupOf.GetValueOrDefault(reportId), _reports.GetValueOrDefault(reportId), reportId);

    /// <summary>The rule itself, for a writer that has a report and its group at hand.</summary>
    public static string SourceOf(CopyGroup? group, Report? report, string reportId) =>
        group?.IndependentSource ?? report?.Outlet ?? reportId;

    public int Count(IEnumerable<string> reportIds) => reportIds.Select(SourceOf).Distinct(Comparer).Count();
}
