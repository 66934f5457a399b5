namespace Crosscheck.Model;

/// <summary>
/// One outlet's article: the unit that is ingested, cleaned and annotated. Not a <see cref="Story"/>
/// (a cluster of reports) and not an <see cref="Event"/> (what happened).
/// <para>What the input says (header, HTML meta, feed fields) is <see cref="Metadata"/>, fixed at
/// construction. What a stage finds goes into a typed layer through <see cref="Set{T}"/>, and each
/// layer is set once. The accessors below (<see cref="Text"/>, <see cref="Outlet"/>,
/// <see cref="Wire"/>, <see cref="Language"/>, <see cref="Published"/>) are the one place that
/// says which wins when both the input and a stage have something to say, so that readers never
/// re-derive it.</para>
/// </summary>
public sealed class Report
{
    private readonly Dictionary<IDataKey, object> _layers = [];

    public Report(string id, string rawText, ReportMetadata? metadata = null)
    {
        Id = id;
        RawText = rawText;
        Metadata = metadata ?? ReportMetadata.None;
    }

    /// <summary>Stable id: the file's base name, or a feed/archive item id.</summary>
    public string Id { get; }

    /// <summary>The decoded input, before cleaning (for HTML: the extracted main text).</summary>
    public string RawText { get; }

    /// <summary>What the input states about the report, as read.</summary>
    public ReportMetadata Metadata { get; private init; }

    /// <summary>Where it was read from (a path, URL or archive record), when known.</summary>
    public string? Origin { get => Metadata.Origin; init => Metadata = Metadata with { Origin = value }; }

    public string? Title { get => Metadata.Title; init => Metadata = Metadata with { Title = value }; }

    public string? Url { get => Metadata.Url; init => Metadata = Metadata with { Url = value }; }

    /// <summary>The outlet that ran the report: as the input names it, else as a byline names it.</summary>
    public string? Outlet { get => Metadata.Outlet ?? Get(Layers.Cleaned)?.Outlet; init => Metadata = Metadata with { Outlet = value }; }

    /// <summary>
    /// A wire agency the report credits ("-Continental Press", "(Continental Press)"), canonical name: a
    /// credit cleaning found in the text wins over the input's field.
    /// </summary>
    public string? Wire { get => Get(Layers.Cleaned)?.Wire ?? Metadata.Wire; init => Metadata = Metadata with { Wire = value }; }

    /// <summary>ISO 639-1 code: detected by cleaning, else the input's, else "und".</summary>
    public string Language { get => Get(Layers.Cleaned)?.Language ?? Metadata.Language; init => Metadata = Metadata with { Language = value }; }

    /// <summary>
    /// When the report appeared: its header, else a dateline the text states
    /// (<see cref="Layers.StatedPublished"/>), else the date the corpus inferred
    /// (<see cref="Layers.InferredPublished"/>).
    /// </summary>
    public PublishedDate? Published
    {
        get => Metadata.Published ?? Get(Layers.StatedPublished) ?? Get(Layers.InferredPublished);
        init => Metadata = Metadata with { Published = value };
    }

    /// <summary>The cleaned body text (the raw text until cleaning ran); every annotation offset points into it.</summary>
    public string Text => Get(Layers.Cleaned)?.Text ?? RawText;

    /// <summary>Caption, credit and teaser lines removed from the body, kept for name finding.</summary>
    public IReadOnlyList<string> Captions => Get(Layers.Cleaned)?.Captions ?? [];

    /// <summary>
    /// Why the language-dependent stages (dates, figures, quotes, events) did not read this report,
    /// e.g. "no language pack for de"; null when they did. Found by the cleaner with the language.
    /// </summary>
    public string? NotAnalysed => Get(Layers.Cleaned)?.NotAnalysed;

    public T? Get<T>(DataKey<T> key) where T : class =>
        _layers.TryGetValue(key, out var value) ? (T)value : null;

    public T Require<T>(DataKey<T> key) where T : class =>
        Get(key) ?? throw new InvalidOperationException($"Report {Id}: layer '{key.Name}' has not been produced yet.");

    /// <summary>
    /// Adds a layer. A layer is set once: a second assignment is a pipeline bug and throws. Not
    /// synchronised: one thread annotates a report, and corpus stages add layers one report at a time.
    /// </summary>
    public void Set<T>(DataKey<T> key, T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_layers.TryAdd(key, value))
            throw new InvalidOperationException($"Report {Id}: layer '{key.Name}' is already set; each layer is assigned by one stage, once.");
    }

    public bool Has(IDataKey key) => _layers.ContainsKey(key);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>A copy of the report as read (metadata, no annotation layers) under another id.</summary>
    public Report WithId(string id) => new(id, RawText, Metadata);

    /// <summary>A copy of the report as read (no annotation layers) with other metadata.</summary>
    public Report WithMetadata(ReportMetadata metadata) => new(Id, RawText, metadata);

    public override string ToString() => Id;
}

/// <summary>
/// What the input states about a report (a header line, HTML meta, a feed or JSON field), as read.
/// Immutable: a stage that finds more (a byline, a dateline, the language) adds a layer instead.
/// </summary>
public sealed record ReportMetadata
{
    public static ReportMetadata None { get; } = new();

    public string? Origin { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>The outlet the input names (header "source", site name, feed title).</summary>
    public string? Outlet { get; init; }

    /// <summary>A wire agency the input names (a stored report keeps the one it was stored with).</summary>
    public string? Wire { get; init; }

    public PublishedDate? Published { get; init; }

    /// <summary>ISO 639-1 code, "und" when the input does not say.</summary>
    public string Language { get; init; } = "und";
}

/// <summary>How a publication date was found: stated by the source, or inferred.</summary>
public enum DateBasis
{
    /// <summary>A header line or metadata field.</summary>
    Header,
    /// <summary>A dateline or full date printed in the text.</summary>
    Dateline,
    /// <summary>Inferred from the dates the report's own events carry.</summary>
    InferredFromText,
    /// <summary>Inferred from other reports of the same story.</summary>
    InferredFromStory,
}

public sealed record PublishedDate(DateOnly Date, DateBasis Basis)
{
    public bool Stated => Basis is DateBasis.Header or DateBasis.Dateline;
}
