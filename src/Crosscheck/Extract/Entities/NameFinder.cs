using Crosscheck.Gazetteer;
using Crosscheck.Model;

namespace Crosscheck.Extract.Entities;

/// <summary>A token of the text being searched (the report body or one caption).</summary>
internal readonly record struct Tok(int Start, int End, string Text, TokenKind Kind, int Sentence)
{
    public bool IsWord => Kind == TokenKind.Word;

    public string Lower => Text.ToLowerInvariant();
}

/// <summary>A name found in one text, typed or still waiting for the report-wide consistency pass.</summary>
internal sealed class Candidate
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    public required int Sentence { get; init; }
    public required bool InCaption { get; init; }
    public EntityType? Type { get; set; }

    /// <summary>Typed from a strong cue (lexicon, title, gazetteer country); others follow these.</summary>
    public bool Strong { get; set; }

    /// <summary>Known gazetteer places for the name, best first; one is chosen once the report's countries are known.</summary>
    public IReadOnlyList<GeoPlace> Places { get; set; } = [];

    public GeoPlace? Place { get; set; }

    /// <summary>A demonym adjective ("Ukrainian") standing for its country or region.</summary>
    public bool Demonym { get; set; }

    /// <summary>Number of name words (initials and particles included).</summary>
    public int Words { get; init; }

    /// <summary>Typed by the statistical tagger (<see cref="EntityRecognizer.TypeByModel"/>), not by a rule.</summary>
    public bool ByModel { get; set; }
}

/// <summary>
/// Finds capitalised names in a token stream and types them by cue words, the built-in lexicons and
/// the gazetteer. Stateless apart from its read-only lexicons, so one instance serves all threads.
/// </summary>
internal sealed class NameFinder(GazetteerIndex gazetteer, EntityOptions options)
{
    public void Find(string text, IReadOnlyList<Tok> toks, bool caption, List<Candidate> output)
    {
        var s = 0;
        while (s < toks.Count)
        {
            var e = s;
            while (e < toks.Count && toks[e].Sentence == toks[s].Sentence) e++;
            FindInSentence(text, toks, s, e, caption, output);
            s = e;
        }
    }

    private void FindInSentence(string text, IReadOnlyList<Tok> toks, int s, int e, bool caption, List<Candidate> output)
    {
        var words = 0; var longLower = 0; var upper = 0;
        for (var i = s; i < e; i++)
        {
            if (!toks[i].IsWord) continue;
            words++;
            if (!char.IsUpper(toks[i].Text[0]) && toks[i].Text.Length > 3) longLower++;
            if (toks[i].Text.Length > 1 && toks[i].Text.All(c => !char.IsLetter(c) || char.IsUpper(c))) upper++;
        }
        if (words >= 3 && upper == words) return;              // a shouted line: capitals say nothing
        var titleCase = words >= 4 && longLower == 0;        // a headline in Title Case

        for (var i = s; i < e; i++)
        {
            if (!StartsName(toks[i])) continue;
            if (TryHyphenCompound(toks, i, caption, output)) continue;
            var run = new List<int> { i };
            var k = i + 1;
            while (k < e)
            {
                var t = toks[k];
                var prev = toks[k - 1];
                if (t.Text == "." && prev.IsWord && prev.Text.Length <= 4 && char.IsUpper(prev.Text[0])
                    && (prev.Text.Length == 1 || Cues.Honorifics.Contains(prev.Lower)) && k + 1 < e && StartsName(toks[k + 1]))
                {
                    k++; // the dot of an initial or honorific: "John F. Kennedy", "Dr. Smith"
                    continue;
                }
                if (StartsName(t) && t.Start - prev.End <= 1) { run.Add(k); k++; continue; }
                if (t.IsWord && Cues.Particles.Contains(t.Lower) && !char.IsUpper(t.Text[0]))
                {
                    // One or more particles, then a capitalised word: "von der Leyen", "bin Salman".
                    var after = k;
                    while (after < e && toks[after].IsWord && Cues.Particles.Contains(toks[after].Lower) && !char.IsUpper(toks[after].Text[0])) after++;
                    if (after < e && after - k <= 3 && StartsName(toks[after]))
                    {
                        for (; k < after; k++) run.Add(k);
                        continue;
                    }
                }
                if (Cues.OrgJoiners.Contains(t.Lower) && !char.IsUpper(t.Text[0]) && k + 1 < e && (HasOrgHead(toks, run) || EndsInOrgHead(toks, k + 1, e))
                    && (StartsName(toks[k + 1]) || (toks[k + 1].Lower == "the" && k + 2 < e && StartsName(toks[k + 2]))))
                {
                    run.Add(k); k++; continue;
                }
                break;
            }
            foreach (var untrimmed in SplitRun(toks, run, titleCase))
            {
                // "Radio Eastmoor on Tuesday": a joiner left at the end once the date split off.
                var piece = untrimmed;
                while (piece.Count > 1 && !StartsName(toks[piece[^1]])) piece = piece[..^1];
                foreach (var part in SplitOrgFromPerson(toks, piece)) Type(text, toks, s, e, part, caption, output);
            }
            i = k - 1;
        }
    }

