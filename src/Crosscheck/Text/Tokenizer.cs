using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Text;

/// <summary>
/// Splits cleaned text into tokens: words (with inner apostrophes, hyphens and dots of
/// abbreviations kept), numbers (with thousands separators and decimals), punctuation and symbols.
/// </summary>
public static class Tokenizer
{
    public static List<(TextSpan Span, TokenKind Kind)> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<(TextSpan, TokenKind)>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var j = i;
            if (char.IsDigit(c))
            {
                j = ScanNumber(text, i, end);
                tokens.Add((TextSpan.FromBounds(i, j), TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                j = ScanWord(text, i, end);
                tokens.Add((TextSpan.FromBounds(i, j), TokenKind.Word));
            }
            else
            {
                j = i + 1;
                // Keep "--" and "..." together: they are one mark each.
                while (j < end && (c == '-' || c == '.') && text[j] == c) j++;
                var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                tokens.Add((TextSpan.FromBounds(i, j), kind));
            }
            i = j;
        }
        return tokens;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            if (char.IsDigit(text[j])) { j++; continue; }
            // 1,000 / 3.5 / 1.000 (a separator is kept only when a digit follows it)
            if ((text[j] == ',' || text[j] == '.') && j + 1 < end && char.IsDigit(text[j + 1])) { j += 2; continue; }
            break;
        }
        return j;
    }

    private static int ScanWord(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) { j++; continue; }
            // Inner apostrophes (O'Brien, don't) and hyphens (France-Presse) stay inside the word,
            // but a possessive 's is split off so that "Navalny's" yields the name.
            if ((c == '\'' || c == '\u2019') && j + 1 < end && char.IsLetter(text[j + 1]))
            {
                if ((text[j + 1] == 's' || text[j + 1] == 'S') && (j + 2 >= end || !char.IsLetter(text[j + 2]))) break;
                j++;
                continue;
            }
            if ((c == '-' || c == '\u2011') && j + 1 < end && char.IsLetterOrDigit(text[j + 1])) { j++; continue; }
            // Abbreviations with inner dots: U.S., U.N., e.g.
            if (c == '.' && j + 1 < end && char.IsLetter(text[j + 1]) && j + 2 <= end && (j + 2 == end || text[j + 2] == '.') && j - i <= 2)
            {
                j += 2;
                if (j < end && text[j] == '.') j++;
                continue;
            }
            break;
        }
        return j;
    }
}
