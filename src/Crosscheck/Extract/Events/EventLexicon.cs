using System.Collections.Frozen;
using Crosscheck.Lang;

namespace Crosscheck.Extract.Events;

/// <summary>
/// The event types, language-neutral. Their trigger words are language data (Lang/&lt;code&gt;/events.txt,
/// compiled per pack by <see cref="EventWords"/>).
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

    /// <summary>Event types whose reports count the killed and injured (casualty figures attach to them).</summary>
    public static bool CanHaveCasualties(string type) =>
        type is Attack or NaturalDisaster or Accident or Evacuation or Protest;
}

/// <summary>
/// The event stage's compiled view of a language pack: trigger words by event type and the words
/// that refine what a trigger means in its sentence (see Lang/en/events.txt). Built once per pack.
/// </summary>
internal sealed class EventWords
{
    public static EventWords For(LanguagePack pack) => pack.Compiled(static p => new EventWords(p));

    private EventWords(LanguagePack pack)
    {
        var triggers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in pack.Sections("events"))
            if (section.Head == "trigger")
                foreach (var w in section.Words) triggers[w] = section.Args[0];
        Triggers = triggers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Hit = pack.Set("events", "hit");
        Military = pack.Set("events", "military");
        NeedsMilitary = pack.Set("events", "needs-military");
        NeedsCounterpart = pack.Set("events", "needs-counterpart");
        UnlistedAreas = pack.Set("events", "unlisted-areas");
        Captives = pack.Set("events", "captives");
        Exchange = pack.Set("events", "exchange");
        ElectionDemands = new WordSet(pack.Words("events", "election-demands"), StringComparer.Ordinal);
        NotEventAfterDisasterWord = pack.Set("events", "not-after-disaster");
        Collapse = pack.Set("events", "collapse");
        Structures = pack.Set("events", "structures");
        Fire = pack.Set("events", "fire");
        NotBeforeFire = pack.Set("events", "not-before-fire");
        Strike = pack.Set("events", "strike");
        NotBeforeStrike = pack.Set("events", "not-before-strike");
        NotAfterStrike = pack.Set("events", "not-after-strike");
        Talks = pack.Set("events", "talks");
        TalksWith = pack.Set("events", "talks-with");
        PeaceProcess = pack.Set("events", "peace-process");
        DisasterVerbs = pack.Set("events", "disaster-verbs");
        PlaceAdjectives = pack.Set("events", "place-adjectives");
        PlaceNouns = pack.Set("events", "place-nouns");
        SubjectVerbs = pack.Set("events", "subject-verbs");
        LocativePrepositions = pack.Set("events", "locative-prepositions");
        TimePrepositions = pack.Set("events", "time-prepositions");
        SpeechVerbs = pack.Set("reporting", "event-speech");
        PassiveAuxiliaries = pack.Set("events", "passive-auxiliaries");
        IrregularParticiples = pack.Set("events", "irregular-participles");
        PerfectAuxiliaries = pack.Set("events", "perfect-auxiliaries");
        Been = pack.Set("events", "been");
        And = pack.Set("events", "and");
        The = pack.Set("events", "the");
    }

    public FrozenDictionary<string, string> Triggers { get; }

    public WordSet Hit { get; }

    public WordSet Military { get; }

    /// <summary>Triggers that name an event only in a report about fighting ("captured" a village, not a suspect).</summary>
    public WordSet NeedsMilitary { get; }

    /// <summary>Visit and meeting triggers that need a place or counterpart right after them.</summary>
    public WordSet NeedsCounterpart { get; }

    /// <summary>Last words of areas the gazetteer does not hold ("Marion County" is not Marion).</summary>
    public WordSet UnlistedAreas { get; }

    public WordSet Captives { get; }

    public WordSet Exchange { get; }

    public WordSet ElectionDemands { get; }

    public WordSet NotEventAfterDisasterWord { get; }

    public WordSet Collapse { get; }

    public WordSet Structures { get; }

    public WordSet Fire { get; }

    public WordSet NotBeforeFire { get; }

    public WordSet Strike { get; }

    public WordSet NotBeforeStrike { get; }

    public WordSet NotAfterStrike { get; }

    public WordSet Talks { get; }

    public WordSet TalksWith { get; }

    public WordSet PeaceProcess { get; }

    public WordSet DisasterVerbs { get; }

    public WordSet PlaceAdjectives { get; }

    public WordSet PlaceNouns { get; }

    /// <summary>Words after a name that make it the subject of a clause ("Kyiv has rejected").</summary>
    public WordSet SubjectVerbs { get; }

    public WordSet LocativePrepositions { get; }

    /// <summary>Prepositions that make a time an adverbial ("on Thursday"), not a modifier.</summary>
    public WordSet TimePrepositions { get; }

    /// <summary>Reporting verbs before a time that date the speech, not the event.</summary>
    public WordSet SpeechVerbs { get; }

    /// <summary>"Mosul was hit", "Gaza has been shelled": a passive subject is where it happened.</summary>
    public WordSet PassiveAuxiliaries { get; }

    public WordSet IrregularParticiples { get; }

    public WordSet PerfectAuxiliaries { get; }

    public WordSet Been { get; }

    /// <summary>"both Kyiv and the West have rejected": past a coordinated subject to its verb.</summary>
    public WordSet And { get; }

    public WordSet The { get; }
}
