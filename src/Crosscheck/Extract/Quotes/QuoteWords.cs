using System.Text.RegularExpressions;
using Crosscheck.Lang;

namespace Crosscheck.Extract.Quotes;

/// <summary>
/// The quote stage's compiled view of a language pack: reporting verbs (reporting.txt), pronouns,
/// leading words and determiners (quotes.txt) and speaker titles (titles.txt) as regexes and sets
/// built once per pack.
/// </summary>
internal sealed class QuoteWords
{
    public static QuoteWords For(LanguagePack pack) => pack.Compiled(static p => new QuoteWords(p));

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private readonly string[] _that;

    private QuoteWords(LanguagePack pack)
    {
        // Phrases keep their file order: the first alternative that matches wins.
        Cue = new Regex($@"\b(?:{Alternation(pack.Lines("reporting", "quote-cues"))})\b", Options | RegexOptions.IgnoreCase);
        SpeakerAfterCues = new WordSet(pack.Lines("reporting", "speaker-after")); // phrases, one a line
        ClauseOpener = new Regex($@"^(?:{Alternation(pack.Words("quotes", "clause-openers"))})\b", Options);
        SubjectPronoun = new Regex($@"^(?:{Alternation(pack.Words("quotes", "subject-pronouns"))})$", Options | RegexOptions.IgnoreCase);
        LeadingPhrase = new Regex($@"^(?:{Alternation(pack.Words("quotes", "leading-words"))})$", Options | RegexOptions.IgnoreCase);
        Pronoun = new Regex($@"\b(?:{Alternation(pack.Words("quotes", "speaker-pronouns"))})\b", Options | RegexOptions.IgnoreCase);
        // An article ending in an apostrophe ("l'") joins its noun; others take a space.
        var articles = string.Join('|', pack.Words("titles", "articles")
            .Select(a => a.EndsWith('\'') ? Regex.Escape(a[..^1]) + @"['’]\s*" : Regex.Escape(a) + @"\s+"));
        Title = new Regex($@"\b(?:{articles})(?:[\w-]+\s+){{0,3}}(?:{Alternation(pack.Lines("titles", "speaker-titles"))})\b", Options | RegexOptions.IgnoreCase);
        PersonalPronouns = pack.Set("quotes", "personal-pronouns");
        RelativePronouns = pack.Set("quotes", "relative-pronouns");
        Determiners = pack.Set("quotes", "determiners");
        NonSpeakers = pack.Set("quotes", "non-speakers");
        AdverbsAuxiliaries = new WordSet(pack.Words("quotes", "adverbs-auxiliaries"), StringComparer.Ordinal);
        VerbLike = new WordSet(pack.Words("quotes", "verb-like"), StringComparer.Ordinal);
        _that = pack.Words("quotes", "that");
        GroupNouns = pack.Set("quotes", "group-nouns");
        Subordinators = pack.Set("quotes", "subordinators");
        // "governor gov": a title and the short forms written before a name.
        _titleForms = pack.Lines("titles", "short-forms")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 1)
            .ToDictionary(p => p[0], p => p, StringComparer.OrdinalIgnoreCase);
    }

    private readonly Dictionary<string, string[]> _titleForms;

    /// <summary>The title and its short forms ("governor" → governor, gov).</summary>
    public IReadOnlyList<string> TitleForms(string title) => _titleForms.TryGetValue(title, out var forms) ? forms : [title];

    /// <summary>Nouns that stand for an organisation named before: "the group said".</summary>
    public WordSet GroupNouns { get; }

    /// <summary>Words that open a subordinate clause: a person named in one is not the sentence's subject.</summary>
    public WordSet Subordinators { get; }

    /// <summary>A reporting verb ("said", "told", "according to").</summary>
    public Regex Cue { get; }

    /// <summary>Cues whose speaker follows them: "according to X".</summary>
    public WordSet SpeakerAfterCues { get; }

    public Regex ClauseOpener { get; }

    public Regex SubjectPronoun { get; }

    public Regex LeadingPhrase { get; }

    public Regex Pronoun { get; }

    /// <summary>"the regional governor": a title phrase that names a speaker.</summary>
    public Regex Title { get; }

    public WordSet PersonalPronouns { get; }

    public WordSet RelativePronouns { get; }

    public WordSet Determiners { get; }

    public WordSet NonSpeakers { get; }

    public WordSet AdverbsAuxiliaries { get; }

    public WordSet VerbLike { get; }

    /// <summary>True when the text before a quote ends with the complementiser ("said that").</summary>
    public bool EndsWithThat(string between)
    {
        foreach (var t in _that)
            if (between.EndsWith(t, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string Alternation(IEnumerable<string> phrases) =>
        string.Join('|', phrases.Select(p => Regex.Escape(p).Replace(@"\ ", " ")));
}
