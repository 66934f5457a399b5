using System.Collections.Frozen;
using System.Globalization;
using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Extract.Quantities;

/// <summary>How a number word combines; Approximate is a round number that counts about that many ("une vingtaine").</summary>
internal enum NumberWordKind : byte { Unit, Ten, Hundred, Scale, Dozen, Approximate }

internal readonly record struct NumberWord(double Value, NumberWordKind Kind);

/// <summary>A unit after conversion: the canonical unit, the factor into it and its dimension.</summary>
internal readonly record struct UnitInfo(string Unit, double Factor, UnitDimension Dimension);

internal enum UnitDimension : byte { Length, Area, Volume, Mass, Percent, Duration, Temperature, Speed, Magnitude, Money }

internal enum NounKind : byte
{
    /// <summary>People whose fact comes from the role the sentence gives them; Class names a group that is a fact by itself (troops).</summary>
    Person,
    /// <summary>A role used as a noun: "20 injured", "four dead", "12 fatalities".</summary>
    Role,
    /// <summary>A thing counted: aircraft, houses, drones. Class is the fact.</summary>
    Object,
    /// <summary>Bodies or remains: killed, or transferred in a swap.</summary>
    Bodies,
    /// <summary>Prisoners of war, captives: exchanged, released, or just counted.</summary>
    Prisoners,
    /// <summary>"lives" as in "claimed 12 lives".</summary>
    Lives,
}

internal readonly record struct NounEntry(NounKind Kind, string? Class);

/// <summary>
/// The quantity stage's compiled view of a <see cref="LanguagePack"/>: its word lists as frozen
/// sets and dictionaries looked up by span, so that scanning a sentence allocates no strings. Built
/// once per pack (<see cref="For"/>); the data live in <c>Lang/&lt;code&gt;/</c>. Unit symbols and
/// currency symbols are language-neutral and stay here.
/// </summary>
internal sealed class Lexicon
{
    public static Lexicon For(LanguagePack pack) => pack.Compiled(static p => new Lexicon(p));

