namespace Crosscheck.Extract.Events;

/// <summary>
/// Trigger words by event type, and the nouns that tell a location from an actor. General news
/// vocabulary: nothing here is tied to one story.
/// </summary>
internal static class EventLexicon
{
    public const string Attack = "attack";
    public const string NaturalDisaster = "natural_disaster";
    public const string Accident = "accident";
    public const string Negotiation = "negotiation";
    public const string Diplomacy = "diplomacy";
    public const string TerritorialClaim = "territorial_claim";
    public const string Protest = "protest";
    public const string Arrest = "arrest";
    public const string Election = "election";
    public const string Business = "business";
    public const string Legal = "legal";
    /// <summary>Not a trigger: evacuations are figures of the disaster or attack that caused them.</summary>
    public const string Evacuation = "evacuation";

    /// <summary>Explosions are attacks in a report about fighting, accidents elsewhere.</summary>
    public const string Explosion = "explosion";

    /// <summary>A sentence that states figures but names no trigger: the figures belong to a nearby event.</summary>
    public const string FiguresOnly = "*";

    public static readonly IReadOnlyDictionary<string, string> Triggers = Build(new()
    {
        [Attack] = "strike strikes struck airstrike airstrikes air-strike air-strikes attack attacks attacked attacking counter-attack counterattack counter-offensive assault assaults shelling shelled bombing bombings bombed bombardment bombardments barrage barrages raid raids ambush ambushed targeting targeted shooting shootings gunfire missile-strike drone-strike stabbing massacre",
        [Explosion] = "explosion explosions blast blasts exploded detonated",
        [NaturalDisaster] = "earthquake earthquakes quake tremor aftershock aftershocks flood floods flooding flooded flash-flood storm storms hurricane typhoon cyclone tornado tornadoes wildfire wildfires bushfire landslide landslides mudslide mudslides avalanche tsunami eruption erupted drought heatwave blizzard downpour downpours deluge monsoon inundated",
        [Accident] = "crash crashed collision collided derailed derailment capsized sank blaze fire fires collapse collapsed",
        [Negotiation] = "talks negotiations negotiation negotiators negotiated memorandum memoranda truce ceasefire cease-fire swap",
        [Diplomacy] = "visit visited visiting visits met meeting meets arrived arrives landed delegation summit",
        [TerritorialClaim] = "captured capture seized seize liberated recaptured retook annexed",
        [Protest] = "protest protests protested demonstration demonstrations demonstrated rally rallies rallied marched",
        [Arrest] = "arrested arrest arrests detained detention",
        [Election] = "election elections referendum ballot",
        [Business] = "acquisition acquisitions acquire acquired acquires acquiring buy buys bought buying merger merged merge takeover buyout bankruptcy layoffs ipo earnings",
        [Legal] = "sentenced convicted indicted verdict lawsuit sued charged",
    });

    /// <summary>Event types whose reports count the killed and injured (casualty figures attach to them).</summary>
    public static bool CanHaveCasualties(string type) =>
        type is Attack or NaturalDisaster or Accident or Evacuation or Protest;

    /// <summary>Verbs that make a strike or hit an attack only in a military context ("strikes hit").</summary>
    public static readonly HashSet<string> Hit = new(StringComparer.OrdinalIgnoreCase) { "hit", "hits", "target", "targets" };

    /// <summary>Words that make a report about fighting (so that explosions and hits are attacks).</summary>
    public static readonly HashSet<string> Military = new(StringComparer.OrdinalIgnoreCase)
    {
        "missile", "missiles", "rocket", "rockets", "drone", "drones", "shelling", "troops", "artillery", "army", "military",
        "soldiers", "airstrike", "airstrikes", "bomb", "bombs", "militants", "rebels", "forces", "war", "offensive", "shells",
    };

    /// <summary>Nouns after a demonym or possessive that make it a location ("Russian airbases", "Ukrainian city").</summary>
    public static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "cities", "town", "towns", "village", "villages", "territory", "territories", "soil", "region", "regions",
        "border", "borders", "oblast", "province", "provinces", "capital", "port", "ports", "airbase", "airbases", "air",
        "base", "bases", "airfield", "airfields", "airport", "airports", "bridge", "coast", "island", "islands", "peninsula",
        "refinery", "refineries", "plant", "plants", "facility", "facilities", "positions", "targets", "infrastructure",
        "countryside", "district", "districts", "state", "county", "east", "west", "north", "south", "north-east",
        "northeast", "north-west", "northwest", "south-east", "southeast", "south-west", "southwest", "frontline", "waters",
    };

    /// <summary>Words after "flood", "storm"... that make it a modifier: "flood defences", "storm drains".</summary>
    public static readonly HashSet<string> NotEventAfterDisasterWord = new(StringComparer.OrdinalIgnoreCase)
    {
        "defences", "defenses", "defence", "defense", "barriers", "barrier", "protection", "insurance", "risk", "risks",
        "warning", "warnings", "plain", "plains", "gates", "wall", "walls", "drains", "drain", "season", "preparedness",
        "relief", "fund", "funds", "management", "forecast", "forecasts", "zone", "zones", "map", "maps", "alert", "alerts",
    };

    /// <summary>What collapses in an accident: "the bridge collapsed", "a building collapse".</summary>
    public static readonly HashSet<string> Structures = new(StringComparer.OrdinalIgnoreCase)
    {
        "building", "buildings", "bridge", "roof", "mine", "dam", "tunnel", "house", "houses", "wall", "tower", "stadium",
        "block", "school", "hospital", "factory", "structure", "crane", "ceiling", "stand", "balcony", "hotel", "mall",
    };

    /// <summary>Adjectives between a demonym and its place noun: "Russian military airbases", "the Iraqi northern city".</summary>
    public static readonly HashSet<string> PlaceAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "military", "northern", "southern", "eastern", "western", "central", "coastal", "main", "key", "industrial",
        "strategic", "border", "frontline", "occupied", "annexed", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "remote", "rural", "major", "naval",
    };

    /// <summary>Sentence words that make "exchange" a prisoner exchange.</summary>
    public static readonly HashSet<string> Captives = new(StringComparer.OrdinalIgnoreCase)
    {
        "prisoner", "prisoners", "pow", "pows", "captives", "bodies", "hostages", "detainees",
    };

    private static Dictionary<string, string> Build(Dictionary<string, string> byType)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (type, words) in byType)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) result[w] = type;
        }
        return result;
    }
}
