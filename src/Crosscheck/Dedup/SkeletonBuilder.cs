using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Dedup;

/// <summary>
/// The skeleton of a report: its numbers (number words made digits, "seven" = 7), its capitalised
/// names (spelling variants folded) and the openings of its quotations, in reading order. A machine
/// translation swaps words and reorders clauses but keeps this sequence; an independent report of
/// the same event uses the same names and figures in another order, around other quotes.
/// </summary>
internal static class SkeletonBuilder
{
    private static readonly ulong QuoteMark = Hash64.Of("\u0001quote");

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.Ordinal)
    {
        // "one" is left out: it is as often "a" or a pronoun as a count.
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        ["mln"] = 1_000_000, ["bn"] = 1_000_000_000,
    };

    /// <summary>Capitalised words that are not names: function words and pronouns that open sentences or headlines.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "for", "of", "to", "and", "but", "or", "as", "by", "with", "from",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "this",
        "that", "these", "those", "there", "here", "when", "while", "after", "before", "if", "however",
        "meanwhile", "also", "mr", "mrs", "ms", "dr", "some", "many", "more", "most", "other", "one", "no",
        "not", "what", "who", "which", "where", "why", "how", "all", "both", "each", "such", "than", "then",
        "so", "yet", "into", "over", "under", "about", "against", "during", "since", "until", "according",
    };

    public static List<ulong> Build(Report report, IReadOnlyList<Token> tokens)
    {
        var names = NamesUsedMidSentence(tokens);
        var paragraphOf = ParagraphOf(report);
        var result = new List<ulong>(tokens.Count / 6);
        var insideStraightQuote = false;
        var lastSentence = -1;
        var lastParagraph = -1;
        var sentenceStart = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Sentence != lastSentence)
            {
                lastSentence = t.Sentence;
                sentenceStart = true;
                var paragraph = paragraphOf is not null && t.Sentence < paragraphOf.Length ? paragraphOf[t.Sentence] : t.Sentence;
                if (paragraph != lastParagraph) insideStraightQuote = false; // an unclosed quote ends with its paragraph
                lastParagraph = paragraph;
            }
            switch (t.Kind)
            {
                case TokenKind.Punctuation or TokenKind.Symbol:
                    var c = t.Text[0];
                    if (c is '\u201c' or '\u00ab' or '\u201e') result.Add(QuoteMark);
                    else if (c == '"')
                    {
                        if (!insideStraightQuote) result.Add(QuoteMark);
                        insideStraightQuote = !insideStraightQuote;
                    }
                    continue; // punctuation does not end the sentence-initial position
                case TokenKind.Number:
                    if (TryNumber(t.Text, out var value))
                    {
                        i = ApplyMultiplier(tokens, i, ref value);
                        result.Add(NumberToken(value));
                    }
                    break;
                case TokenKind.Word:
                    if (TryNumberWord(tokens, ref i, out var number)) result.Add(NumberToken(number));
                    else if (char.IsUpper(t.Text[0]))
                    {
                        var folded = Fingerprint.Fold(t.Text);
                        if (!NotNames.Contains(folded) && (!sentenceStart || names.Contains(folded)))
                            result.Add(Hash64.Of(NameKey(folded)));
                    }
                    break;
            }
            sentenceStart = false;
        }
        return result;
    }

    private static int[]? ParagraphOf(Report report)
    {
        var sentences = report.Get(Layers.Sentences);
        if (sentences is null) return null;
        var result = new int[sentences.Count];
        foreach (var s in sentences) if (s.Index < result.Length) result[s.Index] = s.Paragraph;
        return result;
    }

    /// <summary>
    /// Capitalised words seen away from the start of a sentence: a sentence-initial word counts as a
    /// name only when the report also capitalises it elsewhere ("Officials said" vs "Okafor said").
    /// </summary>
    private static HashSet<string> NamesUsedMidSentence(IReadOnlyList<Token> tokens)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var lastSentence = -1;
        var start = true;
        foreach (var t in tokens)
        {
            if (t.Sentence != lastSentence) { lastSentence = t.Sentence; start = true; }
            if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol) continue;
            if (!start && t.Kind == TokenKind.Word && char.IsUpper(t.Text[0])) names.Add(Fingerprint.Fold(t.Text));
            start = false;
        }
        return names;
    }

    /// <summary>
    /// Folds transliteration variants of a name together: y read as i, doubled letters single
    /// (Navalnyy, Navalniy and Navalny all become "navalni").
    /// </summary>
    internal static string NameKey(string folded)
    {
        Span<char> buffer = folded.Length <= 64 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = 0;
        foreach (var ch in folded)
        {
            var c = ch == 'y' ? 'i' : ch;
            if (n > 0 && buffer[n - 1] == c) continue;
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    private static ulong NumberToken(double value) =>
        Hash64.Combine(0x4E554D, Hash64.Of(value.ToString("R", CultureInfo.InvariantCulture)));

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>"1.5 million", "two hundred": a following multiplier word scales the number.</summary>
    private static int ApplyMultiplier(IReadOnlyList<Token> tokens, int i, ref double value)
    {
        while (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word
            && Multipliers.TryGetValue(Fingerprint.Fold(tokens[i + 1].Text), out var m))
        {
            value *= m;
            i++;
        }
        return i;
    }

    /// <summary>A number written in words ("seven", "twenty-five", "seven-year-old", "two hundred").</summary>
    private static bool TryNumberWord(IReadOnlyList<Token> tokens, ref int i, out double value)
    {
        value = 0;
        var word = Fingerprint.Fold(tokens[i].Text);
        var parts = word.Split('-');
        if (!NumberWords.TryGetValue(parts[0], out value)) return false;
        if (parts.Length > 1 && NumberWords.TryGetValue(parts[1], out var unit) && value >= 20 && unit < 10) value += unit;
        else if (parts.Length == 1 && value >= 20 && i + 1 < tokens.Count
            && NumberWords.TryGetValue(Fingerprint.Fold(tokens[i + 1].Text), out var next) && next < 10)
        {
            value += next; // "twenty five"
            i++;
        }
        if (parts.Length == 1) i = ApplyMultiplier(tokens, i, ref value);
        return true;
    }
}
