using System.Collections.Frozen;
using Crosscheck.Model;

namespace Crosscheck.Extract.Quantities;

internal enum NumberWordKind : byte { Unit, Ten, Hundred, Scale, Dozen }

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
/// The general-purpose English word lists the quantity stage reads. All lookups are case-insensitive
/// and work on spans, so that scanning a sentence allocates no strings.
/// </summary>
internal static class Lexicon
{
    private static FrozenDictionary<string, T> Dict<T>(IEnumerable<KeyValuePair<string, T>> pairs) =>
        pairs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static WordSet Set(params string[] words) => new(words);

    private static IEnumerable<KeyValuePair<string, T>> Each<T>(T value, params string[] words) =>
        words.Select(w => new KeyValuePair<string, T>(w, value));

    // ---- numbers -------------------------------------------------------------------------------

    public static readonly FrozenDictionary<string, NumberWord> NumberWords = Dict(new Dictionary<string, NumberWord>
    {
        ["zero"] = new(0, NumberWordKind.Unit), ["one"] = new(1, NumberWordKind.Unit), ["two"] = new(2, NumberWordKind.Unit),
        ["three"] = new(3, NumberWordKind.Unit), ["four"] = new(4, NumberWordKind.Unit), ["five"] = new(5, NumberWordKind.Unit),
        ["six"] = new(6, NumberWordKind.Unit), ["seven"] = new(7, NumberWordKind.Unit), ["eight"] = new(8, NumberWordKind.Unit),
        ["nine"] = new(9, NumberWordKind.Unit), ["ten"] = new(10, NumberWordKind.Unit), ["eleven"] = new(11, NumberWordKind.Unit),
        ["twelve"] = new(12, NumberWordKind.Unit), ["thirteen"] = new(13, NumberWordKind.Unit), ["fourteen"] = new(14, NumberWordKind.Unit),
        ["fifteen"] = new(15, NumberWordKind.Unit), ["sixteen"] = new(16, NumberWordKind.Unit), ["seventeen"] = new(17, NumberWordKind.Unit),
        ["eighteen"] = new(18, NumberWordKind.Unit), ["nineteen"] = new(19, NumberWordKind.Unit),
        ["twenty"] = new(20, NumberWordKind.Ten), ["thirty"] = new(30, NumberWordKind.Ten), ["forty"] = new(40, NumberWordKind.Ten),
        ["fifty"] = new(50, NumberWordKind.Ten), ["sixty"] = new(60, NumberWordKind.Ten), ["seventy"] = new(70, NumberWordKind.Ten),
        ["eighty"] = new(80, NumberWordKind.Ten), ["ninety"] = new(90, NumberWordKind.Ten),
        ["hundred"] = new(100, NumberWordKind.Hundred),
        ["thousand"] = new(1e3, NumberWordKind.Scale), ["million"] = new(1e6, NumberWordKind.Scale),
        ["billion"] = new(1e9, NumberWordKind.Scale), ["trillion"] = new(1e12, NumberWordKind.Scale),
        ["dozen"] = new(12, NumberWordKind.Dozen),
    });

