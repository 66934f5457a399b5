using System.Collections.Frozen;
using Crosscheck.Gazetteer;
using Crosscheck.Lang;

namespace Crosscheck.Extract.Entities;

/// <summary>
/// A language pack's <c>names.txt</c> compiled once per pack: the words that tell how one entity is
/// written several ways (company suffixes, articles, honorifics) and the heads that type a name.
/// </summary>
internal sealed class NameLexicon
{
    public static readonly NameLexicon Empty = new(WordSet.Empty, WordSet.Empty, WordSet.Empty, WordSet.Empty, WordSet.Empty, WordSet.Empty, WordSet.Empty,
        FrozenDictionary<string, string>.Empty);

    private NameLexicon(WordSet orgSuffixes, WordSet articles, WordSet honorifics, WordSet personTitles, WordSet orgHeads, WordSet placeHeads, WordSet placeOpeners,
        FrozenDictionary<string, string> abbreviations)
    {
        Abbreviations = abbreviations;
        OrgSuffixes = orgSuffixes;
        Articles = articles;
        Honorifics = honorifics;
        PersonTitles = personTitles;
        OrgHeads = orgHeads;
        PlaceHeads = placeHeads;
        PlaceOpeners = placeOpeners;
    }

    /// <summary>Legal-form words after a company's name ("Corp", "Inc").</summary>
    public WordSet OrgSuffixes { get; }

    /// <summary>Articles written before an organisation's name ("The").</summary>
    public WordSet Articles { get; }

    /// <summary>Courtesy titles before a surname ("Mrs", "Dr").</summary>
    public WordSet Honorifics { get; }

    /// <summary>Role words inside a run of capitals that a person's name follows.</summary>
    public WordSet PersonTitles { get; }

    /// <summary>Last words that make a name an organisation, never a person.</summary>
    public WordSet OrgHeads { get; }

    /// <summary>Last words that make a name a place, never a person.</summary>
    public WordSet PlaceHeads { get; }

    /// <summary>First words that make a name a place.</summary>
    public WordSet PlaceOpeners { get; }

    /// <summary>Folded short forms and spellings in names and the folded word each stands for ("mt" → "mount", "centre" → "center").</summary>
    public FrozenDictionary<string, string> Abbreviations { get; }

    public static NameLexicon For(LanguagePack? pack) => pack is null ? Empty : pack.Compiled(Build);

    private static NameLexicon Build(LanguagePack pack) => new(
        pack.Set("names", "org-suffixes"), pack.Set("names", "articles"), pack.Set("names", "honorifics"),
        pack.Set("names", "person-titles"), pack.Set("names", "org-heads"), pack.Set("names", "place-heads"),
        pack.Set("names", "place-openers"),
        Pairs(pack, "abbreviations").Concat(Pairs(pack, "spellings"))
            .GroupBy(w => w.From, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().To, StringComparer.Ordinal));

    private static IEnumerable<(string From, string To)> Pairs(LanguagePack pack, string section) =>
        pack.Lines("names", section).Select(l => l.Split(LangFile.Blanks, StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length == 2)
            .Select(w => (NameKey.FoldWord(w[0]), NameKey.FoldWord(w[1])));
}
