using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Rule-based sentence boundaries: a line break always ends a sentence (cleaned reports keep one
/// paragraph per line); inside a line, '.', '!' or '?' ends one when it is followed (after closing
/// quotes and brackets) by white space and an upper-case letter, a digit or an opening quote, and the
/// word before it is not a known abbreviation or a single initial.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cpl", "maj", "adm",
        "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "no", "vs", "etc", "inc", "ltd", "corp", "co",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est", "dept", "univ",
        "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "fig", "op", "vol",
    };

    public static List<(TextSpan Span, int Paragraph)> Split(string text)
    {
        var result = new List<(TextSpan, int)>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var added = SplitLine(text, lineStart, lineEnd, paragraph, result);
            if (added) paragraph++;
            lineStart = lineEnd + 1;
        }
        return result;
    }

    private static bool SplitLine(string text, int start, int end, int paragraph, List<(TextSpan, int)> result)
    {
        var any = false;
        var s = Skip(text, start, end);
        var i = s;
        while (i < end)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' && IsBoundary(text, i, end, s))
            {
                var j = i + 1;
                while (j < end && (text[j] is '.' or '!' or '?' or '"' or '\'' or ')' or ']' or '\u201d' or '\u2019')) j++;
                Add(text, s, j, paragraph, result);
                any = true;
                s = Skip(text, j, end);
                i = s;
                continue;
            }
            i++;
        }
        if (s < end)
        {
            any |= Add(text, s, end, paragraph, result);
        }
        return any;
    }

    private static bool Add(string text, int s, int e, int paragraph, List<(TextSpan, int)> result)
    {
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e <= s) return false;
        result.Add((TextSpan.FromBounds(s, e), paragraph));
        return true;
    }

    private static int Skip(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool IsBoundary(string text, int i, int end, int sentenceStart)
    {
        var j = i + 1;
        while (j < end && (text[j] is '.' or '!' or '?' or '"' or '\'' or ')' or ']' or '\u201d' or '\u2019')) j++;
        if (j >= end) return true;
        if (!char.IsWhiteSpace(text[j])) return false;
        while (j < end && char.IsWhiteSpace(text[j])) j++;
        if (j >= end) return true;
        var next = text[j];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201c' or '\'' or '\u2018' or '(' or '[' or '\u2013' or '\u2014' or '-'))
            return false;
        if (text[i] != '.') return true;
        // The word before the dot.
        var w = i;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text[w..i];
        if (word.Length == 0) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "John F. Kennedy"
        return !Abbreviations.Contains(word.TrimEnd('.'));
    }
}