    private static bool StartsName(Tok t)
    {
        if (!t.IsWord) return false;
        if (char.IsUpper(t.Text[0])) return true;
        // Arabic article names: al-Assad, el-Sisi, ad-Dawla
        var dash = t.Text.IndexOf('-', StringComparison.Ordinal);
        return dash is 2 or 3 && dash + 1 < t.Text.Length && char.IsUpper(t.Text[dash + 1]) && t.Text[0] is 'a' or 'e';
    }

    private static bool HasOrgHead(IReadOnlyList<Tok> toks, List<int> run) => run.Any(r => Cues.OrgHeads.Contains(toks[r].Lower));

    /// <summary>The run of capitalised words from <paramref name="k"/> ends in an organisation word: "Fish and [Wildlife Service]".</summary>
    private static bool EndsInOrgHead(IReadOnlyList<Tok> toks, int k, int e)
    {
        var last = -1;
        for (var i = k; i < e && i < k + 4 && StartsName(toks[i]) && (i == k || toks[i].Start - toks[i - 1].End <= 1); i++) last = i;
        return last >= 0 && Cues.OrgHeads.Contains(toks[last].Lower);
    }

    /// <summary>Splits a run at words that never belong to names (days, months, "Photo"), and in a headline at common words.</summary>
    private IEnumerable<List<int>> SplitRun(IReadOnlyList<Tok> toks, List<int> run, bool titleCase)
    {
        // A country name inside a longer run without an organisation word separates two names
        // ("... by Kenya President William Ruto" style runs, machine-translated word orders).
        var splitAtCountry = run.Count >= 3 && !HasOrgHead(toks, run);
        var piece = new List<int>();
        for (var r = 0; r < run.Count; r++)
        {
            var t = toks[run[r]];
            var lower = t.Lower;
            var breaks = Cues.Breakers.Contains(lower)
                || (lower == "may" && (IsNumberAt(toks, run[r] + 1) || IsNumberAt(toks, run[r] - 1)))
                || (titleCase && gazetteer.IsCommonWord(lower) && !Cues.OrgHeads.Contains(lower) && !Cues.Titles.Contains(lower)
                    && gazetteer.Demonym(t.Text) is null && gazetteer.Country(t.Text) is null);
            if (breaks)
            {
                if (piece.Count > 0) yield return piece;
                piece = [];
                continue;
            }
            if (splitAtCountry && (r > 0 || gazetteer.IsFirstName(toks[run[1]].Text)) && r < run.Count - 1 && char.IsUpper(t.Text[0]) && gazetteer.Country(t.Text) is { Kind: PlaceKind.Country }
                && !gazetteer.IsFirstName(t.Text))
            {
                if (piece.Count > 0) yield return piece;
                yield return [run[r]];
                piece = [];
                continue;
            }
            piece.Add(run[r]);
        }
        if (piece.Count > 0) yield return piece;
    }