    private static FrozenDictionary<string, T> Dict<T>(IEnumerable<KeyValuePair<string, T>> pairs)
    {
        // Later entries win, as a dictionary initialiser would: a data file may repeat a word.
        var d = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in pairs) d[k] = v;
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private Lexicon(LanguagePack pack)
    {
        var numberKinds = new (string Section, NumberWordKind Kind)[]
        {
            ("units", NumberWordKind.Unit), ("tens", NumberWordKind.Ten), ("hundreds", NumberWordKind.Hundred),
            ("scales", NumberWordKind.Scale), ("dozen", NumberWordKind.Dozen), ("approximate", NumberWordKind.Approximate),
        };
        NumberWords = Dict(numberKinds.SelectMany(k => pack.Lines("numbers", k.Section).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => new KeyValuePair<string, NumberWord>(parts[0], new NumberWord(Number(parts[1]), k.Kind)))));
        Multipliers = Dict(pack.Lines("numbers", "multipliers").Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => new KeyValuePair<string, double>(parts[0], Number(parts[1]))));
        Indefinite = pack.Set("numbers", "indefinite");
        Half = pack.Set("numbers", "half");
        NumberJoiners = pack.Set("numbers", "and");
        MinusWords = pack.Set("numbers", "minus");
        BelowPrefixes = pack.Set("qualifiers", "below-prefixes");
        StreetWords = pack.Set("figures", "street-words");
        SpaceGroupsThousands = pack.Lines("numbers", "digit-groups").Contains("space");

        Months = new WordSet(pack.Lines("calendar", "months").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)));
        DesignationWords = pack.Set("figures", "designations");
        YearPrepositions = pack.Set("figures", "year-prepositions");
        TimeSuffixes = pack.Set("figures", "time-suffixes");

        var qualifierNames = new (string Section, Qualifier Qualifier)[]
        {
            ("at-least", Qualifier.AtLeast), ("more-than", Qualifier.MoreThan), ("at-most", Qualifier.AtMost),
            ("less-than", Qualifier.LessThan), ("about", Qualifier.About),
        };
        Qualifiers = qualifierNames
            .SelectMany(q => pack.Lines("qualifiers", q.Section).Select(phrase => (phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), q.Qualifier)))
            .OrderByDescending(q => q.Item1.Length)
            .ToArray();

        var units = new List<KeyValuePair<string, UnitInfo>>();
        var currencies = new List<KeyValuePair<string, string>>();
        foreach (var section in pack.Sections("units"))
        {
            var args = section.Args;
            if (section.Head == "unit")
            {
                var info = new UnitInfo(args[0], Number(args[1]), Enum.Parse<UnitDimension>(args[2], ignoreCase: true));
                units.AddRange(section.Words.Select(w => new KeyValuePair<string, UnitInfo>(w, info)));
            }
            else if (section.Head == "currency")
            {
                currencies.AddRange(section.Words.Select(w => new KeyValuePair<string, string>(w, args[0])));
            }
        }
        Units = Dict(units);
        CurrencyWords = Dict(currencies);

        CountNouns = Dict(pack.Sections("counted").SelectMany(section =>
        {
            var entry = new NounEntry(Enum.Parse<NounKind>(section.Head, ignoreCase: true), section.Args.Length > 0 ? section.Args[0] : null);
            return section.Words.Select(w => new KeyValuePair<string, NounEntry>(w, entry));
        }));

        var roles = pack.Sections("roles");
        RoleCues = Dict(roles.Where(s => s.Head == "role").SelectMany(s => s.Words.Select(w => new KeyValuePair<string, string>(w, s.Args[0]))));
        DeadModifiers = pack.Set("roles", "dead-modifiers");
        DroneModifiers = pack.Set("roles", "drone-modifiers");
        RoleChain = pack.Set("roles", "chain");
        TransferCues = pack.Set("roles", "transfer");
        ExchangeCues = pack.Set("roles", "exchange");
        ReleaseCues = pack.Set("roles", "release");
        SubsetMarkers = pack.Set("roles", "subset");
        CountModifiers = pack.Set("roles", "count-modifiers");
        PopulationCues = pack.Set("roles", "population");
        PlaceNouns = pack.Set("roles", "place-nouns");
        CueBarriers = pack.Set("reporting", "cue-barriers");
        StopWords = pack.Set("stopwords", "quantities");
        Of = pack.Set("figures", "of");
        Intransitive = pack.Set("roles", "intransitive");
        DepthWords = pack.Set("figures", "depth");
        HeightWords = pack.Set("figures", "height");
        RainWords = pack.Set("figures", "rain");
        SnowWords = pack.Set("figures", "snow");
        WindWords = pack.Set("figures", "wind");
        Elisions = pack.Set("figures", "elisions");
        NounLinks = pack.Set("figures", "noun-links");

        NumberWordsBySpan = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        MultipliersBySpan = Multipliers.GetAlternateLookup<ReadOnlySpan<char>>();
        UnitsBySpan = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        CurrencyWordsBySpan = CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>();
        CountNounsBySpan = CountNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        RoleCuesBySpan = RoleCues.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // ---- numbers -------------------------------------------------------------------------------

    public FrozenDictionary<string, NumberWord> NumberWords { get; }

    /// <summary>Scale words after digits: "1.2 million", "$2.5bn", "5k". "m" is decided by context (million or metres).</summary>
    public FrozenDictionary<string, double> Multipliers { get; }

    /// <summary>Articles that count one before a scale word: "a hundred", "a dozen".</summary>
    /// <summary>"minus 5": a word that makes the number after it negative.</summary>
    public WordSet MinusWords { get; }

    /// <summary>"sub-7 nanometre": a prefix joined by a hyphen that makes the figure an upper bound.</summary>
    public WordSet BelowPrefixes { get; }

    /// <summary>"Road", "Avenue": the last word of a street name, after which a number was an address.</summary>
    public WordSet StreetWords { get; }

    public WordSet Indefinite { get; }

    /// <summary>"half a million".</summary>
    public WordSet Half { get; }

    /// <summary>Words that join number words: "one hundred and twenty".</summary>
    public WordSet NumberJoiners { get; }

    /// <summary>Digits grouped by spaces ("1 200", French); otherwise a space ends a number.</summary>
    public bool SpaceGroupsThousands { get; }

    public WordSet Months { get; }

    /// <summary>Words after which a number names a thing rather than counts: "Article 5", "Flight 17", "Category 4".</summary>
    public WordSet DesignationWords { get; }

    /// <summary>Words after which four digits are a year even when a counted noun follows: "in 2014 protesters...".</summary>
    public WordSet YearPrepositions { get; }

    /// <summary>Words that make a figure a time of day.</summary>
    public WordSet TimeSuffixes { get; }

    /// <summary>The preposition between a figure and what it counts or between a noun and its complement: "of", "de".</summary>
    public WordSet Of { get; }

    /// <summary>Elided articles and prepositions read as words of their own: "d'euros" is "d'" + "euros".</summary>
    public WordSet Elisions { get; }

    /// <summary>Words between a figure and what it counts ("une vingtaine de blessés"); none in English.</summary>
    public WordSet NounLinks { get; }

    // ---- qualifiers ----------------------------------------------------------------------------

    /// <summary>Qualifier phrases before a figure, longest first so "no more than" wins over "more than".</summary>
    public (string[] Words, Qualifier Qualifier)[] Qualifiers { get; }

    // ---- units ---------------------------------------------------------------------------------

    /// <summary>One-word units after a figure, with the factor into the canonical unit of their dimension.</summary>
    public FrozenDictionary<string, UnitInfo> Units { get; }

    public static readonly UnitInfo MetreUnit = new("m", 1, UnitDimension.Length);
    public static readonly UnitInfo Percent = new("percent", 1, UnitDimension.Percent);
    public static readonly UnitInfo PercentagePoint = new("percentage_point", 1, UnitDimension.Percent);
    public static readonly UnitInfo Celsius = new("c", 1, UnitDimension.Temperature);
    public static readonly UnitInfo KmPerHour = new("km/h", 1, UnitDimension.Speed);
    public static readonly UnitInfo Magnitude = new("magnitude", 1, UnitDimension.Magnitude);
    public static readonly UnitInfo HourUnit = new("hour", 1, UnitDimension.Duration);

    /// <summary>Currency words after a figure ("2.5 billion dollars") and upper-case codes before or after it.</summary>
    public FrozenDictionary<string, string> CurrencyWords { get; }

    /// <summary>Currency symbols before a figure; a letter prefix glued to "$" names the dollar ("US$", "A$").</summary>
    public static readonly FrozenDictionary<string, string> CurrencySymbols = new Dictionary<string, string>
    {
        ["$"] = "usd", ["€"] = "eur", ["£"] = "gbp", ["¥"] = "jpy", ["₴"] = "uah", ["₽"] = "rub", ["₹"] = "inr", ["₩"] = "krw",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>
    {
        ["US"] = "usd", ["U.S."] = "usd", ["A"] = "aud", ["AU"] = "aud", ["C"] = "cad", ["CA"] = "cad", ["HK"] = "hkd",
        ["NZ"] = "nzd", ["S"] = "sgd",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // ---- what figures count --------------------------------------------------------------------

    /// <summary>
    /// Counted nouns. One class per group of synonyms, so that "40 warplanes" and "more than 40 military
    /// aircraft" state the same fact.
    /// </summary>
    public FrozenDictionary<string, NounEntry> CountNouns { get; }

    /// <summary>Modifiers that turn people into the dead: "6,000 fallen troops".</summary>
    public WordSet DeadModifiers { get; }

    /// <summary>Modifiers that make "vehicles" drones: "unmanned aerial vehicles".</summary>
    public WordSet DroneModifiers { get; }

    /// <summary>Words that give people their role, before the figure ("killing three") or after it ("were killed").</summary>
    public FrozenDictionary<string, string> RoleCues { get; }

    /// <summary>Words that may sit between a counted noun and its role: "were also reportedly killed".</summary>
    public WordSet RoleChain { get; }

    /// <summary>Words that end the look-back for a role cue: a reporting verb opens another clause.</summary>
    public WordSet CueBarriers { get; }

    public WordSet TransferCues { get; }

    public WordSet ExchangeCues { get; }

    public WordSet ReleaseCues { get; }

    public WordSet SubsetMarkers { get; }

    /// <summary>Function words: a counted noun never runs past one of these.</summary>
    public WordSet StopWords { get; }

    /// <summary>Words that may modify a counted noun although they are stop words: "three more people", "20 other people".</summary>
    public WordSet CountModifiers { get; }

    /// <summary>Words before a figure that make it a population: "a population of 250,000", "home to 3 million".</summary>
    public WordSet PopulationCues { get; }

    /// <summary>"a city of 40,000": a place followed by a bare figure gives its population.</summary>
    public WordSet PlaceNouns { get; }

    // ---- words that name a figure's fact -------------------------------------------------------

    /// <summary>Role verbs that take no object: "died" after a figure never looks back for a victim.</summary>
    public WordSet Intransitive { get; }

    /// <summary>Words that make a length a depth.</summary>
    public WordSet DepthWords { get; }

    /// <summary>Words that make a length a height.</summary>
    public WordSet HeightWords { get; }

    /// <summary>Words that make a length rainfall: "50mm of rain".</summary>
    public WordSet RainWords { get; }

    /// <summary>Words that make a length snowfall.</summary>
    public WordSet SnowWords { get; }

    /// <summary>Words that make a speed the wind's.</summary>
    public WordSet WindWords { get; }

    // ---- span lookups --------------------------------------------------------------------------

    public FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> NumberWordsBySpan { get; }
    public FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> MultipliersBySpan { get; }
    public FrozenDictionary<string, UnitInfo>.AlternateLookup<ReadOnlySpan<char>> UnitsBySpan { get; }
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWordsBySpan { get; }
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencySymbolsBySpan =
        CurrencySymbols.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarPrefixesBySpan =
        DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    public FrozenDictionary<string, NounEntry>.AlternateLookup<ReadOnlySpan<char>> CountNounsBySpan { get; }
    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RoleCuesBySpan { get; }
}

internal static class WordSetExtensions
{
    public static bool In(this WordSet set, ReadOnlySpan<char> word) => set.Contains(word);
}
