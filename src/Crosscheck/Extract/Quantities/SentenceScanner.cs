using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Extract.Quantities;

/// <summary>
/// Reads the figures of one sentence at a time: the number (digits or words, with its scale), a
/// range, the unit, the qualifier, then the noun it counts. What is not a quantity is read and
/// dropped so that its parts are not read again: dates ("June 3", "2025"), times, ages
/// ("a 17-year-old"), ordinals ("3rd"), designations ("Article 5", "F-16", "MH17"), phone numbers
/// and versions, and vague amounts ("dozens", "several hundred"), which never parse as numbers.
/// One instance serves one report; it is not shared between threads.
/// </summary>
internal sealed partial class SentenceScanner
{
    private readonly string _text;
    private readonly QuantityOptions _options;
    private readonly List<Lexeme> _items = [];
    private readonly List<Figure> _figures = [];
    private int[] _owner = new int[64];

    public SentenceScanner(string text, QuantityOptions options, Lexicon lexicon)
    {
        _text = text;
        _options = options;
        Lexicon = lexicon;
    }

    /// <summary>The report's language, compiled for this stage (named like its type, so "Lexicon.X" reads as before).</summary>
    private Lexicon Lexicon { get; }

    public IReadOnlyList<Lexeme> Items => _items;

    /// <summary>The figures of the sentence [start, end), each with its noun and fact name.</summary>
    public IReadOnlyList<Figure> Scan(int start, int end)
    {
        Lexer.Lex(_text, start, end, _items, Lexicon.SpaceGroupsThousands, Lexicon.Elisions.Count > 0 ? Lexicon.Elisions : null);
        _figures.Clear();
        if (!HasCandidate()) return _figures;

        _conversionFrom = _conversionTo = -1;
        var i = 0;
        while (i < Count)
        {
            var next = TryFigure(i, out var figure);
            if (figure is not null)
            {
                figure.Conversion = figure.NumberStart >= _conversionFrom && figure.NumberStart < _conversionTo;
                ReadNoun(figure);
                if (Keep(figure) && !IsAddress(figure)) _figures.Add(figure);
            }
            i = Math.Max(next, i + 1);
        }
        MarkOwners();
        foreach (var figure in _figures) figure.FactName = NameFact(figure);
        _figures.RemoveAll(IsPartOfName);
        return _figures;
    }

    /// <summary>
    /// "the S&amp;P 500", "Stoxx 50", "iPhone 14", "Big 12", "Part 3": a bare number (no unit, no
    /// counted noun, no fact) right after a name-like word inside the sentence is part of that name.
    /// </summary>
    private bool IsPartOfName(Figure f)
    {
        if (f.FactName is not null || f.Unit is not null || f.Noun is not null || f.First != f.NumberStart) return false;
        var before = f.First - 1;
        if (before <= 0 || !IsWord(before) || Glued(f.First) || IsMonth(before)) return false;
        // "640bhp", "500mg": letters glued after the digits are a unit this pack does not know.
        if (IsWord(f.End) && Glued(f.End)) return false;
        foreach (var c in W(before))
        {
            if (char.IsUpper(c)) return true;
        }
        return false;
    }

    /// <summary>"575 Elm Road", "16-18 Mill Avenue": a number before a capitalised street name is an address.</summary>
    private bool IsAddress(Figure f)
    {
        if (f.Unit is not null || f.NumberStart != f.First) return false;
        for (var k = f.End; k < f.End + 4 && IsUpperWord(k); k++)
        {
            if (k > f.End && InSet(k, Lexicon.StreetWords)) return true;
        }
        return false;
    }

    // ---- lexeme helpers ------------------------------------------------------------------------

    private int Count => _items.Count;

    private ReadOnlySpan<char> W(int i) => _text.AsSpan(_items[i].Start, _items[i].End - _items[i].Start);

    private bool Is(int i, LexKind kind) => i >= 0 && i < Count && _items[i].Kind == kind;

    private bool IsWord(int i) => Is(i, LexKind.Word);

    private bool IsWord(int i, string word) => IsWord(i) && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsChar(int i, char c) => i >= 0 && i < Count && _items[i].End - _items[i].Start == 1 && _text[_items[i].Start] == c;

    /// <summary>True when lexeme i touches the one before it ("30km", "$2.5").</summary>
    private bool Glued(int i) => i >= 0 && i < Count && !_items[i].SpaceBefore;

    private bool InSet(int i, WordSet set) => IsWord(i) && set.Contains(W(i));

    private bool IsUpperWord(int i) => IsWord(i) && char.IsUpper(_text[_items[i].Start]);

    private bool HasCandidate()
    {
        for (var i = 0; i < Count; i++)
        {
            if (_items[i].Kind == LexKind.Number) return true;
            if (_items[i].Kind == LexKind.Word && Lexicon.NumberWordsBySpan.ContainsKey(W(i))) return true;
        }
        return false;
    }

    private bool StartsNumber(int i)
    {
        if (Is(i, LexKind.Number)) return true;
        if (!IsWord(i)) return false;
        var w = W(i);
        if (Lexicon.NumberWordsBySpan.TryGetValue(w, out var nw)) return nw.Kind is NumberWordKind.Unit or NumberWordKind.Ten;
        if (Lexicon.Indefinite.Contains(w))
        {
            return IsWord(i + 1) && Lexicon.NumberWordsBySpan.TryGetValue(W(i + 1), out var after)
                && after.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen or NumberWordKind.Approximate;
        }
        return Lexicon.Half.Contains(w) && InSet(i + 1, Lexicon.Indefinite)
            && IsWord(i + 2) && Lexicon.NumberWordsBySpan.TryGetValue(W(i + 2), out var scale) && scale.Kind != NumberWordKind.Unit && scale.Kind != NumberWordKind.Ten;
    }