    /// <summary>Scale words after digits: "1.2 million", "$2.5bn", "5k". "m" is decided by context (million or metres).</summary>
    public static readonly FrozenDictionary<string, double> Multipliers = Dict(new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["billion"] = 1e9, ["bn"] = 1e9,
        ["trillion"] = 1e12, ["tn"] = 1e12, ["trn"] = 1e12, ["lakh"] = 1e5, ["crore"] = 1e7,
    });

    public static readonly WordSet Months = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /// <summary>Words after which a number names a thing rather than counts: "Article 5", "Flight 17", "Category 4".</summary>
    public static readonly WordSet DesignationWords = Set(
        "article", "flight", "route", "highway", "resolution", "category", "level", "phase", "stage", "gate", "terminal", "room",
        "chapter", "section", "page", "volume", "vol", "episode", "season", "grade", "class", "type", "model", "series",
        "platform", "number", "version", "v", "paragraph", "clause", "tram", "channel", "ward", "apartment", "building",
        "floor", "code", "tier", "game", "match", "covid");

    /// <summary>Words after which four digits are a year even when a counted noun follows: "in 2014 protesters...".</summary>
    public static readonly WordSet YearPrepositions = Set(
        "in", "since", "until", "till", "by", "during", "before", "after", "from", "of", "early", "late", "mid", "spring",
        "summer", "autumn", "fall", "winter", "year", "circa", "between", "through", "throughout");

    /// <summary>Words that make a figure a time of day.</summary>
    public static readonly WordSet TimeSuffixes = Set("am", "pm", "a.m", "p.m", "a.m.", "p.m.", "gmt", "utc", "cet", "cest", "est", "edt", "pst", "bst", "hrs", "o'clock", "o\u2019clock");

    // ---- qualifiers ----------------------------------------------------------------------------

    /// <summary>Qualifier phrases before a figure, longest first so "no more than" wins over "more than".</summary>
    public static readonly (string[] Words, Qualifier Qualifier)[] Qualifiers = new (string, Qualifier)[]
    {
        ("at least", Qualifier.AtLeast), ("no fewer than", Qualifier.AtLeast), ("no less than", Qualifier.AtLeast),
        ("not less than", Qualifier.AtLeast), ("not fewer than", Qualifier.AtLeast), ("a minimum of", Qualifier.AtLeast),
        ("as few as", Qualifier.AtLeast),
        ("more than", Qualifier.MoreThan), ("over", Qualifier.MoreThan), ("upwards of", Qualifier.MoreThan),
        ("upward of", Qualifier.MoreThan), ("in excess of", Qualifier.MoreThan), ("above", Qualifier.MoreThan),
        ("just over", Qualifier.MoreThan), ("well over", Qualifier.MoreThan), ("well above", Qualifier.MoreThan),
        ("up to", Qualifier.AtMost), ("at most", Qualifier.AtMost), ("no more than", Qualifier.AtMost),
        ("not more than", Qualifier.AtMost), ("a maximum of", Qualifier.AtMost), ("as many as", Qualifier.AtMost),
        ("as much as", Qualifier.AtMost),
        ("less than", Qualifier.LessThan), ("fewer than", Qualifier.LessThan), ("under", Qualifier.LessThan),
        ("below", Qualifier.LessThan), ("just under", Qualifier.LessThan), ("just below", Qualifier.LessThan),
        ("about", Qualifier.About), ("around", Qualifier.About), ("some", Qualifier.About), ("roughly", Qualifier.About),
        ("approximately", Qualifier.About), ("approx", Qualifier.About), ("nearly", Qualifier.About), ("almost", Qualifier.About),
        ("close to", Qualifier.About), ("an estimated", Qualifier.About), ("estimated", Qualifier.About), ("circa", Qualifier.About),
        ("just about", Qualifier.About), ("an approximate", Qualifier.About), ("~", Qualifier.About),
    }
    .Select(q => (q.Item1.Split(' '), q.Item2))
    .OrderByDescending(q => q.Item1.Length)
    .ToArray();

    // ---- units ---------------------------------------------------------------------------------

    private static readonly UnitInfo Km = new("km", 1, UnitDimension.Length);
    private static readonly UnitInfo Metre = new("m", 1, UnitDimension.Length);
    private static readonly UnitInfo Mm = new("mm", 1, UnitDimension.Length);

    /// <summary>One-word units after a figure, with the factor into the canonical unit of their dimension.</summary>
    public static readonly FrozenDictionary<string, UnitInfo> Units = Dict(
        Each(Km, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
        .Concat(Each(new UnitInfo("km", 1.609344, UnitDimension.Length), "mile", "miles", "mi"))
        .Concat(Each(Metre, "metre", "metres", "meter", "meters"))
        .Concat(Each(new UnitInfo("m", 0.3048, UnitDimension.Length), "foot", "feet", "ft"))
        .Concat(Each(new UnitInfo("m", 0.9144, UnitDimension.Length), "yard", "yards"))
        .Concat(Each(Mm, "mm", "millimetre", "millimetres", "millimeter", "millimeters"))
        .Concat(Each(new UnitInfo("mm", 10, UnitDimension.Length), "cm", "centimetre", "centimetres", "centimeter", "centimeters"))
        .Concat(Each(new UnitInfo("mm", 25.4, UnitDimension.Length), "inch", "inches"))
        .Concat(Each(new UnitInfo("km2", 1, UnitDimension.Area), "km2", "km²", "sqkm"))
        .Concat(Each(new UnitInfo("km2", 0.01, UnitDimension.Area), "hectare", "hectares", "ha"))
        .Concat(Each(new UnitInfo("km2", 0.004046856, UnitDimension.Area), "acre", "acres"))
        .Concat(Each(new UnitInfo("l", 1, UnitDimension.Volume), "litre", "litres", "liter", "liters"))
        .Concat(Each(new UnitInfo("l", 3.785411784, UnitDimension.Volume), "gallon", "gallons"))
        .Concat(Each(new UnitInfo("m3", 1, UnitDimension.Volume), "m3", "m³"))
        .Concat(Each(new UnitInfo("bbl", 1, UnitDimension.Volume), "barrel", "barrels", "bbl"))
        .Concat(Each(new UnitInfo("t", 1, UnitDimension.Mass), "tonne", "tonnes", "ton", "tons"))
        .Concat(Each(new UnitInfo("kg", 1, UnitDimension.Mass), "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"))
        .Concat(Each(new UnitInfo("kg", 0.45359237, UnitDimension.Mass), "lb", "lbs"))
        .Concat(Each(new UnitInfo("percent", 1, UnitDimension.Percent), "percent", "pct"))
        .Concat(Each(new UnitInfo("second", 1, UnitDimension.Duration), "second", "seconds", "sec", "secs"))
        .Concat(Each(new UnitInfo("minute", 1, UnitDimension.Duration), "minute", "minutes", "min", "mins"))
        .Concat(Each(new UnitInfo("hour", 1, UnitDimension.Duration), "hour", "hours", "hr", "hrs"))
        .Concat(Each(new UnitInfo("day", 1, UnitDimension.Duration), "day", "days"))
        .Concat(Each(new UnitInfo("week", 1, UnitDimension.Duration), "week", "weeks"))
        .Concat(Each(new UnitInfo("month", 1, UnitDimension.Duration), "month", "months"))
        .Concat(Each(new UnitInfo("year", 1, UnitDimension.Duration), "year", "years", "yr", "yrs"))
        .Concat(Each(new UnitInfo("year", 10, UnitDimension.Duration), "decade", "decades"))
        .Concat(Each(new UnitInfo("c", 1, UnitDimension.Temperature), "celsius", "centigrade"))
        .Concat(Each(new UnitInfo("km/h", 1, UnitDimension.Speed), "kph", "kmh"))
        .Concat(Each(new UnitInfo("km/h", 1.609344, UnitDimension.Speed), "mph"))
        .Concat(Each(new UnitInfo("magnitude", 1, UnitDimension.Magnitude), "magnitude")));

    public static readonly UnitInfo MetreUnit = Metre;
    public static readonly UnitInfo Percent = new("percent", 1, UnitDimension.Percent);
    public static readonly UnitInfo PercentagePoint = new("percentage_point", 1, UnitDimension.Percent);
    public static readonly UnitInfo Celsius = new("c", 1, UnitDimension.Temperature);
    public static readonly UnitInfo KmPerHour = new("km/h", 1, UnitDimension.Speed);
    public static readonly UnitInfo Magnitude = new("magnitude", 1, UnitDimension.Magnitude);
    public static readonly UnitInfo HourUnit = new("hour", 1, UnitDimension.Duration);

    /// <summary>Currency words after a figure ("2.5 billion dollars") and upper-case codes before or after it.</summary>
    public static readonly FrozenDictionary<string, string> CurrencyWords = Dict(
        Each("usd", "dollar", "dollars", "usd")
        .Concat(Each("eur", "euro", "euros", "eur"))
        .Concat(Each("gbp", "pound", "pounds", "sterling", "gbp"))
        .Concat(Each("uah", "hryvnia", "hryvnias", "hryvnia", "hryvnyas", "uah"))
        .Concat(Each("rub", "rouble", "roubles", "ruble", "rubles", "rub"))
        .Concat(Each("cny", "yuan", "renminbi", "cny", "rmb"))
        .Concat(Each("jpy", "yen", "jpy"))
        .Concat(Each("inr", "rupee", "rupees", "inr"))
        .Concat(Each("chf", "franc", "francs", "chf"))
        .Concat(Each("pln", "zloty", "zlotys", "pln"))
        .Concat(Each("try", "lira", "liras"))
        .Concat(Each("aud", "aud"))
        .Concat(Each("cad", "cad")));

    /// <summary>Currency symbols before a figure; a letter prefix glued to "$" names the dollar ("US$", "A$").</summary>
    public static readonly FrozenDictionary<string, string> CurrencySymbols = Dict(new Dictionary<string, string>
    {
        ["$"] = "usd", ["€"] = "eur", ["£"] = "gbp", ["¥"] = "jpy", ["₴"] = "uah", ["₽"] = "rub", ["₹"] = "inr", ["₩"] = "krw",
    });

    public static readonly FrozenDictionary<string, string> DollarPrefixes = Dict(new Dictionary<string, string>
    {
        ["US"] = "usd", ["U.S."] = "usd", ["A"] = "aud", ["AU"] = "aud", ["C"] = "cad", ["CA"] = "cad", ["HK"] = "hkd",
        ["NZ"] = "nzd", ["S"] = "sgd",
    });

    // ---- what figures count --------------------------------------------------------------------

    private static IEnumerable<KeyValuePair<string, NounEntry>> Nouns(NounKind kind, string? cls, params string[] words) =>
        Each(new NounEntry(kind, cls), words);

    /// <summary>
    /// Counted nouns. One class per group of synonyms, so that "40 warplanes" and "more than 40 military
    /// aircraft" state the same fact. People nouns carry a class only when the group is a fact by itself
    /// (troops, passengers); generic people (people, civilians, children) take their fact from the sentence.
    /// </summary>
    public static readonly FrozenDictionary<string, NounEntry> CountNouns = Dict(
        Nouns(NounKind.Person, null, "people", "persons", "person", "civilians", "civilian", "residents", "resident", "inhabitants",
            "children", "child", "kids", "adults", "adult", "women", "woman", "men", "man", "girls", "girl", "boys", "boy",
            "victims", "victim", "individuals", "others", "citizens", "nationals", "villagers", "tourists", "infants", "babies",
            "baby", "teenagers", "teenager", "minors", "pedestrians", "families", "foreigners", "elderly", "locals", "fans",
            "worshippers", "pilgrims", "guests", "visitors", "occupants", "motorists", "drivers", "spectators", "relatives",
            "colleagues", "comrades", "members", "friends", "neighbours", "neighbors", "survivors", "hikers", "climbers")
        .Concat(Nouns(NounKind.Person, "troops", "soldiers", "soldier", "troops", "servicemen", "serviceman", "servicemembers",
            "personnel", "marines", "paratroopers", "conscripts", "recruits", "reservists", "sailors"))
        .Concat(Nouns(NounKind.Person, "militants", "militants", "fighters", "insurgents", "rebels", "gunmen", "jihadists", "combatants"))
        .Concat(Nouns(NounKind.Person, "passengers", "passengers", "passenger"))
        .Concat(Nouns(NounKind.Person, "crew", "crew", "crewmembers"))
        .Concat(Nouns(NounKind.Person, "hostages", "hostages", "hostage"))
        .Concat(Nouns(NounKind.Person, "migrants", "migrants", "migrant", "asylum-seekers"))
        .Concat(Nouns(NounKind.Person, "refugees", "refugees", "refugee"))
        .Concat(Nouns(NounKind.Person, null, "workers", "worker", "employees", "employee", "staff", "miners"))
        .Concat(Nouns(NounKind.Person, "police", "police", "policemen", "policeman", "officers", "officer", "policewomen"))
        .Concat(Nouns(NounKind.Person, "rescuers", "rescuers", "firefighters", "firefighter", "lifeguards", "medics", "paramedics"))
        .Concat(Nouns(NounKind.Person, "protesters", "protesters", "protestors", "demonstrators", "marchers", "rioters"))
        .Concat(Nouns(NounKind.Person, null, "students", "student", "pupils", "schoolchildren"))
        .Concat(Nouns(NounKind.Person, null, "patients", "patient"))
        .Concat(Nouns(NounKind.Person, null, "journalists", "journalist", "reporters"))
        .Concat(Nouns(NounKind.Person, "suspects", "suspects", "suspect"))
        .Concat(Nouns(NounKind.Person, "voters", "voters", "electors"))
        .Concat(Nouns(NounKind.Prisoners, "prisoners", "prisoners", "prisoner", "pows", "pow", "captives", "captive", "detainees",
            "detainee", "inmates", "inmate", "pow's"))
        .Concat(Nouns(NounKind.Bodies, "bodies", "bodies", "body", "remains", "corpses"))
        .Concat(Nouns(NounKind.Lives, null, "lives", "life"))
        .Concat(Nouns(NounKind.Role, "killed", "dead", "killed", "deaths", "death", "fatalities", "fatality"))
        .Concat(Nouns(NounKind.Role, "injured", "injured", "wounded", "hurt", "injuries"))
        .Concat(Nouns(NounKind.Role, "missing", "missing"))
        .Concat(Nouns(NounKind.Role, "displaced", "displaced", "homeless"))
        .Concat(Nouns(NounKind.Role, "evacuated", "evacuated", "evacuees"))
        .Concat(Nouns(NounKind.Role, "arrested", "arrested", "detained", "arrests"))
        .Concat(Nouns(NounKind.Role, "rescued", "rescued"))
        .Concat(Nouns(NounKind.Role, "casualties", "casualties", "casualty"))
        .Concat(Nouns(NounKind.Object, "aircraft", "aircraft", "aircrafts", "plane", "planes", "airplane", "airplanes", "aeroplane",
            "aeroplanes", "warplane", "warplanes", "jet", "jets", "bomber", "bombers", "helicopter", "helicopters", "chopper",
            "choppers", "airliner", "airliners", "airframes"))
        .Concat(Nouns(NounKind.Object, "drones", "drone", "drones", "uav", "uavs", "quadcopters"))
        .Concat(Nouns(NounKind.Object, "missiles", "missile", "missiles", "rocket", "rockets", "projectiles"))
        .Concat(Nouns(NounKind.Object, "shells", "shell", "shells", "mortars"))
        .Concat(Nouns(NounKind.Object, "bombs", "bomb", "bombs"))
        .Concat(Nouns(NounKind.Object, "tanks", "tank", "tanks"))
        .Concat(Nouns(NounKind.Object, "vehicles", "vehicle", "vehicles", "car", "cars", "truck", "trucks", "lorry", "lorries",
            "bus", "buses", "van", "vans"))
        .Concat(Nouns(NounKind.Object, "vessels", "ship", "ships", "vessel", "vessels", "boat", "boats", "warships"))
        .Concat(Nouns(NounKind.Object, "houses", "house", "houses", "home", "homes", "dwellings", "cottages"))
        .Concat(Nouns(NounKind.Object, "buildings", "building", "buildings", "structures", "high-rises", "skyscrapers"))
        .Concat(Nouns(NounKind.Object, "apartments", "apartment", "apartments", "flats"))
        .Concat(Nouns(NounKind.Object, "settlements", "village", "villages", "town", "towns", "settlement", "settlements", "hamlets", "communities"))
        .Concat(Nouns(NounKind.Object, "schools", "school", "schools"))
        .Concat(Nouns(NounKind.Object, "hospitals", "hospital", "hospitals", "clinics"))
        .Concat(Nouns(NounKind.Object, "bridges", "bridge", "bridges"))
        .Concat(Nouns(NounKind.Object, "flights", "flight", "flights"))
        .Concat(Nouns(NounKind.Object, "trains", "train", "trains"))
        .Concat(Nouns(NounKind.Object, "jobs", "job", "jobs"))
        .Concat(Nouns(NounKind.Object, "cases", "cases", "infections"))
        .Concat(Nouns(NounKind.Object, "votes", "votes"))
        .Concat(Nouns(NounKind.Object, "seats", "seats"))
        .Concat(Nouns(NounKind.Object, "shares", "shares"))
        .Concat(Nouns(NounKind.Object, "animals", "animals", "livestock", "cattle", "sheep", "cows", "pigs", "poultry"))
        .Concat(Nouns(NounKind.Object, "aftershocks", "aftershock", "aftershocks", "tremors"))
        .Concat(Nouns(NounKind.Object, "households", "household", "households"))
        .Concat(Nouns(NounKind.Object, "customers", "customers", "subscribers"))
        .Concat(Nouns(NounKind.Object, "attacks", "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raids"))
        .Concat(Nouns(NounKind.Object, "explosions", "explosion", "explosions", "blasts"))
        .Concat(Nouns(NounKind.Object, "fires", "fires", "wildfires", "blazes"))
        .Concat(Nouns(NounKind.Object, "landslides", "landslides", "mudslides")));

    /// <summary>Modifiers that turn people into the dead: "6,000 fallen troops".</summary>
    public static readonly WordSet DeadModifiers = Set("fallen", "dead", "deceased", "slain");

    /// <summary>Modifiers that make "vehicles" drones: "unmanned aerial vehicles".</summary>
    public static readonly WordSet DroneModifiers = Set("unmanned", "aerial", "pilotless");

    /// <summary>
    /// Words that give people their role, whether before the figure ("killing three", "the toll rose to")
    /// or after it ("were killed", "have been confirmed dead").
    /// </summary>
    public static readonly FrozenDictionary<string, string> RoleCues = Dict(
        Each("killed", "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "dying", "death", "deaths", "toll",
            "fatalities", "perished", "slain", "drowned", "murdered", "massacred")
        .Concat(Each("injured", "injured", "injure", "injures", "injuring", "injuries", "injury", "wounded", "wound", "wounds",
            "wounding", "hurt", "hurting", "hospitalised", "hospitalized", "hospitalising", "hospitalizing"))
        .Concat(Each("missing", "missing", "unaccounted"))
        .Concat(Each("evacuated", "evacuated", "evacuate", "evacuates", "evacuating", "evacuation", "relocated", "relocate", "relocating"))
        .Concat(Each("displaced", "displaced", "displace", "displacing", "displacement", "homeless", "fled", "flee", "fleeing",
            "flees", "uprooted"))
        .Concat(Each("arrested", "arrested", "arrest", "arrests", "arresting", "detained", "detain", "detaining", "detention",
            "apprehended", "custody"))
        .Concat(Each("rescued", "rescued", "rescue", "rescuing", "saved"))
        .Concat(Each("affected", "affected", "affecting", "affects", "impacted"))
        .Concat(Each("abducted", "abducted", "abducting", "kidnapped", "kidnapping", "abduction"))
        // Crowd sizes: "100,000 people joined the rally", "estimated the crowd at 140,000".
        .Concat(Each("participants", "joined", "attended", "rallied", "marched", "gathered", "crowd", "turnout")));

    /// <summary>Words that may sit between a counted noun and its role: "were also reportedly killed".</summary>
    public static readonly WordSet RoleChain = Set(
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "also", "all", "reportedly", "reported",
        "confirmed", "later", "officially", "allegedly", "believed", "feared", "thought", "presumed", "to", "still", "now",
        "remain", "remained", "remains", "left", "initially", "subsequently", "either", "both", "seriously", "critically",
        "slightly", "badly", "severely", "lightly", "mortally", "fatally", "so", "far", "got", "either", "since", "been", "then",
        "later", "forced", "say", "said", "declared", "found", "taken", "who", "that", "which");

    /// <summary>Words that end the look-back for a role cue: a reporting verb opens another clause.</summary>
    public static readonly WordSet CueBarriers = Set("said", "says", "told", "reported", "announced", "added", "stated", "according");

    public static readonly WordSet TransferCues = Set(
        "transfer", "transferred", "transferring", "transfers", "hand", "handed", "handing", "return", "returned", "returning",
        "repatriate", "repatriated", "repatriating", "repatriation", "exchange", "exchanged", "exchanging", "swap", "swapped");

    public static readonly WordSet ExchangeCues = Set(
        "exchange", "exchanged", "exchanging", "exchanges", "swap", "swapped", "swapping", "swaps", "trade", "traded");

    public static readonly WordSet ReleaseCues = Set("released", "release", "releasing", "freed", "free", "freeing");

    public static readonly WordSet SubsetMarkers = Set("including", "includes", "included", "incl");

    /// <summary>Function words: a counted noun never runs past one of these.</summary>
    public static readonly WordSet StopWords = Set(
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "from", "by", "for", "with", "without",
        "into", "onto", "over", "under", "about", "after", "before", "during", "since", "until", "as", "than", "that", "which",
        "who", "whom", "whose", "this", "these", "those", "it", "its", "they", "them", "their", "he", "she", "his", "her", "we",
        "our", "you", "your", "i", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "do", "did", "does",
        "will", "would", "could", "should", "may", "might", "must", "can", "shall", "said", "says", "say", "told", "according",
        "also", "not", "no", "each", "per", "while", "when", "where", "if", "so", "then", "there", "here", "out", "up", "down",
        "off", "across", "near", "around", "among", "between", "against", "through", "within", "amid", "including", "plus",
        "all", "both", "every", "only", "just", "still", "now", "ago", "later", "earlier", "yesterday", "today", "tonight",
        "last", "next", "away", "apart", "times", "percent", "per", "or", "more", "less", "fewer", "like", "too", "very", "via",
        "since", "across", "toward", "towards", "behind", "beyond", "inside", "outside", "along", "upon");

    /// <summary>Words that may modify a counted noun although they are stop words: "three more people", "20 other people".</summary>
    public static readonly WordSet CountModifiers = Set("more", "other", "additional", "further", "extra", "further", "new");

    /// <summary>Words before a figure that make it a population: "a population of 250,000", "home to 3 million".</summary>
    public static readonly WordSet PopulationCues = Set("population", "populations", "inhabited");

    /// <summary>"a city of 40,000": a place followed by a bare figure gives its population.</summary>
    public static readonly WordSet PlaceNouns = Set("city", "town", "village", "country", "nation", "region", "province", "island", "municipality", "district");

    // ---- span lookups --------------------------------------------------------------------------

    public static readonly FrozenDictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> NumberWordsBySpan =
        NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> MultipliersBySpan =
        Multipliers.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, UnitInfo>.AlternateLookup<ReadOnlySpan<char>> UnitsBySpan =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWordsBySpan =
        CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencySymbolsBySpan =
        CurrencySymbols.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarPrefixesBySpan =
        DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, NounEntry>.AlternateLookup<ReadOnlySpan<char>> CountNounsBySpan =
        CountNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> RoleCuesBySpan =
        RoleCues.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool In(this WordSet set, ReadOnlySpan<char> word) => set.Contains(word);
}

/// <summary>A case-insensitive word list looked up by span, so that a lookup allocates nothing.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words) =>
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
