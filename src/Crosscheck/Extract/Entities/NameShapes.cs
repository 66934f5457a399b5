using Crosscheck.Gazetteer;
using Crosscheck.Model;

namespace Crosscheck.Extract.Entities;

/// <summary>
/// What the shape of a found name says, once the rules and the tagger have typed it: a role word
/// inside a run of capitals is followed by a person's name ("Academy President Cheryl Boone Isaacs"
/// is the person Cheryl Boone Isaacs, the Academy beside her), and a name's head word types it (a
/// person never ends in "Clinic", "Patrol" or "Street"). The words come from the pack's <c>names.txt</c>.
/// </summary>
internal static class NameShapes
{
    /// <summary>Longest person's name taken after a role word.</summary>
    private const int MaxNameWords = 4;

    public static void Refine(List<Candidate> candidates, NameLexicon lexicon, GazetteerIndex gazetteer)
    {
        if (lexicon.PersonTitles.Count == 0 && lexicon.OrgHeads.Count == 0 && lexicon.PlaceHeads.Count == 0) return;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Demonym || c.Type == EntityType.Place) continue;
            if (c.Type == EntityType.Person && WithoutDescriber(c) is { } described) candidates[i] = c = described;
            if (CutAtTitle(c, lexicon, gazetteer) is { } cut)
            {
                candidates[i] = cut.Person;
                if (cut.Organization is { } org) candidates.Add(org);
                continue;
            }
            if (c.Type is EntityType.Person or null) TypeByHead(c, lexicon, gazetteer);
        }
    }

    /// <summary>
    /// "X President Jane Roe" → the person "Jane Roe" (and the organisation "X" when an organisation
    /// word names it): the last role word with one to four capitalised name words after it that are
    /// not themselves organisation, place or role words.
    /// </summary>
    internal static (Candidate Person, Candidate? Organization)? CutAtTitle(Candidate c, NameLexicon lexicon, GazetteerIndex gazetteer)
    {
        var words = Split(c.Text);
        if (words.Count < 2) return null;
        var title = -1;
        for (var w = words.Count - 2; w >= 0; w--)
        {
            if (lexicon.PersonTitles.Contains(Bare(words[w].Text))) { title = w; break; }
        }
        if (title < 0) return null;
        var rest = words.Count - title - 1;
        if (rest > MaxNameWords) return null;
        for (var w = title + 1; w < words.Count; w++)
        {
            var word = words[w].Text;
            var lower = Bare(word).ToLowerInvariant();
            if (!char.IsUpper(word[0]) || Cues.OrgHeads.Contains(lower) || Cues.CompanyHeads.Contains(lower) || Cues.Titles.Contains(lower)
                || Cues.HeadTitles.Contains(lower) || Cues.Breakers.Contains(lower) || lexicon.OrgHeads.Contains(lower)
                || lexicon.PlaceHeads.Contains(lower) || lexicon.PersonTitles.Contains(lower) || lexicon.OrgSuffixes.Contains(lower))
                return null;
        }
        var from = words[title + 1].Offset;
        var name = c.Text[from..];
        if (gazetteer.Country(name) is not null || gazetteer.Demonym(name) is not null) return null;
        var person = new Candidate
        {
            Start = c.InCaption ? c.Start : c.Start + from, End = c.End, Text = name, Sentence = c.Sentence, InCaption = c.InCaption,
            Words = rest, Type = EntityType.Person, Strong = true,
        };
        // The organisation before the role, when it has an organisation word: "Staunton Police" of "Staunton Police Chief".
        var last = title - 1;
        while (last >= 0 && (Cues.Titles.Contains(Bare(words[last].Text).ToLowerInvariant()) || lexicon.PersonTitles.Contains(Bare(words[last].Text)))) last--;
        Candidate? org = null;
        if (last >= 0 && Enumerable.Range(0, last + 1).Any(w => Cues.OrgHeads.Contains(Bare(words[w].Text).ToLowerInvariant()) || lexicon.OrgHeads.Contains(Bare(words[w].Text))))
        {
            var end = words[last].Offset + words[last].Text.Length;
            org = new Candidate
            {
                Start = c.Start, End = c.InCaption ? c.End : c.Start + end, Text = c.Text[..end], Sentence = c.Sentence, InCaption = c.InCaption,
                Words = last + 1, Type = EntityType.Organization, Strong = false,
            };
        }
        return (person, org);
    }

    /// <summary>
    /// A person's name less a describing compound capitalised at the start of a sentence
    /// ("Sixty-year-old Jane Roe"): a first word whose parts after the hyphen are lower case.
    /// </summary>
    internal static Candidate? WithoutDescriber(Candidate c)
    {
        var words = Split(c.Text);
        if (words.Count < 3) return null;
        var parts = words[0].Text.Split('-');
        if (parts.Length < 2 || !parts.Skip(1).All(p => p.Length > 0 && p.All(char.IsLower))) return null;
        var from = words[1].Offset;
        return new Candidate
        {
            Start = c.InCaption ? c.Start : c.Start + from, End = c.End, Text = c.Text[from..], Sentence = c.Sentence, InCaption = c.InCaption,
            Words = words.Count - 1, Type = c.Type, Strong = c.Strong, ByModel = c.ByModel, Places = c.Places, Place = c.Place,
        };
    }

    /// <summary>A person-typed or untyped name whose head is an organisation or place word takes that type.</summary>
    internal static void TypeByHead(Candidate c, NameLexicon lexicon, GazetteerIndex? gazetteer = null)
    {
        var words = Split(c.Text);
        if (words.Count < 2) return;
        var head = Bare(words[^1].Text).ToLowerInvariant();
        var first = Bare(words[0].Text).ToLowerInvariant();
        EntityType? type = null;
        if (lexicon.OrgHeads.Contains(head) || (c.Type == EntityType.Person && (Cues.OrgHeads.Contains(head) || Cues.CompanyHeads.Contains(head))))
            type = EntityType.Organization;
        else if (lexicon.PlaceHeads.Contains(head) || lexicon.PlaceOpeners.Contains(first))
        {
            if (c.Type == EntityType.Person)
            {
                // "Newton Street" is no person; nor is it taken for a place the events would locate
                // (a street, a bridge): the tagger's guess is dropped.
                c.Type = null;
                c.ByModel = false;
                return;
            }
            type = EntityType.Place;
        }
        else if (c.Type == EntityType.Person && lexicon.Articles.Contains(first) && char.IsUpper(words[0].Text[0]))
            type = EntityType.Organization; // "The Hollywood Reporter": people are not written with an article
        else if (c.Type == EntityType.Person && gazetteer is not null && StartsWithPlace(words, gazetteer))
            type = EntityType.Organization; // "North Carolina Tar Heels", "Portland Trail Blazers": a team or body of the place
        if (type is null) return;
        c.Type = type;
        c.Strong = true;
        c.ByModel = false;
    }

    /// <summary>
    /// A place of several words before the rest of the name ("North Carolina Tar Heels"), or a place
    /// of one word before a plural of two or more ("Portland Trail Blazers"): people are named
    /// "Austin Powers" or "Paris Hilton", not so.
    /// </summary>
    private static bool StartsWithPlace(List<(string Text, int Offset)> words, GazetteerIndex gazetteer)
    {
        for (var n = words.Count - 1; n >= 1; n--)
        {
            var rest = words.Count - n;
            if (n == 1 && (rest < 2 || !words[^1].Text.EndsWith('s'))) continue;
            var prefix = string.Join(' ', words.Take(n).Select(w => w.Text));
            if (gazetteer.Lookup(prefix).Any(p => p.Kind is PlaceKind.City or PlaceKind.Region or PlaceKind.Country)) return true;
        }
        return false;
    }

    private static string Bare(string word) => word.TrimEnd('.', ',');

    private static List<(string Text, int Offset)> Split(string text)
    {
        var words = new List<(string, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ') i++;
            var start = i;
            while (i < text.Length && text[i] != ' ') i++;
            if (i > start) words.Add((text[start..i], start));
        }
        return words;
    }
}
