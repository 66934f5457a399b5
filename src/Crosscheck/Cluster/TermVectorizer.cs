using System.Globalization;
using System.Text;
using Crosscheck.Gazetteer;
using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Cluster;

/// <summary>
/// Turns a report into weighted terms: title and body words lower-cased, accents and stop words
/// dropped, plural and verb endings stripped; names and numbers weighted up. Term frequencies only:
/// IDF is applied by <see cref="StoryClusterer"/> once the whole corpus is counted.
/// </summary>
internal static class TermVectorizer
{
    /// <summary>The clustering stop words of a pack, folded as terms are (Lang/&lt;code&gt;/stopwords.txt [clustering]).</summary>
    private sealed class StopWordSet(LanguagePack pack)
    {
        public WordSet Words { get; } = new(pack.Words("stopwords", "clustering").Select(Fold), StringComparer.Ordinal);
    }

    /// <summary>The stop words that read a report: its pack's, none for a language without one.</summary>
    private static WordSet StopWordsOf(Report report, LanguagePacks languages) =>
        languages.For(report) is { } pack ? pack.Compiled(static p => new StopWordSet(p)).Words : WordSet.Empty;

    /// <summary>Term frequencies (already boosted) of a report's title and body.</summary>
    public static Dictionary<string, double> Terms(Report report, IReadOnlyList<Token>? bodyTokens, ClusterOptions options, LanguagePacks? languages = null) =>
        Channels(report, bodyTokens, options, languages).Full;

    /// <summary>
    /// The report's terms in every channel the pair model reads (<see cref="ClusterPairModel"/>):
    /// all terms, names only (capitalised words not opening a sentence), numbers only, and the lead
    /// (title and first sentences).
    /// </summary>
    public static TermChannels Channels(Report report, IReadOnlyList<Token>? bodyTokens, ClusterOptions options, LanguagePacks? languages = null)
    {
        var stopWords = StopWordsOf(report, languages ?? LanguagePacks.Default);
        var channels = new TermChannels();
        var terms = channels.Full;
        if (!string.IsNullOrWhiteSpace(report.Title))
        {
            var title = report.Title;
            var spans = Tokenizer.Tokenize(title);
            // Headline case capitalises every word; its capitals then say nothing about names.
            var words = spans.Count(s => s.Kind == TokenKind.Word);
            var capitals = spans.Count(s => s.Kind == TokenKind.Word && char.IsUpper(title[s.Span.Start]));
            var headlineCase = words >= 3 && capitals >= 0.6 * words;
            string? previous = null;
            for (var i = 0; i < spans.Count; i++)
            {
                var (span, kind) = spans[i];
                var term = Add(channels, stopWords, title.Substring(span.Start, span.Length), kind, !headlineCase && i > 0, options.TitleWeight, options, lead: true);
                // Adjacent content words of a headline as one more term ("bank union", "juan pablo"):
                // a headline has too few words for its bag alone to tell two stories on one subject apart.
                var word = term is not null && kind == TokenKind.Word ? term : null;
                if (word is not null && previous is not null && options.TitleBigramWeight > 0)
                {
                    var pair = string.Concat(previous, " ", word);
                    terms[pair] = terms.GetValueOrDefault(pair) + options.TitleWeight * options.TitleBigramWeight;
                }
                previous = word;
            }
        }
        if (bodyTokens is not null)
        {
            var lastSentence = -1;
            var start = true;
            foreach (var t in bodyTokens)
            {
                if (t.Sentence != lastSentence) { lastSentence = t.Sentence; start = true; }
                if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol) continue;
                Add(channels, stopWords, t.Text, t.Kind, !start, 1.0, options, lead: t.Sentence < options.LeadSentences);
                start = false;
            }
        }
        return channels;
    }

    /// <summary>The segmenter's tokens when present; a local tokenisation otherwise.</summary>
    public static IReadOnlyList<Token> BodyTokens(Report report) =>
        report.Require(Layers.Tokens);

    /// <summary>Counts a token's term; returns the term, or null for a stop word or a mark.</summary>
    private static string? Add(TermChannels channels, WordSet stopWords, string text, TokenKind kind, bool mayBeName, double weight, ClusterOptions options, bool lead)
    {
        if (kind is TokenKind.Punctuation or TokenKind.Symbol) return null;
        string term;
        Dictionary<string, double>? kindChannel = null;
        if (kind == TokenKind.Number)
        {
            term = "#" + text.Replace(",", "", StringComparison.Ordinal);
            weight *= options.NumberWeight;
            kindChannel = channels.Numbers;
        }
        else
        {
            var folded = Fold(text);
            if (folded.Length < 2 || stopWords.Contains(folded)) return null;
            term = Stem(folded);
            if (mayBeName && char.IsUpper(text[0]))
            {
                weight *= options.NameWeight;
                kindChannel = channels.Names;
            }
        }
        channels.Full[term] = channels.Full.GetValueOrDefault(term) + weight;
        if (kindChannel is not null) kindChannel[term] = kindChannel.GetValueOrDefault(term) + 1;
        if (lead) channels.Lead[term] = channels.Lead.GetValueOrDefault(term) + weight;
        return term;
    }

    internal static string Fold(string word) => NameKey.FoldWord(word);

    /// <summary>A light suffix stripper: "strikes"/"striking"/"struck" are not all caught, "strikes"/"strike" are.</summary>
    internal static string Stem(string w)
    {
        if (w.Length <= 3) return w;
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) return w[..^3];
        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 && !w.EndsWith("eed", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal)) w = w[..^1];
        // "raise"/"raises" meet "raised"/"raising" (both "rais"): a final silent e is dropped too.
        if (w.Length > 4 && w.EndsWith('e') && !w.EndsWith("ee", StringComparison.Ordinal)) return w[..^1];
        return w;
    }
}

/// <summary>A report's (or a unit's) term frequencies per channel.</summary>
internal sealed class TermChannels
{
    /// <summary>Every term, boosted (titles, names, numbers): what stories are indexed and compared by.</summary>
    public Dictionary<string, double> Full { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitalised words that do not open a sentence: people, places, organisations.</summary>
    public Dictionary<string, double> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Numbers as written (tolls, ages, amounts, years).</summary>
    public Dictionary<string, double> Numbers { get; } = new(StringComparer.Ordinal);

    /// <summary>Title and the first sentences of the body, boosted as in <see cref="Full"/>.</summary>
    public Dictionary<string, double> Lead { get; } = new(StringComparer.Ordinal);
}
