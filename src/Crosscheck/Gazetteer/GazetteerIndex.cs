using Crosscheck.Model;

namespace Crosscheck.Gazetteer;

/// <summary>A well-known organisation or institution from the built-in list (Data/organizations.tsv).</summary>
public sealed record KnownOrganization(string Name, string Kind, string? CountryCode)
{
    /// <summary>Acronyms and other names ("NATO", "North Atlantic Treaty Organization").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>
/// Place, country, first-name and organisation lookups over the data embedded in the assembly
/// (GeoNames cities1000, world-countries and hand-written lists; see Data/ATTRIBUTION.md).
/// Immutable once loaded, so one instance serves every thread; <see cref="Default"/> loads on
/// first use.
/// </summary>
public sealed class GazetteerIndex
{
    private static readonly Lazy<GazetteerIndex> Shared = new(GazetteerLoader.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, GeoPlace[]> _places;
    private readonly Dictionary<string, GeoPlace> _countries;
    private readonly Dictionary<string, GeoPlace> _demonyms;
    private readonly Dictionary<string, GeoPlace> _countryByCode;
    private readonly HashSet<string> _firstNames;
    private readonly HashSet<string> _commonWords;
    private readonly Dictionary<string, KnownOrganization> _orgsExact;
    private readonly Dictionary<string, KnownOrganization> _orgsFolded;

    internal GazetteerIndex(
        Dictionary<string, GeoPlace[]> places,
        Dictionary<string, GeoPlace> countries,
        Dictionary<string, GeoPlace> demonyms,
        Dictionary<string, GeoPlace> countryByCode,
        HashSet<string> firstNames,
        HashSet<string> commonWords,
        Dictionary<string, KnownOrganization> orgsExact,
        Dictionary<string, KnownOrganization> orgsFolded)
    {
        _places = places;
        _countries = countries;
        _demonyms = demonyms;
        _countryByCode = countryByCode;
        _firstNames = firstNames;
        _commonWords = commonWords;
        _orgsExact = orgsExact;
        _orgsFolded = orgsFolded;
    }

    /// <summary>The gazetteer built from the embedded data, loaded once on first use.</summary>
    public static GazetteerIndex Default => Shared.Value;

    /// <summary>
    /// Places whose name or alternate name has the same <see cref="NameKey.Fold"/> key, best first:
    /// countries, then regions and landmarks from the built-in list, then capitals, then by population.
    /// Empty when none.
    /// </summary>
    public IReadOnlyList<GeoPlace> Lookup(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _places.TryGetValue(PlaceKey(name), out var found) ? found : [];
    }

    /// <summary>
    /// The country or built-in region (Crimea, Siberia, Black Sea...) called <paramref name="name"/>,
    /// by any of its names or short forms ("UK", "Britain"). Demonyms: <see cref="Demonym"/>.
    /// </summary>
    public GeoPlace? Country(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _countries.GetValueOrDefault(PlaceKey(name));
    }

    /// <summary>The country or region a demonym adjective names: "Ukrainian" → Ukraine, "Crimean" → Crimea.</summary>
    public GeoPlace? Demonym(string adjective)
    {
        ArgumentNullException.ThrowIfNull(adjective);
        return _demonyms.GetValueOrDefault(PlaceKey(adjective));
    }

    /// <summary>The country with this ISO 3166 alpha-2 code.</summary>
    public GeoPlace? CountryByCode(string code) => _countryByCode.GetValueOrDefault(code);

    /// <summary>True for a given name in the built-in lists (case-insensitive, accents folded).</summary>
    public bool IsFirstName(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _firstNames.Contains(NameKey.Normalize(word));
    }

    /// <summary>True when the word is a common lower-case English word ("police", "reading", "mayor").</summary>
    public bool IsCommonWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _commonWords.Contains(word.ToLowerInvariant());
    }

    /// <summary>
    /// A well-known organisation by name or alias. All-capital aliases match only as written
    /// ("WHO", not "Who"); other names match case- and accent-insensitively, with or without "the".
    /// </summary>
    public KnownOrganization? Organization(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_orgsExact.TryGetValue(name, out var exact)) return exact;
        return _orgsFolded.GetValueOrDefault(OrgKey(name));
    }

    internal static string PlaceKey(string name)
    {
        var key = NameKey.Fold(name);
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }

    internal static string OrgKey(string name) => PlaceKey(name);
}