    // ---- numbers -------------------------------------------------------------------------------

    private bool ReadNumber(int i, bool money, out NumberRead n)
    {
        n = default;
        if (!StartsNumber(i)) return false;
        if (Is(i, LexKind.Number))
        {
            n.End = i + 1;
            var raw = W(i);
            if (!NumberReader.TryParseDigits(raw, out n.Value, out n.AmbiguousDot))
            {
                // "1/2 pound": a simple fraction before a unit (not a date like "3/6").
                if (NumberReader.TryParseFraction(raw, out n.Value) && IsWord(i + 1) && Lexicon.UnitsBySpan.ContainsKey(W(i + 1))) return true;
                n.NotAFigure = true;
                return true;
            }
            n.YearLike = raw.Length == 4 && n.Value is >= 1800 and <= 2100;
            ReadMultiplier(ref n, money);
            return true;
        }
        return ReadNumberWords(i, ref n);
    }

    private void ReadMultiplier(ref NumberRead n, bool money)
    {
        var k = n.End;
        if (!IsWord(k)) return;
        var w = W(k);
        double m;
        // "4 hundred", "4 hundred million": a hundred word after digits, then perhaps a scale.
        if (Lexicon.NumberWordsBySpan.TryGetValue(w, out var hundred) && hundred.Kind == NumberWordKind.Hundred && !money)
        {
            m = hundred.Value;
            if (IsWord(k + 1) && Lexicon.MultipliersBySpan.TryGetValue(W(k + 1), out var scale))
            {
                m *= scale;
                k++;
            }
        }
        else if (!Lexicon.MultipliersBySpan.TryGetValue(w, out m))
        {
            // "m" and "b" are million and billion after money; "5m" alone is five metres unless people follow.
            var isM = w.Equals("m", StringComparison.OrdinalIgnoreCase);
            var isB = w.Equals("b", StringComparison.OrdinalIgnoreCase) && Glued(k);
            if (money && (isM || isB)) m = isM ? 1e6 : 1e9;
            else if (isM && Glued(k) && IsWord(k + 1) && Lexicon.CountNounsBySpan.ContainsKey(W(k + 1))) m = 1e6;
            else return;
        }
        n.Value *= m;
        n.Multiplier = m;
        n.End = k + 1;
        n.AmbiguousDot = false;
        n.YearLike = false;
    }

    private bool ReadNumberWords(int i, ref NumberRead n)
    {
        var k = i;
        if (InSet(k, Lexicon.Half))
        {
            var scale = Lexicon.NumberWordsBySpan[W(k + 2)];
            n.Value = 0.5 * scale.Value;
            n.End = k + 3;
            return true;
        }
        double total = 0, current = 0;
        NumberWordKind? previous = null;
        if (InSet(k, Lexicon.Indefinite))
        {
            current = 1;
            previous = NumberWordKind.Unit;
            k++;
        }
        while (IsWord(k) && Lexicon.NumberWordsBySpan.TryGetValue(W(k), out var nw))
        {
            var allowed = nw.Kind switch
            {
                NumberWordKind.Unit => previous is null or NumberWordKind.Ten or NumberWordKind.Hundred or NumberWordKind.Scale,
                NumberWordKind.Ten => previous is null or NumberWordKind.Hundred or NumberWordKind.Scale,
                NumberWordKind.Hundred => previous is NumberWordKind.Unit or NumberWordKind.Ten && current is > 0 and < 100,
                NumberWordKind.Scale => previous is not null and not NumberWordKind.Scale && current > 0,
                _ => previous is NumberWordKind.Unit or NumberWordKind.Ten && current > 0,
            };
            // "twenty one" is one number, "twenty two-day truces" is not: only a unit straight after a ten joins it.
            if (!allowed || (nw.Kind == NumberWordKind.Unit && previous == NumberWordKind.Ten && current % 10 != 0)) break;
            switch (nw.Kind)
            {
                case NumberWordKind.Unit:
                case NumberWordKind.Ten:
                    current += nw.Value;
                    break;
                case NumberWordKind.Hundred:
                    current *= 100;
                    break;
                case NumberWordKind.Dozen:
                    current *= 12;
                    break;
                case NumberWordKind.Approximate:
                    current *= nw.Value;
                    n.Approximate = true;
                    break;
                default:
                    total += current * nw.Value;
                    current = 0;
                    break;
            }
            previous = nw.Kind;
            k++;
            // "twenty-one"
            if (nw.Kind == NumberWordKind.Ten && Is(k, LexKind.Dash) && Glued(k) && IsWord(k + 1) && Glued(k + 1)
                && Lexicon.NumberWordsBySpan.TryGetValue(W(k + 1), out var unit) && unit.Kind == NumberWordKind.Unit)
            {
                current += unit.Value;
                previous = NumberWordKind.Unit;
                k += 2;
            }
            // "one hundred and twenty"
            if (InSet(k, Lexicon.NumberJoiners) && previous is NumberWordKind.Hundred or NumberWordKind.Scale && IsWord(k + 1)
                && Lexicon.NumberWordsBySpan.TryGetValue(W(k + 1), out var after) && after.Kind is NumberWordKind.Unit or NumberWordKind.Ten)
            {
                k++;
            }
        }
        if (k == i || (k == i + 1 && InSet(i, Lexicon.Indefinite))) return false;
        n.Value = total + current;
        n.End = k;
        n.Weak = k == i + 1 && IsWord(i, "one");
        return true;
    }
}
