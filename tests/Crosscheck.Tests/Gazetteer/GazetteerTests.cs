using Crosscheck.Gazetteer;
using Crosscheck.Model;

namespace Crosscheck.Tests.Gazetteer;

public class NameKeyTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky", "double y and single y are one transliteration")]
    [InlineData("Zelenskiy", "Zelensky", "-iy ending")]
    [InlineData("Zelenskyi", "Zelenskiy", "-yi ending")]
    [InlineData("Andriyivka", "Andriivka", "yi inside a word")]
    [InlineData("Kharkiv", "Harkiv", "kh and h")]
    [InlineData("Wolodymyr", "Volodymyr", "w and v")]
    [InlineData("Erdoğan", "Erdogan", "Turkish soft g")]
    [InlineData("Łódź", "Lodz", "Polish stroke letters")]
    [InlineData("Müller", "Muller", "umlaut")]
    [InlineData("O'Brien", "OBrien", "apostrophe inside a name")]
    [InlineData("Côte d’Ivoire", "Cote dIvoire", "curly apostrophe and accents")]
    [InlineData("Al-Assad", "al Assad", "hyphen is a word break, case folded")]
    public void Folds_spelling_variants_to_one_key(string a, string b, string why)
    {
        Assert.True(NameKey.Fold(a) == NameKey.Fold(b), $"{why}: {NameKey.Fold(a)} vs {NameKey.Fold(b)}");
    }

    [Theory]
    [InlineData("Kyiv", "Kiev", "an alias, not a transliteration: the gazetteer joins them")]
    [InlineData("Petrov", "Petrova", "the feminine form is another person")]
    [InlineData("Jordan", "Jardan", "vowels other than y stay")]
    public void Keeps_different_names_apart(string a, string b, string why)
    {
        Assert.True(NameKey.Fold(a) != NameKey.Fold(b), why);
    }
}

public class GazetteerIndexTests
{
    private static GazetteerIndex G => GazetteerIndex.Default;

    [Theory]
    [InlineData("Kyiv", "Kyiv", "UA", "capital under its current spelling")]
    [InlineData("Kiev", "Kyiv", "UA", "older spelling is an alias of the capital")]
    [InlineData("Paris", "Paris", "FR", "the capital outranks the small US towns")]
    [InlineData("Ukraine", "Ukraine", "UA", "a country comes first")]
    [InlineData("Britain", "United Kingdom", "GB", "hand-written country alias")]
    [InlineData("Crimea", "Crimea", "UA", "region missing from cities1000")]
    [InlineData("Gaza Strip", "Gaza Strip", "PS", "multi-word region")]
    [InlineData("Munich", "München", "DE", "English exonym through alternate names")]
    [InlineData("São Paulo", "São Paulo", "BR", "accents kept in the name")]
    [InlineData("Sao Paulo", "São Paulo", "BR", "accents folded for lookup")]
    public void Looks_up_best_candidate_first(string query, string name, string country, string why)
    {
        var found = G.Lookup(query);
        Assert.True(found.Count > 0, why);
        Assert.Equal(name, found[0].Name);
        Assert.Equal(country, found[0].CountryCode);
    }

    [Fact]
    public void Ranks_a_regional_seat_above_bigger_towns_and_keeps_all_candidates()
    {
        var found = G.Lookup("Springfield");
        Assert.True(found.Count > 3);
        Assert.All(found.Take(3), p => Assert.Equal("US", p.CountryCode));
        // The villages after the seats come by population.
        var villages = found.Where(p => p.Kind == PlaceKind.Village).ToList();
        for (var i = 1; i < villages.Count; i++) Assert.True(villages[i - 1].Population >= villages[i].Population);
    }

    [Fact]
    public void Gives_places_coordinates_and_kinds()
    {
        var kyiv = G.Lookup("Kyiv")[0];
        Assert.InRange(kyiv.Latitude, 50, 51);
        Assert.InRange(kyiv.Longitude, 30, 31);
        Assert.Equal(PlaceKind.City, kyiv.Kind);
        Assert.True(kyiv.Population > 1_000_000);
        Assert.Equal(PlaceKind.Country, G.Lookup("France")[0].Kind);
    }

    [Theory]
    [InlineData("Ukrainian", "Ukraine")]
    [InlineData("Russian", "Russia")]
    [InlineData("Crimean", "Crimea")]
    [InlineData("French", "France")]
    [InlineData("Saudi", "Saudi Arabia")]
    [InlineData("Filipino", "Philippines")]
    public void Maps_demonyms_to_their_place(string adjective, string place)
    {
        Assert.Equal(place, G.Demonym(adjective)?.Name);
    }

    [Theory]
    [InlineData("Monday")]
    [InlineData("Police")]
    [InlineData("Ukraine")]
    public void Demonym_lookup_ignores_non_demonyms(string word) => Assert.Null(G.Demonym(word));

    [Theory]
    [InlineData("Volodymyr", true)]
    [InlineData("Emmanuel", true)]
    [InlineData("Mohammed", true)]
    [InlineData("Mary", true)]
    [InlineData("Ministry", false)]
    [InlineData("Tuesday", false)]
    public void Knows_first_names(string word, bool expected) => Assert.Equal(expected, G.IsFirstName(word));

    [Theory]
    [InlineData("NATO", "NATO")]
    [InlineData("North Atlantic Treaty Organization", "NATO")]
    [InlineData("the Kremlin", "Kremlin")]
    [InlineData("SBU", "SBU")]
    [InlineData("Security Service of Ukraine", "SBU")]
    [InlineData("WHO", "World Health Organization")]
    [InlineData("Agence France Presse", "Agence France-Presse")]
    public void Finds_known_organisations(string name, string canonical) =>
        Assert.Equal(canonical, G.Organization(name)?.Name);

    [Theory]
    [InlineData("Who", "an acronym matches only in capitals")]
    [InlineData("Ministry", "a head word alone")]
    public void Does_not_find_non_organisations(string name, string why) => Assert.True(G.Organization(name) is null, why);

    [Theory]
    [InlineData("police", true)]
    [InlineData("Reading", true)]
    [InlineData("Zelensky", false)]
    public void Knows_common_words(string word, bool expected) => Assert.Equal(expected, G.IsCommonWord(word));

    [Fact]
    public void Loads_quickly_and_once()
    {
        // CPU time rather than wall time: the test machine may be shared. Measured about 1 s of CPU
        // (JIT included) for the whole load; the bound only catches a pathological regression.
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var g = Crosscheck.Gazetteer.GazetteerLoader.Load(Crosscheck.Gazetteer.GazetteerLoader.OpenEmbedded);
        process.Refresh();
        var cpu = (process.TotalProcessorTime - before).TotalMilliseconds;
        Assert.True(g.Lookup("Lagos").Count > 0);
        Assert.True(cpu < 8000, $"load took {cpu:F0} ms of CPU");
        Assert.Same(GazetteerIndex.Default, GazetteerIndex.Default);
    }
}