    /// <summary>
    /// "Security Council Sergei Ivanov": an organisation head word followed by a known first name
    /// and more name words starts a new name (a title-like organisation before a person).
    /// </summary>
    private IEnumerable<List<int>> SplitOrgFromPerson(IReadOnlyList<Tok> toks, List<int> piece)
    {
        // "Norvik CEO Ingrid Solberg", "Acme Chairman John Smith": an organisation, a title, then a
        // person; the title stays with the person (it types them).
        var endsAsOrganisation = Cues.OrgHeads.Contains(toks[piece[^1]].Lower) || Cues.CompanyHeads.Contains(toks[piece[^1]].Lower);
        for (var r = 1; r < piece.Count - 1 && !endsAsOrganisation; r++)
        {
            if (Cues.HeadTitles.Contains(toks[piece[r]].Lower) && !Cues.Titles.Contains(toks[piece[r - 1]].Lower)
                && gazetteer.Demonym(toks[piece[r - 1]].Text) is null && gazetteer.Country(toks[piece[r - 1]].Text) is null
                && !Cues.OrgHeads.Contains(toks[piece[r - 1]].Lower))
            {
                yield return piece[..r];
                yield return piece[r..];
                yield break;
            }
        }
        for (var r = 0; r + 2 < piece.Count + 1 && r < piece.Count - 2; r++)
        {
            if (Cues.OrgHeads.Contains(toks[piece[r]].Lower) && gazetteer.IsFirstName(toks[piece[r + 1]].Text)
                && char.IsUpper(toks[piece[r + 2]].Text[0]) && !Cues.OrgHeads.Contains(toks[piece[r + 2]].Lower))
            {
                yield return piece[..(r + 1)];
                yield return piece[(r + 1)..];
                yield break;
            }
        }
        yield return piece;
    }

    private static bool IsNumberAt(IReadOnlyList<Tok> toks, int i) => i >= 0 && i < toks.Count && toks[i].Kind == TokenKind.Number;

    /// <summary>"Russian-backed", "Kremlin-linked", "Russia-Ukraine": names joined to other words by a hyphen.</summary>
    private bool TryHyphenCompound(IReadOnlyList<Tok> toks, int i, bool caption, List<Candidate> output)
    {
        var t = toks[i];
        var parts = t.Text.Split('-');
        if (parts.Length < 2 || parts.Any(p => p.Length == 0)) return false;
        if (char.IsLower(parts[^1][0]))
        {
            var head = string.Join('-', parts[..^1]);
            var place = gazetteer.Demonym(head) ?? gazetteer.Country(head);
            var org = place is null ? gazetteer.Organization(head) : null;
            if (place is null && org is null) return false;
            output.Add(new Candidate
            {
                Start = t.Start, End = t.Start + head.Length, Text = head, Sentence = t.Sentence, InCaption = caption, Words = 1,
                Type = place is not null ? EntityType.Place : EntityType.Organization, Strong = true, Place = place,
                Places = place is null ? [] : [place], Demonym = place is not null && gazetteer.Demonym(head) is not null,
            });
            return true;
        }
        if (!parts.All(p => char.IsUpper(p[0]) && (gazetteer.Country(p) is not null))) return false;
        var offset = t.Start;
        foreach (var p in parts)
        {
            var place = gazetteer.Country(p)!;
            output.Add(new Candidate
            {
                Start = offset, End = offset + p.Length, Text = p, Sentence = t.Sentence, InCaption = caption, Words = 1,
                Type = EntityType.Place, Strong = true, Place = place, Places = [place], Demonym = gazetteer.Demonym(p) is not null,
            });
            offset += p.Length + 1;
        }
        return true;
    }

