namespace Crosscheck.Extract.Entities;

/// <summary>
/// The closed word lists that type a capitalised name by its neighbours. General English news usage,
/// all lower case; matched against the lower-cased token.
/// </summary>
internal static class Cues
{
    /// <summary>Titles and roles written before a person's name ("President", "regional governor", "Dr").</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "secretary-general",
        "foreign", "defence", "defense", "interior", "finance", "health", "economy", "energy", "justice",
        "deputy", "acting", "former", "ex", "late", "incoming", "outgoing", "president-elect",
        "governor", "gov", "mayor", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
        "senator", "sen", "rep", "representative", "congressman", "congresswoman", "lawmaker", "mp", "speaker",
        "king", "queen", "prince", "princess", "emperor", "pope", "sheikh", "emir", "sultan", "ayatollah", "imam",
        "judge", "prosecutor", "attorney", "lawyer", "dr", "doctor", "prof", "professor",
        "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "rev", "reverend", "father", "archbishop",
        "bishop", "cardinal", "patriarch", "rabbi",
        "general", "gen", "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant",
        "sgt", "corporal", "cpl", "private", "admiral", "adm", "marshal", "brigadier", "commander", "cmdr",
        "chief", "head", "leader", "director", "chairman", "chairwoman", "chair", "ceo", "founder",
        "commissioner", "inspector", "superintendent", "officer", "official", "analyst", "expert",
        "correspondent", "reporter", "journalist", "photographer", "editor", "columnist", "activist",
        "regional", "military", "opposition", "presidential", "state", "national", "top", "senior",
        "coach", "striker", "manager", "player", "singer", "actor", "actress", "author", "economist", "scientist",
    };

    /// <summary>
    /// Titles that make a person by themselves; the rest ("regional", "foreign", "chief") only
    /// qualify one of these. Used for the apposition cue "X, the regional governor,".
    /// </summary>
    public static readonly HashSet<string> HeadTitles = new(StringComparer.Ordinal)
    {
        "president", "minister", "premier", "chancellor", "secretary", "secretary-general", "governor", "mayor",
        "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "senator", "congressman",
        "congresswoman", "lawmaker", "mp", "speaker", "king", "queen", "prince", "princess", "pope", "judge",
        "prosecutor", "attorney", "lawyer", "doctor", "professor", "general", "colonel", "lieutenant", "major",
        "captain", "sergeant", "admiral", "commander", "chief", "head", "leader", "director", "chairman",
        "chairwoman", "ceo", "cfo", "coo", "founder", "commissioner", "officer", "official", "analyst", "expert",
        "correspondent", "reporter", "journalist", "photographer", "editor", "activist", "resident", "witness",
        "survivor", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "farmer",
        "teacher", "student", "driver", "nurse", "engineer", "economist", "scientist", "researcher", "author",
        "member", "deputy", "aide", "adviser", "advisor", "negotiator", "mediator", "owner", "worker",
        "coach", "manager", "player", "singer", "actor", "actress", "man", "woman", "boy", "girl",
    };

    /// <summary>Honorifics that may be followed by a dot: "Dr. Smith", "Gen. Petrov".</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "cpl", "adm", "gov", "sen", "rep", "rev", "cmdr", "st",
    };

    /// <summary>Words that make a capitalised sequence an organisation wherever they stand in it.</summary>
    public static readonly HashSet<string> OrgHeads = new(StringComparer.Ordinal)
    {
        "ministry", "council", "agency", "service", "services", "army", "party", "company", "inc", "ltd", "llc",
        "plc", "corp", "corporation", "co", "group", "bank", "university", "committee", "commission", "court",
        "parliament", "police", "forces", "force", "navy", "department", "office", "institute", "foundation",
        "association", "union", "federation", "front", "movement", "authority", "authorities", "administration",
        "assembly", "guard", "guards", "brigade", "battalion", "regiment", "corps", "directorate", "bureau",
        "church", "hospital", "school", "college", "academy", "airlines", "airways", "airport", "news", "times",
        "post", "press", "television", "tv", "radio", "network", "fund", "organization", "organisation",
        "club", "fc", "exchange", "cabinet", "senate", "congress", "government", "command", "coalition",
        "alliance", "board", "centre", "center", "programme", "program", "mission", "embassy", "consulate",
        "prosecutor's", "tribunal", "society", "league", "industries", "holdings", "systems", "technologies",
        "motors", "airline", "railways", "railway", "brigades", "division", "fleet",
        "troops", "secretariat", "presidency", "chamber", "duma", "council's", "observatory", "monitor",
        "daily", "journal", "herald", "tribune", "gazette", "telegraph", "guardian",
    };

    /// <summary>Words after a name that make it a region or district: "Lviv region", "Kursk Oblast".</summary>
    public static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal)
    {
        "region", "oblast", "province", "governorate", "district", "county", "prefecture", "krai", "raion",
        "municipality", "area", "community", "hromada", "city", "town", "village", "settlement", "state",
    };

    /// <summary>Last words of company names: "Norvik Foods", "Halden Dairy", "Acme Holdings".</summary>
    public static readonly HashSet<string> CompanyHeads = new(StringComparer.Ordinal)
    {
        "foods", "food", "dairy", "motors", "motor", "airlines", "airline", "airways", "energy", "oil", "gas", "petroleum",
        "pharma", "pharmaceuticals", "holdings", "holding", "industries", "technologies", "technology", "tech", "systems",
        "capital", "partners", "bank", "bancorp", "financial", "insurance", "telecom", "communications", "media",
        "entertainment", "steel", "mining", "minerals", "chemicals", "chemical", "logistics", "shipping", "brands",
        "electric", "electronics", "semiconductor", "software", "labs", "biotech", "therapeutics", "foods", "beverages",
        "brewery", "breweries", "motors", "automotive", "aerospace", "resources", "investments", "ventures", "retail",
        "stores", "markets", "enterprises", "solutions", "networks", "agrochem", "agro", "cement", "textiles", "power",
    };

    /// <summary>Nouns after "the X" that make X a company or institution: "the Acme plant", "the Acme board".</summary>
    public static readonly HashSet<string> CompanyNouns = new(StringComparer.Ordinal)
    {
        "plant", "factory", "mine", "refinery", "company", "group", "board", "headquarters", "shares", "stake", "brand",
        "chief", "spokesman", "spokeswoman", "spokesperson", "employees", "workers", "site", "facility", "facilities",
        "subsidiary", "store", "stores", "warehouse", "smelter", "mill", "shipyard", "owner", "founder", "deal", "merger",
    };

    /// <summary>Nouns before "of" that make the following name a place: "the fall of X", "the outskirts of X".</summary>
    public static readonly HashSet<string> LocativeOf = new(StringComparer.Ordinal)
    {
        "fall", "capture", "control", "outskirts", "siege", "liberation", "residents", "streets", "north", "south",
        "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
        "south-west", "heart", "edge", "shelling", "bombing", "evacuation", "people", "inhabitants", "mayor", "governor",
    };

    /// <summary>Words right before a name that make it a place: "city of X", "village of X", "port of X".</summary>
    public static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "city", "town", "village", "settlement", "port", "capital", "region", "province", "oblast", "district",
        "county", "suburb", "hamlet", "community", "municipality", "island", "islands", "outskirts", "centre",
        "center", "state", "republic", "country", "area",
    };

    /// <summary>Prepositions that make a known gazetteer name a place even when it is small.</summary>
    public static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "near", "outside", "from", "at", "into", "toward", "towards", "across", "around", "between",
        "via", "to", "over", "on", "through", "within", "off", "nearby", "hit", "struck", "shelled",
    };

    /// <summary>Speech and reporting verbs after a name that make it a speaker.</summary>
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "noted", "explained",
        "warned", "claimed", "insisted", "argued", "asked", "replied", "recalled", "admitted", "announced",
        "tweeted", "posted", "confirmed", "denied", "urged", "stressed", "emphasised", "emphasized", "thinks",
        "believes", "called", "described", "accused", "criticised", "criticized", "praised",
    };

    /// <summary>Name particles that may stand lower-case inside a name: "Osama bin Laden", "Ursula von der Leyen".</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "bin", "bint", "ibn", "al", "el", "de", "da", "di", "del", "della", "der", "den", "van", "von", "du",
        "la", "le", "dos", "das", "do", "ben", "abu", "ter", "zu", "y",
    };

    /// <summary>Capitalised words that never belong to a name and split a run of capitals.</summary>
    public static readonly HashSet<string> Breakers = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "i", "photo", "photos", "video", "forum", "comments", "comment", "read", "more", "also", "watch", "listen",
        "updated", "update", "breaking", "live", "exclusive", "opinion", "analysis", "editorial", "advertisement",
        "share", "subscribe", "copyright", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "christmas", "easter", "ramadan", "covid-19", "covid",
    };

    /// <summary>Lower-case joiners allowed inside an organisation's name: "Ministry of Defence", "Trade and Industry".</summary>
    public static readonly HashSet<string> OrgJoiners = new(StringComparer.Ordinal) { "of", "for", "and", "&", "on", "the" };
}
