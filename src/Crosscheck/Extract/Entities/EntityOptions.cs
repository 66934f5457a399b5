namespace Crosscheck.Extract.Entities;

/// <summary>Thresholds of entity recognition and linking, with their defaults.</summary>
public sealed record EntityOptions
{
    public static EntityOptions Default { get; } = new();

    /// <summary>
    /// A gazetteer place smaller than this (and not a capital or regional seat) is taken for a place
    /// only next to a cue ("village of X", "in X", "X region"): GeoNames holds thousands of small
    /// places that share a name with people and things.
    /// </summary>
    public long SmallPlacePopulation { get; init; } = 15_000;

    /// <summary>
    /// A place at least this big needs no cue even when its name is also a common English word is
    /// not enough: common words ("Reading", "Mobile") always need a strong cue.
    /// </summary>
    public long LargePlacePopulation { get; init; } = 100_000;

    /// <summary>Longest unknown capitalised sequence still taken for a person's name without a cue.</summary>
    public int MaxUncuedPersonTokens { get; init; } = 4;

    /// <summary>
    /// A surname-only mention shared by several people of a story joins the most-mentioned one only
    /// when that one has at least this many times the mentions of the next; otherwise it stays apart.
    /// </summary>
    public double SurnameDominance { get; init; } = 3.0;

    /// <summary>
    /// Whether a capitalised name the rules left untyped takes the type the statistical tagger
    /// (<see cref="Model.NerModel"/>) gives exactly that span; a weak type, which a cue elsewhere
    /// in the report overrides.
    /// </summary>
    /// <remarks>
    /// On by default. The tagger sees only a short window round each untyped name and tries a name at
    /// most <see cref="EntityRecognizer.MaxModelTries"/> times a report, and its features are cached per
    /// word form: on the 10,000-report benchmark the entity stage takes about 2.5x the CPU time it takes
    /// without the tagger, the whole pipeline about 1.15x. Turn it off where speed matters more than
    /// recall on names no rule or list knows.
    /// </remarks>
    public bool TypeUntypedByModel { get; init; } = true;
}