    private void Type(string text, IReadOnlyList<Tok> toks, int s, int e, List<int> piece, bool caption, List<Candidate> output)
    {
        var personCue = IsTitle(toks, piece[0] - 1);
        var placeCue = false;
        var first = 0;
        var last = piece.Count - 1;

        // A known organisation, or a name built on an organisation word, is taken whole
        // ("Russian Defence Ministry", "Security Service of Ukraine").
        var whole = Slice(text, toks, piece, first, last);
        var org = gazetteer.Organization(whole);
        if (org is null && SentenceInitial(toks, s, piece[0]) && gazetteer.IsCommonWord(toks[piece[0]].Lower) && piece.Count > 1)
        {
            var rest = Slice(text, toks, piece, 1, last);
            org = gazetteer.Organization(rest);
            if (org is not null) first = 1;
        }
        if (org is not null || piece.Any(p => Cues.OrgHeads.Contains(toks[p].Lower) && char.IsUpper(toks[p].Text[0])))
        {
            while (first < last && (toks[piece[first]].Lower == "the" || (SentenceInitial(toks, s, piece[first]) && IsStrippable(toks[piece[first]]))))
                first++;
            if (Cues.OrgHeads.Contains(toks[piece[first]].Lower) && first == last) return; // "Police" alone
            Emit(output, text, toks, piece, first, last, caption, EntityType.Organization, strong: true);
            return;
        }

        // Leading words that are not part of the name: sentence-initial function words, demonyms and titles.
        while (first <= last)
        {
            var t = toks[piece[first]];
            var lower = t.Lower;
            if (Cues.Titles.Contains(lower) && first < last)
            {
                personCue = true; first++;
                continue;
            }
            var demonym = gazetteer.Demonym(t.Text);
            if (demonym is not null && first < last && (Cues.Titles.Contains(toks[piece[first + 1]].Lower) || gazetteer.Demonym(toks[piece[first + 1]].Text) is not null))
            {
                EmitDemonym(output, t, demonym, caption);
                first++;
                continue;
            }
            if (first < last && SentenceInitial(toks, s, piece[first]) && IsStrippable(t) && demonym is null
                && gazetteer.Country(t.Text) is null && !gazetteer.IsFirstName(t.Text))
            {
                first++;
                continue;
            }
            if (Cues.Particles.Contains(lower) && first < last) { first++; continue; }
            break;
        }
        if (first > last) return;
        if (first == last && Cues.Titles.Contains(toks[piece[first]].Lower) && gazetteer.Demonym(toks[piece[first]].Text) is null) return;

        // Trailing region words: "Lviv region", "Kursk Oblast" (unless the gazetteer knows the whole, "Mexico City").
        if (last > first && Cues.RegionWords.Contains(toks[piece[last]].Lower)
            && gazetteer.Lookup(Slice(text, toks, piece, first, last)).Count == 0)
        {
            last--;
            placeCue = true;
        }
        var next = piece[^1] + 1;
        if (next < e && toks[next].IsWord && Cues.RegionWords.Contains(toks[next].Lower) && toks[next].Lower is not ("city" or "town" or "village" or "state"))
            placeCue = true;

        var name = Slice(text, toks, piece, first, last);
        var count = last - first + 1;
        var firstTok = toks[piece[first]];
        var initial = SentenceInitial(toks, s, piece[first]);

        // A demonym alone: "Ukrainian officials", "the Crimean bridge".
        var demonymPlace = gazetteer.Demonym(name);
        if (demonymPlace is not null && gazetteer.Country(name) is null)
        {
            output.Add(NewCandidate(text, toks, piece, first, last, caption, EntityType.Place, strong: true, demonymPlace, demonym: true));
            return;
        }

        if (count == 1 && initial && IsStrippable(firstTok))
        {
            // "Police said", "Residents fled": only a known country, region or organisation counts here;
            // anything else waits for the same word typed elsewhere in the report.
            var known = gazetteer.Country(name);
            if (known is not null && !gazetteer.IsCommonWord(name))
                output.Add(NewCandidate(text, toks, piece, first, last, caption, EntityType.Place, strong: true, known));
            else
                output.Add(NewCandidate(text, toks, piece, first, last, caption, null, strong: false, null));
            return;
        }

        var country = gazetteer.Country(name);
        if (country is not null && !personCue)
        {
            output.Add(NewCandidate(text, toks, piece, first, last, caption, EntityType.Place, strong: true, country));
            return;
        }
        if (count == 1 && firstTok.Text.Length >= 4 && IsAcronym(firstTok.Text) && gazetteer.Lookup(firstTok.Text) is { Count: > 0 } shouted
            && shouted[0].Population >= options.LargePlacePopulation && gazetteer.Organization(firstTok.Text) is null)
        {
            // "OSLO, Feb 11 (Reuters) -": a dateline city in capitals.
            output.Add(NewCandidate(text, toks, piece, first, last, caption, EntityType.Place, strong: true, null, places: shouted));
            return;
        }
        if (count == 1 && IsAcronym(firstTok.Text))
        {
            Emit(output, text, toks, piece, first, last, caption, EntityType.Organization, strong: true);
            return;
        }
        if (personCue)
        {
            Emit(output, text, toks, piece, first, last, caption, EntityType.Person, strong: true);
            return;
        }
        var hasInitial = Enumerable.Range(first, count).Any(r => toks[piece[r]].Text.Length == 1 && char.IsUpper(toks[piece[r]].Text[0]));
        if (count >= 2 && (gazetteer.IsFirstName(firstTok.Text) || hasInitial) && gazetteer.Lookup(name).Count == 0)
        {
            Emit(output, text, toks, piece, first, last, caption, EntityType.Person, strong: true);
            return;
        }

        var places = gazetteer.Lookup(name);
        if (places.Count > 0)
        {
            var prevWord = PreviousWord(toks, s, piece[0]);
            var strongCue = placeCue || (prevWord is not null && Cues.PlaceNouns.Contains(prevWord))
                || (prevWord == "of" && PreviousWord(toks, s, PreviousIndex(toks, s, piece[0])) is { } before && Cues.PlaceNouns.Contains(before));
            var weakCue = prevWord is not null && Cues.PlacePrepositions.Contains(prevWord);
            var top = places[0];
            var big = top.Kind is PlaceKind.Country or PlaceKind.Region or PlaceKind.Landmark || top.Population >= options.LargePlacePopulation;
            var sizeable = big || top.Population >= options.SmallPlacePopulation || top.Kind == PlaceKind.City;
            var common = gazetteer.IsCommonWord(name) || (count == 1 && gazetteer.IsFirstName(name));
            // "Officials in Bremen said": after a place preposition the speech verb belongs to someone else.
            var speaker = FollowedBySpeech(toks, piece[^1] + 1, e) && !weakCue;
            // A first name or common word that is also a capital or large city counts after "in", "to"...
            // ("arrived in Washington"), not elsewhere ("Washington said").
            var accept = strongCue
                || (!common && !speaker && (big || (sizeable && weakCue) || weakCue && count >= 1 && top.Population > 0))
                || (common && !speaker && weakCue && big && prevWord is not "on" and not "over");
            if (accept)
            {
                output.Add(NewCandidate(text, toks, piece, first, last, caption, EntityType.Place, strong: strongCue || big, null, places: places));
                return;
            }
        }

        // "the village of X", "X region": a place the gazetteer does not know (small villages,
        // other transliterations) is still a place.
        var wordBefore = PreviousWord(toks, s, piece[0]);
        var cuedPlace = placeCue || (wordBefore is not null && Cues.PlaceNouns.Contains(wordBefore))
            || (wordBefore == "of" && PreviousWord(toks, s, PreviousIndex(toks, s, piece[0])) is { } noun && (Cues.PlaceNouns.Contains(noun) || Cues.LocativeOf.Contains(noun)));
        if (cuedPlace && !personCue && !gazetteer.IsFirstName(firstTok.Text))
        {
            output.Add(NewCandidate(text, toks, piece, first, last, caption, EntityType.Place, strong: true, null));
            return;
        }

        if ((FollowedBySpeech(toks, piece[^1] + 1, e) && PreviousWord(toks, s, piece[0]) is not ("in" or "from" or "at" or "near")) || Apposition(toks, piece[^1] + 1, e))
        {
            Emit(output, text, toks, piece, first, last, caption, EntityType.Person, strong: count >= 2);
            return;
        }
        if (count >= 2 && Cues.CompanyHeads.Contains(toks[piece[last]].Lower) && !personCue)
        {
            Emit(output, text, toks, piece, first, last, caption, EntityType.Organization, strong: true);
            return;
        }
        // "the Acme Chemicals plant", "Acme Chemicals, which employs": a company, not a person.
        // At the end of the sentence there is no following token: an empty one, not default(Tok) (its Text is null).
        var following = piece[^1] + 1 < e ? toks[piece[^1] + 1] : new Tok(0, 0, "", TokenKind.Punctuation, -1);
        var afterComma = piece[^1] + 2 < e && following.Text == "," ? toks[piece[^1] + 2].Lower : null;
        if ((PreviousWord(toks, s, piece[0]) == "the" && following.IsWord && Cues.CompanyNouns.Contains(following.Lower))
            || afterComma is "which")
        {
            Emit(output, text, toks, piece, first, last, caption, EntityType.Organization, strong: true);
            return;
        }
        if (count == 1 && wordBefore is "in" or "near" or "outside" or "across" or "into" && !gazetteer.IsFirstName(firstTok.Text)
            && !gazetteer.IsCommonWord(firstTok.Text) && !IsAcronym(firstTok.Text))
        {
            // An unknown single name where a place goes: "a plant in Dunmore".
            output.Add(NewCandidate(text, toks, piece, first, last, caption, EntityType.Place, strong: false, null));
            return;
        }
        if (count >= 2 && count <= options.MaxUncuedPersonTokens
            && Enumerable.Range(first, count).All(r => Cues.Particles.Contains(toks[piece[r]].Lower) || !gazetteer.IsCommonWord(toks[piece[r]].Text)))
        {
            Emit(output, text, toks, piece, first, last, caption, EntityType.Person, strong: false);
            return;
        }
        output.Add(NewCandidate(text, toks, piece, first, last, caption, null, strong: false, null));
    }

