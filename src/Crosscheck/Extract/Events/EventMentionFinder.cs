using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Events;

/// <summary>
/// Finds what each sentence says happened. A sentence yields one mention per event type it
/// names through a trigger word; each mention gets the place, time expression and figures of its
/// part of the sentence (from its trigger to the next trigger of another type). Places that name
/// an actor rather than a location ("Russian troops", "Moscow's army") are left out; a specific
/// place beats a country, a place after the trigger beats one before it. Sentences with figures
/// but no trigger yield a <see cref="EventLexicon.FiguresOnly"/> mention, attached later to the
/// event the report was just describing.
/// </summary>
public sealed class EventMentionFinder(LanguagePacks? languages = null) : IReportStage
{
    private readonly LanguagePacks _languages = languages ?? LanguagePacks.Default;

    public string Name => "event-mentions";

    public IReadOnlyList<IDataKey> Requires => [Layers.Sentences, Layers.Tokens, Layers.Entities, Layers.Times, Layers.Quantities, Layers.Quotes];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Events];

    public void Process(Report report)
    {
        // A language without a pack names no events the stage can read; the layer stays empty.
        if (_languages.For(report) is not { } pack)
        {
            report.Set(Layers.Events, []);
            return;
        }
        var lex = EventWords.For(pack);
        var sentences = report.Require(Layers.Sentences);
        var tokens = report.Require(Layers.Tokens);
        var entities = report.Require(Layers.Entities).Where(e => !e.InCaption).ToList();
        var places = entities.Where(e => e.Type == EntityType.Place).ToList();
        var times = report.Require(Layers.Times);
        var figures = report.Require(Layers.Quantities).Where(q => q.FactName is not null).ToList();
        var military = tokens.Any(t => lex.Military.Contains(t.Text));

        var tokensBySentence = tokens.GroupBy(t => t.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        // Index once by sentence: a long report has many sentences and many mentions.
        var placesBySentence = places.ToLookup(p => p.Sentence);
        var entitiesBySentence = entities.ToLookup(p => p.Sentence);
        var timesBySentence = times.ToLookup(t => t.Sentence);
        var figuresBySentence = figures.ToLookup(f => f.Sentence);
        var mentions = new List<EventMention>();
        foreach (var sentence in sentences)
        {
            if (!tokensBySentence.TryGetValue(sentence.Index, out var words)) continue;
            var triggers = FindTriggers(lex, words, military, entitiesBySentence[sentence.Index]);
            var sentencePlaces = placesBySentence[sentence.Index].OrderBy(p => p.Span.Start).ToList();
            var sentenceTimes = timesBySentence[sentence.Index].OrderBy(t => t.Span.Start).ToList();
            var sentenceFigures = figuresBySentence[sentence.Index].OrderBy(f => f.Span.Start).ToList();
            if (triggers.Count == 0)
            {
                if (sentenceFigures.Count > 0)
                {
                    mentions.Add(new EventMention(EventLexicon.FiguresOnly, sentence.Span, sentence.Index)
                    {
                        Figures = sentenceFigures,
                        Time = sentenceTimes.FirstOrDefault(),
                    });
                }
                continue;
            }
            mentions.AddRange(Assemble(lex, report.Text, words, triggers, sentencePlaces, sentenceTimes, sentenceFigures, sentence.Index));
        }
        report.Set(Layers.Events, mentions);
    }

    internal readonly record struct Trigger(string Type, Token Token);

    private static List<Trigger> FindTriggers(EventWords lex, List<Token> words, bool military, IEnumerable<EntityMention> entities)
    {
        var result = new List<Trigger>();
        var captives = words.Any(w => lex.Captives.Contains(w.Text));
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Kind != TokenKind.Word) continue;
            var lower = w.Text.ToLowerInvariant();
            string? type = null;
            if (lex.Triggers.TryGetValue(lower, out var t)) type = t;
            else if (military && lex.Hit.Contains(lower)) type = EventLexicon.Attack;
            else if (captives && lex.Exchange.Contains(lower)) type = EventLexicon.Negotiation;
            if (type is null) continue;
            // "Doyle was captured late Wednesday": outside a report about fighting, no territory changes hands.
            if (!military && lex.NeedsMilitary.Contains(lower)) continue;
            // "officers arrived at the scene", "was in town visiting them": a visit or a meeting is
            // diplomacy only with the place or the counterpart named right after it ("arrived in
            // Washington", "met US envoys", "meets with Turkish Foreign Minister ...").
            if (lex.NeedsCounterpart.Contains(lower) && !CounterpartFollows(lex, words, i, entities)) continue;
            // "demanded early elections": a demand, not an election.
            if (type == EventLexicon.Election && words.Take(i).TakeLast(3).Any(x => lex.ElectionDemands.Contains(x.Text))) continue;

            var prev = i > 0 ? words[i - 1].Text.ToLowerInvariant() : "";
            var next = i + 1 < words.Count ? words[i + 1].Text.ToLowerInvariant() : "";
            // "flood defences", "storm drains": the noun modifies another noun, no event.
            if (type == EventLexicon.NaturalDisaster && lex.NotEventAfterDisasterWord.Contains(next)) continue;
            // "Talks ... collapsed": only a structure collapses in an accident.
            if (lex.Collapse.Contains(lower) && !words.Take(i).TakeLast(4).Any(x => lex.Structures.Contains(x.Text))) continue;
            // "opened fire", "ceasefire", "under fire": shooting or figures of speech, not a blaze.
            if (lex.Fire.Contains(lower) && (military || lex.NotBeforeFire.Contains(prev))) continue;
            // Outside a report about fighting, a strike is a walkout.
            if (type == EventLexicon.Attack && lex.Strike.Contains(lower) && (!military || lex.NotBeforeStrike.Contains(prev) || lex.NotAfterStrike.Contains(next))) type = EventLexicon.Protest;
            if (type == EventLexicon.Explosion) type = military ? EventLexicon.Attack : EventLexicon.Accident;
            // "talks with <someone>" outside a peace process is a diplomatic meeting.
            if (type == EventLexicon.Negotiation && lex.Talks.Contains(lower) && lex.TalksWith.Contains(next) && !words.Any(x => lex.PeaceProcess.Contains(x.Text))) type = EventLexicon.Diplomacy;
            // A capital letter mid-sentence makes it a name ("Storm Ciaran" keeps, "Protest Party" does not matter).
            result.Add(new Trigger(type, w));
        }
        // "An earthquake struck", "a storm hit": the disaster is what struck, not an attack.
        if (result.Any(r => r.Type == EventLexicon.NaturalDisaster))
            result = result.Where(r => !(r.Type == EventLexicon.Attack && lex.DisasterVerbs.Contains(r.Token.Text))).ToList();
        // In one sentence, meetings that are part of negotiations are the negotiations.
        if (result.Any(r => r.Type == EventLexicon.Negotiation))
            result = result.Select(r => r.Type == EventLexicon.Diplomacy ? r with { Type = EventLexicon.Negotiation } : r).ToList();
        return result;
    }

    /// <summary>
    /// A place within a few words after the trigger ("arrived in Washington"), a person,
    /// organisation or place right after it or after its linking word ("met Witkoff", "met with
    /// Fidan"), or a person right before it, the visitor ("Laura Bennett visited").
    /// </summary>
    private static bool CounterpartFollows(EventWords lex, List<Token> words, int trigger, IEnumerable<EntityMention> entities)
    {
        const int PlaceWindow = 4;
        var after = trigger + 1 < words.Count ? words[trigger + 1].Span.Start : int.MaxValue;
        var direct = after;
        if (trigger + 1 < words.Count && lex.TalksWith.Contains(words[trigger + 1].Text) && trigger + 2 < words.Count) direct = words[trigger + 2].Span.Start;
        var limit = trigger + PlaceWindow < words.Count ? words[trigger + PlaceWindow].Span.End : int.MaxValue;
        // The visitor named as the subject counts too ("Minister Laura Bennett visited the site").
        var before = trigger > 0 ? words[trigger - 1] : null;
        var beforeAux = trigger > 1 && lex.PerfectAuxiliaries.Contains(words[trigger - 1].Text) ? words[trigger - 2] : null;
        foreach (var e in entities)
        {
            if (e.Type == EntityType.Person && (e.Span.End == before?.Span.End || e.Span.End == beforeAux?.Span.End)) return true;
            if (e.Span.Start < after) continue;
            if (e.Type == EntityType.Place && e.Span.Start <= limit) return true;
            if (e.Span.Start == after || e.Span.Start == direct) return true;
        }
        return false;
    }

    private static IEnumerable<EventMention> Assemble(EventWords lex, string text, List<Token> words, List<Trigger> triggers, List<EntityMention> places,
        List<TimeMention> times, List<QuantityMention> figures, int sentence)
    {
        // Segment the sentence: each run of same-type triggers owns the text up to the next run.
        var runs = new List<(string Type, int Start, int End, Token First)>();
        foreach (var t in triggers)
        {
            if (runs.Count > 0 && runs[^1].Type == t.Type) runs[^1] = runs[^1] with { End = t.Token.Span.End };
            else runs.Add((t.Type, t.Token.Span.Start, t.Token.Span.End, t.Token));
        }
        var sentenceStart = words[0].Span.Start;
        var sentenceEnd = words[^1].Span.End;

        int RunOwning(int position, bool bindRight)
        {
            // The nearest run to the left (or, for "a day after X", to the right).
            if (bindRight)
            {
                for (var r = 0; r < runs.Count; r++) if (runs[r].Start >= position) return r;
                return runs.Count - 1;
            }
            for (var r = runs.Count - 1; r >= 0; r--) if (runs[r].Start <= position) return r;
            return 0;
        }

        var byType = new Dictionary<string, (int Run, List<EntityMention> After, List<EntityMention> Before, List<TimeMention> Times, List<QuantityMention> Figures)>();
        var merged = new List<(string Type, int RunIndex)>();
        for (var r = 0; r < runs.Count; r++)
        {
            if (!byType.ContainsKey(runs[r].Type))
            {
                byType[runs[r].Type] = (r, [], [], [], []);
                merged.Add((runs[r].Type, r));
            }
        }

        foreach (var p in places)
        {
            if (IsActor(lex, text, words, p)) continue;
            var r = RunOwning(p.Span.Start, bindRight: false);
            var slot = byType[runs[r].Type];
            if (p.Span.Start >= runs[r].Start) slot.After.Add(p);
            else slot.Before.Add(p);
        }
        foreach (var t in times)
        {
            if (InDateline(text, words, t)) continue;
            // For an announcement (a deal, a ruling) the day it was announced is the event's day.
            if (DatesTheSpeech(lex, text, words, t, triggers) && !triggers.Any(x => x.Type is EventLexicon.Business or EventLexicon.Legal)) continue;
            var bindRight = t.Reference.BindsToFollowing;
            var r = RunOwning(t.Span.Start, bindRight);
            byType[runs[r].Type].Times.Add(t);
        }
        foreach (var f in figures)
        {
            var r = RunOwning(f.Span.Start, bindRight: false);
            // "its $4.2 billion takeover", "a 6.2-magnitude earthquake": a figure right before a
            // trigger modifies it.
            var modifies = runs.FindIndex(x => x.Start >= f.Span.End && x.Start - f.Span.End <= 4
                && text.AsSpan(f.Span.End, x.Start - f.Span.End).Trim().Length == 0);
            if (modifies >= 0) r = modifies;
            var type = runs[r].Type;
            // Casualties belong to the violent or destructive event of the sentence, if it has one.
            if (IsCasualty(f.FactName) && !EventLexicon.CanHaveCasualties(type))
            {
                var violent = runs.FindIndex(x => EventLexicon.CanHaveCasualties(x.Type));
                if (violent >= 0) type = runs[violent].Type;
            }
            byType[type].Figures.Add(f);
        }

        foreach (var (type, runIndex) in merged)
        {
            var slot = byType[type];
            var place = ChoosePlace(text, slot.After) ?? ChoosePlace(text, slot.Before);
            // The time expression nearest the trigger dates it.
            var trigger = runs[runIndex].First.Span.Start;
            // English puts the time after the verb: a time after the trigger beats one before it
            // ("Rain that began in X on Thursday flooded Y on Friday").
            // "Tuesday's floods", "the June 3 strikes": a time written onto the trigger dates it.
            var onto = slot.Times.FirstOrDefault(t => t.Span.End <= trigger && trigger - t.Span.End <= 3
                && text.AsSpan(t.Span.End, trigger - t.Span.End).Trim() is var gap
                && (gap is "'s" || gap is "\u2019s" || (gap.Length == 0 && !AfterPreposition(lex, text, t.Span.Start))));
            var time = onto ?? slot.Times.Where(t => t.Span.Start > trigger).OrderBy(t => t.Span.Start).FirstOrDefault()
                ?? slot.Times.OrderBy(t => Math.Min(Math.Abs(t.Span.Start - trigger), Math.Abs(t.Span.End - trigger))).FirstOrDefault();
            yield return new EventMention(type, runs[runIndex].First.Span, sentence)
            {
                Place = place,
                Time = time,
                Figures = slot.Figures,
            };
        }
        _ = sentenceStart;
        _ = sentenceEnd;
    }

    /// <summary>
    /// "X said on Tuesday that ...", "declared in a Telegram post on Tuesday": the time expression
    /// dates the statement, not the event the statement is about.
    /// </summary>
    internal static bool DatesTheSpeech(EventWords lex, string text, List<Token> words, TimeMention time, List<Trigger> triggers)
    {
        var before = words.Where(w => w.Span.End <= time.Span.Start).TakeLast(7).ToList();
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (triggers.Any(t => t.Token.Span.Start == before[i].Span.Start)) return false;
            if (before[i].Text is "," or ";") return false;
            if (lex.SpeechVerbs.Contains(before[i].Text)) return true;
        }
        return false;
    }

    /// <summary>"on Thursday", "by June": a time introduced by a preposition is an adverbial, not a modifier.</summary>
    private static bool AfterPreposition(EventWords lex, string text, int start)
    {
        var before = text[Math.Max(0, start - 8)..start].TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = (space >= 0 ? before[(space + 1)..] : before).ToLowerInvariant();
        return lex.TimePrepositions.Contains(word);
    }

    /// <summary>"DUNMORE, March 10 (Reuters) -": the dateline dates the report, not the event.</summary>
    internal static bool InDateline(string text, List<Token> words, TimeMention time)
    {
        if (words.Count == 0 || time.Span.Start - words[0].Span.Start > 60) return false;
        var rest = text.AsSpan(time.Span.End, Math.Min(40, text.Length - time.Span.End));
        var dash = rest.IndexOfAny("-\u2013\u2014");
        if (dash < 0) return false;
        var between = rest[..dash].Trim();
        return between.Length == 0 || (between[0] == '(' && between[^1] == ')');
    }




    internal static bool IsCasualty(string? fact) =>
        fact is "killed" or "injured" or "missing" or "dead" or "wounded" or "displaced" or "evacuated" or "affected" or "rescued";


    /// <summary>
    /// A place that names who acted, not where: a possessive ("Moscow's army") or a demonym
    /// ("Russian troops") unless the next words are a place noun ("Russian airbases", "the
    /// Ukrainian city of").
    /// </summary>
    internal static bool IsActor(EventWords lex, string text, List<Token> words, EntityMention place)
    {
        var next = words.FindIndex(w => w.Span.Start >= place.Span.End);
        var previous = words.FindLastIndex(w => w.Span.End <= place.Span.Start);
        var demonym = IsDemonym(place);
        // A place standing as the subject of a clause ("Kyiv has rejected", "Moscow demanded",
        // "Russia says") is a government acting, unless a preposition puts it somewhere ("in Mosul killed").
        // "Mosul was hit", "Gaza has been shelled": a passive subject is where it happened.
        // "a deal with Kyiv", "talks with Moscow": the other party, not the place.
        if (previous >= 0 && lex.TalksWith.Contains(words[previous].Text) && !demonym) return true;
        var passive = next >= 0 && next + 1 < words.Count
            && ((lex.PassiveAuxiliaries.Contains(words[next].Text) && (words[next + 1].Text.EndsWith("ed", StringComparison.Ordinal) || lex.IrregularParticiples.Contains(words[next + 1].Text)))
                || (lex.PerfectAuxiliaries.Contains(words[next].Text) && lex.Been.Contains(words[next + 1].Text)));
        // "both Kyiv and the West have rejected": the verb comes after the coordinated subject.
        if (next >= 0 && lex.And.Contains(words[next].Text))
        {
            var k = next + 1;
            if (k < words.Count && lex.The.Contains(words[k].Text)) k++;
            while (k < words.Count && words[k].Kind == TokenKind.Word && char.IsUpper(words[k].Text[0])) k++;
            if (k > next + 1 && k < words.Count) next = k;
        }
        if (!demonym && !passive && next >= 0 && words[next].Kind == TokenKind.Word
            && (previous < 0 || !lex.LocativePrepositions.Contains(words[previous].Text))
            && (lex.SubjectVerbs.Contains(words[next].Text) || lex.SpeechVerbs.Contains(words[next].Text)
                || (char.IsLower(words[next].Text[0]) && words[next].Text.EndsWith("ed", StringComparison.Ordinal))))
            return true;
        var possessive = next >= 0 && words[next].Text is "'s" or "\u2019s" or "'" or "\u2019" or "s" && words[next].Span.Start == place.Span.End;
        if (!demonym && !possessive) return false;
        var from = next;
        if (possessive)
        {
            // skip the "'s" (the tokenizer leaves it as "'" + "s" or as one token)
            while (from < words.Count && from >= 0 && words[from].Span.Start <= place.Span.End + 2 && words[from].Text is "'s" or "\u2019s" or "'" or "\u2019" or "s") from++;
        }
        // Only the noun the demonym or possessive modifies counts ("Turkish airbases", "Dortmund's
        // port"), past at most one adjective; "Turkish troops shelled villages" stops at "troops".
        var head = from;
        if (head >= 0 && head < words.Count && lex.PlaceAdjectives.Contains(words[head].Text)) head++;
        return !(head >= 0 && head < words.Count && lex.PlaceNouns.Contains(words[head].Text));
    }

    /// <summary>"Russian", "Crimean": a place mention written as an adjective of its place.</summary>
    internal static bool IsDemonym(EntityMention place) => Entities.EntityRecognizer.IsDemonym(place);

    /// <summary>
    /// The most specific place: the first non-country place; else the one country named, when only
    /// one is (a sentence naming several countries does not say where).
    /// </summary>
    internal static EntityMention? ChoosePlace(string text, List<EntityMention> candidates)
    {
        if (candidates.Count == 0) return null;
        var specific = candidates.FirstOrDefault(p => p.Place is null || p.Place.Kind is not (PlaceKind.Country));
        if (specific is not null) return specific;
        var countries = candidates.Select(p => p.Place!.Id).Distinct(StringComparer.Ordinal).Count();
        if (countries == 1) return candidates[0];
        // Several countries: only one that the text puts the event in ("arrived in the US") says where.
        return InPreposition(text, candidates[0].Span.Start) ? candidates[0] : null;
    }

    private static bool InPreposition(string text, int start)
    {
        var before = text[Math.Max(0, start - 12)..start].TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4].TrimEnd();
        return before.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" into", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" inside", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" to", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" at", StringComparison.OrdinalIgnoreCase);
    }
}
