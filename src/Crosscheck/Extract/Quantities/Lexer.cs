using System.Globalization;

namespace Crosscheck.Extract.Quantities;

internal enum LexKind : byte
{
    /// <summary>Digits with inner separators kept: "1,000", "3.5", "10:30", "11/03/2025".</summary>
    Number,
    /// <summary>Letters only (with inner apostrophes and abbreviation dots: "don't", "a.m.").</summary>
    Word,
    /// <summary>A hyphen, en dash or minus: joins "30-day", "twenty-one" and ranges "2–3".</summary>
    Dash,
    /// <summary>$ € £ % ~ + # ° and other symbols.</summary>
    Symbol,
    /// <summary>Everything else: commas, stops, brackets, quotes, em dashes.</summary>
    Punct,
}

/// <summary>One lexeme of a sentence. <see cref="SpaceBefore"/> separates "30-day" from "30 - day".</summary>
internal readonly record struct Lexeme(int Start, int End, LexKind Kind, bool SpaceBefore);

/// <summary>
/// The quantity stage's own lexer. Unlike the shared tokenizer it splits words at hyphens and splits
/// letters from digits ("30km", "MH17", "$2.5bn"), because the parts of "two- to three-day" or
/// "6.2-magnitude" carry the figure, its range and its unit.
/// </summary>
internal static class Lexer
{
    /// <param name="spaceGroups">Digits grouped by spaces are one number ("1 200"), as French writes them.</param>
    /// <param name="elisions">Elided words that end at their apostrophe ("d'" of "d'euros"); empty for English.</param>
    public static void Lex(string text, int start, int end, List<Lexeme> output, bool spaceGroups = false, Lang.WordSet? elisions = null)
    {
        output.Clear();
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }
            int j;
            LexKind kind;
            // ".001 per cent": a leading decimal point opens a number.
            if (char.IsDigit(c) || (c == '.' && space && i + 1 < end && char.IsDigit(text[i + 1])))
            {
                j = ScanNumber(text, i, end, spaceGroups);
                kind = LexKind.Number;
            }
            else if (char.IsLetter(c))
            {
                j = ScanWord(text, i, end, elisions);
                kind = LexKind.Word;
            }
            else
            {
                j = i + 1;
                kind = c switch
                {
                    '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' => LexKind.Dash,
                    '$' or '%' or '~' or '+' or '#' or '°' or '€' or '£' or '¥' or '₴' or '₽' or '₹' or '₩' => LexKind.Symbol,
                    _ => char.IsSymbol(c) ? LexKind.Symbol : LexKind.Punct,
                };
            }
            output.Add(new Lexeme(i, j, kind, space));
            space = false;
            i = j;
        }
    }

    private static int ScanNumber(string text, int i, int end, bool spaceGroups)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsDigit(c)) { j++; continue; }
            // "1 200", "12 500": a space then exactly three digits, after a first group of one to three.
            if (spaceGroups && NumberReader.GroupSpaces.Contains(c) && ThreeDigits(text, j + 1, end)
                && (j - i <= 3 || NumberReader.GroupSpaces.Contains(text[j - 4])))
            {
                j += 4;
                continue;
            }
            // A separator belongs to the number only when a digit follows: "1,000", "3.5", "10:30", "3/6".
            if (c is ',' or '.' or ':' or '/' && j + 1 < end && char.IsDigit(text[j + 1])) { j += 2; continue; }
            break;
        }
        return j;
    }

    private static bool ThreeDigits(string text, int from, int end) =>
        from + 3 <= end && char.IsDigit(text[from]) && char.IsDigit(text[from + 1]) && char.IsDigit(text[from + 2])
        && (from + 3 == end || !char.IsDigit(text[from + 3]));

    private static int ScanWord(string text, int i, int end, Lang.WordSet? elisions)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) { j++; continue; }
            if (c is '\'' or '\u2019' && j + 1 < end && char.IsLetter(text[j + 1]))
            {
                // A possessive 's is split off ("Russia's"), other inner apostrophes stay ("don't").
                if (text[j + 1] is 's' or 'S' && (j + 2 >= end || !char.IsLetter(text[j + 2]))) break;
                // "d'euros", "l'explosion": the elided word ends with its apostrophe.
                if (elisions is not null && elisions.Contains(text.AsSpan(i, j - i))) return j + 1;
                j++;
                continue;
            }
            // "a.m.", "p.m.", "U.S.": a dot between single letters.
            if (c == '.' && j - i == 1 && j + 1 < end && char.IsLetter(text[j + 1]) && (j + 2 >= end || !char.IsLetter(text[j + 2])))
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