    private bool IsStrippable(Tok t) =>
        gazetteer.IsCommonWord(t.Text) || Cues.Breakers.Contains(t.Lower) || t.Text is "A" or "An" or "O";

    private static bool IsAcronym(string word)
    {
        if (word.Length < 2 || word.Length > 7) return false;
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
            else if (!char.IsDigit(c) && c != '.' && c != '&') return false;
        }
        return letters >= 2;
    }

    private static bool IsTitle(IReadOnlyList<Tok> toks, int i)
    {
        if (i >= 0 && toks[i].Text == "." && i > 0) i--; // "Dr. X"
        return i >= 0 && toks[i].IsWord && !char.IsUpper(toks[i].Text[0]) && Cues.HeadTitles.Contains(toks[i].Lower)
            || i >= 0 && toks[i].IsWord && Cues.Honorifics.Contains(toks[i].Lower) && toks[i].Lower != "st";
    }

    private static bool SentenceInitial(IReadOnlyList<Tok> toks, int s, int i)
    {
        for (var j = i - 1; j >= s; j--)
        {
            if (toks[j].IsWord || toks[j].Kind == TokenKind.Number) return false;
            if (toks[j].Text is ":" or "\"" or "\u201c" or "\u2018" or "'" or "(" or "\u2014" or "\u2013" or "-" or "[" or "|") return true;
        }
        return true;
    }

    private static int PreviousIndex(IReadOnlyList<Tok> toks, int s, int i)
    {
        var j = i - 1;
        return j >= s && toks[j].IsWord ? j : -1;
    }

    private static string? PreviousWord(IReadOnlyList<Tok> toks, int s, int i)
    {
        if (i < 0) return null;
        var j = PreviousIndex(toks, s, i);
        return j < 0 ? null : toks[j].Lower;
    }

    private static bool FollowedBySpeech(IReadOnlyList<Tok> toks, int i, int e)
    {
        if (i < e && toks[i].Text is "'" or "\u2019" && i + 1 < e && toks[i + 1].Lower == "s") return false;
        if (i < e && toks[i].Text == ",") i++; // "X, who ..., said" is not handled; "X, said" is rare but harmless
        if (i < e && toks[i].IsWord && toks[i].Lower is "has" or "had" or "also" or "later" or "then" or "previously" or "earlier") i++;
        return i < e && toks[i].IsWord && Cues.SpeechVerbs.Contains(toks[i].Lower);
    }

    /// <summary>"X, the regional governor," / "X, a spokesman for ...": a person's role right after the name.</summary>
    private static bool Apposition(IReadOnlyList<Tok> toks, int i, int e)
    {
        if (i >= e || toks[i].Text != ",") return false;
        i++;
        if (i < e && toks[i].Lower is "the" or "a" or "an" or "its" or "his" or "her" or "their") i++;
        for (var n = 0; n < 4 && i < e && toks[i].IsWord; n++, i++)
        {
            if (Cues.HeadTitles.Contains(toks[i].Lower)) return true;
        }
        return false;
    }

    private static string Slice(string text, IReadOnlyList<Tok> toks, List<int> piece, int first, int last)
    {
        var start = toks[piece[first]].Start;
        var end = toks[piece[last]].End;
        // Keep the dot of a trailing initial inside a run only when another name word follows.
        return text[start..end];
    }

    private void Emit(List<Candidate> output, string text, IReadOnlyList<Tok> toks, List<int> piece, int first, int last, bool caption, EntityType type, bool strong) =>
        output.Add(NewCandidate(text, toks, piece, first, last, caption, type, strong, null));

    private void EmitDemonym(List<Candidate> output, Tok t, GeoPlace place, bool caption) =>
        output.Add(new Candidate
        {
            Start = t.Start, End = t.End, Text = t.Text, Sentence = t.Sentence, InCaption = caption, Words = 1,
            Type = EntityType.Place, Strong = true, Place = place, Places = [place], Demonym = true,
        });

    private Candidate NewCandidate(string text, IReadOnlyList<Tok> toks, List<int> piece, int first, int last, bool caption,
        EntityType? type, bool strong, GeoPlace? place, bool demonym = false, IReadOnlyList<GeoPlace>? places = null)
    {
        return new Candidate
        {
            Start = toks[piece[first]].Start,
            End = toks[piece[last]].End,
            Text = Slice(text, toks, piece, first, last),
            Sentence = toks[piece[first]].Sentence,
            InCaption = caption,
            Type = type,
            Strong = strong,
            Place = place,
            Places = places ?? (place is null ? [] : [place]),
            Demonym = demonym,
            Words = last - first + 1,
        };
    }
}
