namespace Crosscheck.Model;

public enum EntityType { Person, Organization, Place }

/// <summary>A name as written in one report. <see cref="Place"/> is set when the gazetteer knows it.</summary>
public sealed record EntityMention(TextSpan Span, string Text, EntityType Type, int Sentence)
{
    public GeoPlace? Place { get; init; }

    /// <summary>True when the name came from a caption rather than the body.</summary>
    public bool InCaption { get; init; }

    /// <summary>
    /// True for a demonym adjective standing for its place ("Crimean" for Crimea), set by the
    /// recogniser, which knows its gazetteer; read it through <c>EntityRecognizer.IsDemonym</c>.
    /// </summary>
    public bool Demonym { get; init; }
}

/// <summary>A known place: GeoNames-derived or a country/region from the built-in lists.</summary>
public sealed record GeoPlace(string Name, double Latitude, double Longitude, string CountryCode, PlaceKind Kind, long Population)
{
    /// <summary>A stable key (GeoNames id or "country:UA").</summary>
    public string Id { get; init; } = "";
}

public enum PlaceKind { Country, Region, City, Village, Landmark }

/// <summary>Calendar date with the precision the text gave it.</summary>
public readonly record struct DateValue(DateOnly Date, DateGranularity Granularity)
{
    public override string ToString() => Granularity switch
    {
        DateGranularity.Year => Date.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture),
        DateGranularity.Month => Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}

public enum DateGranularity { Day, Week, Month, Year }

/// <summary>
/// A time expression as written ("on Tuesday", "June 3", "a day earlier"). <see cref="Reference"/>
/// says how to resolve it; resolution needs the report's publication date, which for some reports
/// is only known after clustering, so it is done later.
/// </summary>
public sealed record TimeMention(TextSpan Span, string Text, TemporalReference Reference, int Sentence);

/// <summary>How an expression's date follows from its anchors. Implementations live in Extract/Time.</summary>
public abstract record TemporalReference
{
    /// <summary>
    /// True when the expression counts from the narrative ("a day earlier", "two days after") rather
    /// than from the publication date ("yesterday", "on Tuesday").
    /// </summary>
    public virtual bool NarrativeRelative => false;

    /// <summary>
    /// True for "X, a day after Y" forms: the date belongs to the event named after the expression,
    /// counted from the date of the event before it.
    /// </summary>
    public virtual bool BindsToFollowing => false;

    /// <summary>True when the expression fixes a date by itself, regardless of anchors (a year is given).</summary>
    public virtual bool Absolute => false;

    /// <summary>The date, given the publication date and the narrative's current date (if any).</summary>
    public abstract DateValue? Resolve(DateOnly published, DateOnly? narrative);
}

public enum Qualifier { Exact, AtLeast, MoreThan, AtMost, LessThan, About, Range }

/// <summary>
/// A figure as written: "at least 20 injured", "some 30km", "two to three days".
/// <see cref="FactName"/> is the snake_case fact it states (killed, injured, distance_km, aircraft...),
/// or null for a number that counts nothing reportable.
/// </summary>
public sealed record QuantityMention(TextSpan Span, string Text, double Value, Qualifier Qualifier, int Sentence)
{
    /// <summary>Upper bound of a range ("two to three"); Value is then the lower bound.</summary>
    public double? High { get; init; }

    /// <summary>Canonical unit after conversion (km, mm, m, usd, day, percent...), or null for a count.</summary>
    public string? Unit { get; init; }

    /// <summary>The noun it counts, as written ("people", "warplanes").</summary>
    public string? Noun { get; init; }

    public string? FactName { get; init; }

    /// <summary>True when the figure sits inside a quotation.</summary>
    public bool InQuote { get; init; }
}

/// <summary>A quotation with its speaker as named in the report (after resolving pronouns and titles).</summary>
public sealed record QuoteMention(TextSpan Content, string Text, int Sentence)
{
    public string? Speaker { get; init; }

    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>The reporting verb ("said", "told", "wrote", "according to").</summary>
    public string? Cue { get; init; }

    /// <summary>A few quoted words inside reported speech, rather than a whole quoted sentence.</summary>
    public bool Partial { get; init; }
}

/// <summary>What one sentence of one report says happened: a trigger with its type, place, date and figures.</summary>
public sealed record EventMention(string Type, TextSpan Trigger, int Sentence)
{
    public EntityMention? Place { get; init; }

    /// <summary>The time expression that dates this mention, if any (resolved later, see <see cref="Date"/>).</summary>
    public TimeMention? Time { get; init; }

    /// <summary>The resolved date: set by the corpus stage that knows every publication date.</summary>
    public DateValue? Date { get; init; }

    /// <summary>True when the date was stated or derived from an expression, false when defaulted.</summary>
    public bool DateStated { get; init; }

    public IReadOnlyList<QuantityMention> Figures { get; init; } = [];

    public IReadOnlyList<EntityMention> Actors { get; init; } = [];
}
