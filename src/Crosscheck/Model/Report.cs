namespace Crosscheck.Model;

/// <summary>
/// One outlet's article: the unit that is ingested, cleaned and annotated. Not a <see cref="Story"/>
/// (a cluster of reports) and not an <see cref="Event"/> (what happened).
/// Per-report stages add annotation layers through <see cref="Set{T}"/>; each layer is set once.
/// </summary>
public sealed class Report
{
    private readonly Dictionary<IDataKey, object> _layers = [];

    public Report(string id, string rawText)
    {
        Id = id;
        RawText = rawText;
        Text = rawText;
    }

    /// <summary>Stable id: the file's base name, or a feed/archive item id.</summary>
    public string Id { get; }

    /// <summary>Where it was read from (a path, URL or archive record), when known.</summary>
    public string? Origin { get; set; }

    /// <summary>The decoded input, before cleaning (for HTML: the extracted main text).</summary>
    public string RawText { get; }

    /// <summary>The cleaned body text; every annotation offset points into it.</summary>
    public string Text { get; set; }

    /// <summary>Caption, credit and teaser lines removed from the body, kept for name finding.</summary>
    public IReadOnlyList<string> Captions { get; set; } = [];

    public string? Title { get; set; }

    public string? Url { get; set; }

    /// <summary>The outlet that ran the report (header, site name, byline), when known.</summary>
    public string? Outlet { get; set; }

    /// <summary>A wire agency the report credits ("-Agence France-Presse", "(Reuters)"), canonical name.</summary>
    public string? Wire { get; set; }

    public PublishedDate? Published { get; set; }

    /// <summary>ISO 639-1 code.</summary>
    public string Language { get; set; } = "und";

    /// <summary>
    /// Why the language-dependent stages (dates, figures, quotes, events) did not read this report,
    /// e.g. "no language pack for de"; null when they did. Set by the cleaner with the language.
    /// </summary>
    public string? NotAnalysed { get; set; }

    public T? Get<T>(DataKey<T> key) where T : class =>
        _layers.TryGetValue(key, out var value) ? (T)value : null;

    public T Require<T>(DataKey<T> key) where T : class =>
        Get(key) ?? throw new InvalidOperationException($"Report {Id}: layer '{key.Name}' has not been produced yet.");

    public void Set<T>(DataKey<T> key, T value) where T : class => _layers[key] = value;

    public bool Has(IDataKey key) => _layers.ContainsKey(key);

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>A copy of the report as read (metadata, no annotation layers) under another id.</summary>
    public Report WithId(string id) => new(id, RawText)
    {
        Origin = Origin,
        Title = Title,
        Url = Url,
        Outlet = Outlet,
        Wire = Wire,
        Published = Published,
        Language = Language,
        Captions = Captions,
    };

    public override string ToString() => Id;
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
