using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Extract.Quantities;

internal sealed partial class SentenceScanner
{
    /// <summary>
    /// Reads the figure that starts at lexeme i, if any. Returns the index to continue from: past
    /// everything read, including what was read only to be dropped (a date, an age).
    /// </summary>
    private int TryFigure(int i, out Figure? figure)
    {
        figure = null;
        var p = i;
        string? currency = null;
        var magnitude = false;

        // Prefixes: "$", "US$", "€", "UAH 2bn", "magnitude 6.2", "M6.2".
        if (Is(i, LexKind.Symbol) && Lexicon.CurrencySymbolsBySpan.TryGetValue(W(i), out var symbolCurrency) && Is(i + 1, LexKind.Number))
        {
            currency = symbolCurrency;
            p = i + 1;
        }
        else if (IsWord(i) && IsChar(i + 1, '$') && Glued(i + 1) && Is(i + 2, LexKind.Number)
            && Lexicon.DollarPrefixesBySpan.TryGetValue(W(i), out var dollar))
        {
            currency = dollar;
            p = i + 2;
        }
        else if (IsChar(i, '$') && IsWord(i + 1) && Glued(i + 1) && Is(i + 2, LexKind.Number) && Glued(i + 2)
            && Lexicon.DollarPrefixesBySpan.TryGetValue(W(i + 1), out var dollarAfter))
        {
            // "$US160 million": the country written after the sign.
            currency = dollarAfter;
            p = i + 2;
        }
        else if (Is(i, LexKind.Symbol) && Lexicon.CurrencySymbolsBySpan.TryGetValue(W(i), out var signedCurrency)
            && Is(i + 1, LexKind.Dash) && Glued(i + 1) && Is(i + 2, LexKind.Number) && Glued(i + 2))
        {
            // "$-50.8bn": a negative amount.
            currency = signedCurrency;
            p = i + 2;
        }
        else if (IsWord(i) && W(i).Length == 3 && IsAllUpper(W(i)) && Lexicon.CurrencyWordsBySpan.TryGetValue(W(i), out var code) && StartsNumber(i + 1))
        {
            currency = code;
            p = i + 1;
        }
        else if (IsWord(i, "magnitude") && (Is(i + 1, LexKind.Number) || (Is(i + 1, LexKind.Dash) && Is(i + 2, LexKind.Number))))
        {
            magnitude = true;
            p = Is(i + 1, LexKind.Dash) ? i + 2 : i + 1;
        }
        else if (IsWord(i) && W(i) is "M" && Is(i + 1, LexKind.Number) && Glued(i + 1) && W(i + 1).Contains('.'))
        {
            magnitude = true;
            p = i + 1;
        }
        else if (!StartsNumber(i))
        {
            return i + 1;
        }

        if (!ReadNumber(p, currency is not null, out var n)) return i + 1;
        if (n.NotAFigure) return SkipNumberChain(n.End);
        // "M21 9AB8": digits, letters and digits glued together are a code.
        if (Is(p, LexKind.Number) && IsWord(n.End) && Glued(n.End) && Is(n.End + 1, LexKind.Number) && Glued(n.End + 1)) return SkipNumberChain(n.End + 2);
        // "-1.3%", "minus 5", "minus-130": the sign belongs to the number.
        var signStart = NegativeSign(p);
        if (signStart >= 0)
        {
            n.Value = -n.Value;
            n.YearLike = false;
        }
        // "sub-7 nanometre": a prefix that bounds the figure, not a designation like "F-16".
        var below = Is(p - 1, LexKind.Dash) && Glued(p - 1) && Glued(p) && InSet(p - 2, Lexicon.BelowPrefixes) ? p - 2 : -1;

        // ISO dates and phone numbers: three groups of digits joined by dashes.
        if (Is(p, LexKind.Number) && Is(n.End, LexKind.Dash) && Glued(n.End) && Is(n.End + 1, LexKind.Number) && Glued(n.End + 1)
            && Is(n.End + 2, LexKind.Dash) && Glued(n.End + 2) && Is(n.End + 3, LexKind.Number))
        {
            return SkipNumberChain(n.End + 4);
        }
        if (currency is null && !magnitude && below < 0 && signStart < 0 && IsNotAQuantity(p, n)) return SkipDate(n.End);
        // "In 2014 protesters were killed": a year before a counted noun is still a year.
        if (n.YearLike && currency is null && (InSet(p - 1, Lexicon.YearPrepositions) || IsChar(n.End, ','))) return n.End;
        // "2024-25": a span of years.
        if (n.YearLike && Is(n.End, LexKind.Dash) && Glued(n.End) && Is(n.End + 1, LexKind.Number) && Glued(n.End + 1)) return n.End + 2;

        var f = new Figure
        {
            First = signStart >= 0 && signStart < i ? signStart : below >= 0 ? below : i,
            NumberStart = p,
            Value = n.Value,
            AmbiguousDot = n.AmbiguousDot,
            YearLike = n.YearLike && currency is null && !magnitude,
            WeakWord = n.Weak,
        };
        var e = n.End;

        // Glued suffixes on digits: "3rd", "1990s", "10am", "24h", "40C".
        if (Is(p, LexKind.Number) && IsWord(e) && Glued(e) && n.Multiplier == 0)
        {
            var s = W(e);
            if (s is "st" or "nd" or "rd" or "th" or "s" or "am" or "pm" or "a.m." or "p.m." or "a.m" or "p.m") return e + 1;
            if (s is "h" && currency is null)
            {
                f.Unit = Lexicon.HourUnit;
                e++;
            }
            else if (s is "C" or "F" && currency is null)
            {
                f.Unit = Lexicon.Celsius;
                if (s is "F") f.Value = (f.Value - 32) * 5 / 9;
                e++;
            }
        }
        if (IsWord(e) && Lexicon.TimeSuffixes.Contains(W(e)) && currency is null) return e + 1;
        // "1 in 5 households", "one in three": a ratio, not a count.
        if (currency is null && IsWord(e, "in") && StartsNumber(e + 1) && ReadNumber(e + 1, false, out var denominator)) return denominator.End;
        if (magnitude || (InSet(p - 1, Lexicon.Of) && IsWord(p - 2, "magnitude"))) f.Unit = Lexicon.Magnitude;

        e = ReadUnit(f, e, ref currency);
        e = ReadRange(f, p, n, e, ref currency);
        if (f.Unit is null && currency is not null) f.Unit = new UnitInfo(currency, 1, UnitDimension.Money);
        if (f.Unit is { Factor: not 1.0 } converted)
        {
            f.Value *= converted.Factor;
            f.High *= converted.Factor;
        }

        if (IsAge(f, p, e)) return SkipAge(e);
        // "Ana Ruiz, 34, said": a bare number between commas after a name is an age.
        if (f.Unit is null && currency is null && f.High is null && IsChar(f.First - 1, ',') && IsUpperWord(f.First - 2) && IsChar(e, ',')
            && Is(p, LexKind.Number) && f.Value is >= 1 and <= 120 && f.Value % 1 == 0 && f.First == p) return e;
        // "from 5 to 7 September": a range of days.
        if (f.High is not null && f.Unit is null && f.High <= 31 && IsMonth(e)) return SkipDate(e);

        // "6.2 on the Richter scale"
        if (f.Unit is null && IsWord(e, "on") && IsWord(e + 1, "the") && IsWord(e + 2, "richter"))
        {
            f.Unit = Lexicon.Magnitude;
        }

        ReadSuffixQualifier(f, ref e);
        if (below >= 0 && f.Qualifier == Qualifier.Exact) f.Qualifier = Qualifier.LessThan;
        else ReadPrefixQualifier(f);
        // "une vingtaine": about twenty, unless a qualifier said more ("plus d'une vingtaine").
        if (n.Approximate && f.Qualifier == Qualifier.Exact) f.Qualifier = Qualifier.About;
        f.End = e;
        f.Consumed = SkipConversion(f, e);
        f.Superseded = IsSuperseded(f);
        figure = f;
        return f.Consumed;
    }

    /// <summary>
    /// The lexeme that makes the number at p negative, or -1: a minus sign set off from the word before
    /// it and touching the digits ("Stoxx -1.3%", "$-50bn"), or a minus word ("minus 5", "minus-130").
    /// A dash between two words or numbers ("F-16", "2-3") is no sign.
    /// </summary>
    private int NegativeSign(int p)
    {
        var dash = p - 1;
        if (Is(dash, LexKind.Dash) && Glued(p))
        {
            if (InSet(dash - 1, Lexicon.MinusWords) && Glued(dash)) return dash - 1;
            if (dash == 0 || !Glued(dash)) return dash;
            if (Is(dash - 1, LexKind.Symbol) && Lexicon.CurrencySymbolsBySpan.ContainsKey(W(dash - 1))) return dash;
            return -1;
        }
        return InSet(p - 1, Lexicon.MinusWords) ? p - 1 : -1;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsUpper(c)) return false;
        }
        return true;
    }

    /// <summary>Past a run of digit groups joined by dashes, dots or spaces-free separators (a phone number, a date).</summary>
    private int SkipNumberChain(int k)
    {
        while (Is(k, LexKind.Dash) && Glued(k) && Is(k + 1, LexKind.Number) && Glued(k + 1)) k += 2;
        return k;
    }

    /// <summary>Dates, designations and codes: numbers that name rather than count.</summary>
    private bool IsNotAQuantity(int p, NumberRead n)
    {
        var before = p - 1;
        // "MH17", "G7": digits glued to letters.
        if (IsWord(before) && Glued(p)) return true;
        // "F-16", "Su-34", "Covid-19"
        if (Is(before, LexKind.Dash) && Glued(before) && Glued(p) && IsWord(before - 1)) return true;
        // "#5", "+380 ...", "No. 5", "Article 5"
        if (IsChar(before, '#') || (IsChar(before, '+') && Glued(p))) return true;
        if (IsChar(before, '.') && IsWord(before - 1, "no")) return true;
        if (InSet(before, Lexicon.DesignationWords)) return true;
        // Dates: "June 3", "June 3, 2025", "Jun. 3", "3 June", "3 of June", "June 2025".
        if (IsMonth(before) || (IsChar(before, '.') && IsMonth(before - 1)))
        {
            return n.Value <= 31 || n.YearLike;
        }
        if (n.Value <= 31 && n.Value >= 1 && n.Value % 1 == 0 && (IsMonth(n.End) || (InSet(n.End, Lexicon.Of) && IsMonth(n.End + 1)))) return true;
        return false;
    }

    private bool IsMonth(int i)
    {
        if (!IsWord(i) || !Lexicon.Months.Contains(W(i))) return false;
        // "may" and "march" are verbs in lower case.
        return char.IsUpper(_text[_items[i].Start]);
    }

    /// <summary>Past a date's remaining parts: "3 June 2025", "June 3, 2025".</summary>
    private int SkipDate(int k)
    {
        if (IsMonth(k)) k++;
        else if (InSet(k, Lexicon.Of) && IsMonth(k + 1)) k += 2;
        if (IsChar(k, ',') && Is(k + 1, LexKind.Number) && W(k + 1).Length == 4) return k + 2;
        if (Is(k, LexKind.Number) && W(k).Length == 4) return k + 1;
        return k;
    }

    // ---- units ---------------------------------------------------------------------------------

    /// <summary>Reads a unit at e (after a dash when it is joined: "30-day"). Returns the index after it.</summary>
    private int ReadUnit(Figure f, int e, ref string? currency)
    {
        if (f.Unit is not null)
        {
            return e;
        }
        var k = e;
        var hyphen = false;
        // "2,5 millions d'euros": a linking word before the unit, in packs that have one.
        if (InSet(k, Lexicon.NounLinks) && IsWord(k + 1) && (Lexicon.UnitsBySpan.ContainsKey(W(k + 1)) || Lexicon.CurrencyWordsBySpan.ContainsKey(W(k + 1)))) k++;
        if (Is(k, LexKind.Dash) && IsWord(k + 1) && Glued(k + 1))
        {
            hyphen = true;
            k++;
        }
        if (IsChar(k, '%'))
        {
            f.Unit = Lexicon.Percent;
            return k + 1;
        }
        if (IsChar(k, '°'))
        {
            f.Unit = Lexicon.Celsius;
            if (IsWord(k + 1, "F") && Glued(k + 1)) f.Value = (f.Value - 32) * 5 / 9;
            return IsWord(k + 1) && Glued(k + 1) && W(k + 1).Length == 1 ? k + 2 : k + 1;
        }
        if (!IsWord(k)) return e;
        var w = W(k);

        // Two- and three-word units first.
        if (w.Equals("per", StringComparison.OrdinalIgnoreCase) && IsWord(k + 1, "cent")) return SetUnit(f, Lexicon.Percent, k + 2, hyphen);
        if (w.Equals("percentage", StringComparison.OrdinalIgnoreCase) && (IsWord(k + 1, "points") || IsWord(k + 1, "point")))
        {
            return SetUnit(f, Lexicon.PercentagePoint, k + 2, hyphen);
        }
        if ((w.Equals("square", StringComparison.OrdinalIgnoreCase) || w.Equals("sq", StringComparison.OrdinalIgnoreCase))
            && IsWord(k + 1) && Lexicon.UnitsBySpan.TryGetValue(W(k + 1), out var side) && side.Dimension == UnitDimension.Length)
        {
            var factor = side.Unit switch { "km" => side.Factor * side.Factor, "m" => side.Factor * side.Factor / 1e6, _ => side.Factor * side.Factor / 1e12 };
            return SetUnit(f, new UnitInfo("km2", factor, UnitDimension.Area), k + 2, hyphen);
        }
        if (w.Equals("cubic", StringComparison.OrdinalIgnoreCase) && (IsWord(k + 1, "metres") || IsWord(k + 1, "meters") || IsWord(k + 1, "m")))
        {
            return SetUnit(f, new UnitInfo("m3", 1, UnitDimension.Volume), k + 2, hyphen);
        }
        if (w.Equals("degrees", StringComparison.OrdinalIgnoreCase) || w.Equals("degree", StringComparison.OrdinalIgnoreCase))
        {
            var end = k + 1;
            if (IsWord(end, "fahrenheit") || IsWord(end, "F"))
            {
                f.Value = (f.Value - 32) * 5 / 9;
                end++;
            }
            else if (IsWord(end, "celsius") || IsWord(end, "C") || IsWord(end, "centigrade"))
            {
                end++;
            }
            return SetUnit(f, Lexicon.Celsius, end, hyphen);
        }
        if (Lexicon.UnitsBySpan.TryGetValue(w, out var unit))
        {
            var end = k + 1;
            if (unit.Dimension == UnitDimension.Length && unit.Unit == "km")
            {
                // "km/h", "kilometres per hour", "miles an hour"
                if (IsChar(end, '/') && IsWord(end + 1, "h"))
                {
                    return SetUnit(f, new UnitInfo("km/h", unit.Factor, UnitDimension.Speed), end + 2, hyphen);
                }
                if ((IsWord(end, "per") || IsWord(end, "an") || IsWord(end, "a")) && IsWord(end + 1, "hour"))
                {
                    return SetUnit(f, new UnitInfo("km/h", unit.Factor, UnitDimension.Speed), end + 2, hyphen);
                }
            }
            return SetUnit(f, unit, end, hyphen);
        }
        if (w is "m" && currency is null) return SetUnit(f, Lexicon.MetreUnit, k + 1, hyphen);
        if (w.Equals("US", StringComparison.Ordinal) && (IsWord(k + 1, "dollars") || IsWord(k + 1, "dollar")))
        {
            currency = "usd";
            return k + 2;
        }
        if (Lexicon.CurrencyWordsBySpan.TryGetValue(w, out var named) && (w.Length != 3 || IsAllUpper(w)) && currency is null)
        {
            currency = named;
            return k + 1;
        }
        return e;
    }

    private static int SetUnit(Figure f, UnitInfo unit, int end, bool hyphen)
    {
        f.Unit = unit;
        f.HyphenUnit = hyphen;
        return end;
    }

    // ---- ranges --------------------------------------------------------------------------------

    /// <summary>"two to three", "2-3", "between 5 and 10", "two or three", "two- to three-day", "1,000-for-1,000".</summary>
    private int ReadRange(Figure f, int p, NumberRead first, int e, ref string? currency)
    {
        var k = e;
        var dash = false;
        // "between 15kHz and 17kHz": a glued unit this pack does not know, written on both ends.
        var gluedUnit = f.Unit is null && IsWord(k) && Glued(k) && Is(p, LexKind.Number) && !StartsNumber(k) ? k : -1;
        if (gluedUnit >= 0) k++;
        if (Is(k, LexKind.Dash))
        {
            dash = true;
            k++;
        }
        int second;
        if (IsWord(k, "to") || IsWord(k, "or") || (IsWord(k, "and") && !dash && IsWord(f.First - 1, "between")))
        {
            // "rose from 10 to 12" is a change, not a range.
            if (IsWord(k, "to") && IsWord(p - 1, "from") && HasChangeVerbBefore(p - 1)) return e;
            second = k + 1;
        }
        else if (dash && Glued(e) && Glued(k) && StartsNumber(k) && gluedUnit < 0)
        {
            second = k;
        }
        else if (dash && gluedUnit < 0 && _text[_items[k - 1].Start] == '\u2013' && !Glued(k - 1) && !Glued(k) && Is(k, LexKind.Number))
        {
            // "~25 – 40min": an en dash set off by spaces between two numbers.
            second = k;
        }
        else if (dash && IsWord(k, "for") && Is(k + 1, LexKind.Dash) && StartsNumber(k + 2))
        {
            // "1,000-for-1,000": as many on each side.
            if (ReadNumber(k + 2, currency is not null, out var other) && !other.NotAFigure && other.Value == f.Value)
            {
                f.EachSide = true;
                return other.End;
            }
            return e;
        }
        else
        {
            return e;
        }

        // "$89 to $93 billion", "between $200,000 and $414 million": the currency written again.
        if (currency is not null && Is(second, LexKind.Symbol) && Is(second + 1, LexKind.Number) && Glued(second + 1)
            && Lexicon.CurrencySymbolsBySpan.TryGetValue(W(second), out var again) && again == currency)
            second++;
        else if (currency is not null && IsChar(second, '$') && IsWord(second + 1) && Glued(second + 1) && Is(second + 2, LexKind.Number)
            && Glued(second + 2) && Lexicon.DollarPrefixesBySpan.TryGetValue(W(second + 1), out var againAfter) && againAfter == currency)
            second += 2;
        if (!ReadNumber(second, currency is not null, out var n) || n.NotAFigure) return e;
        var low = f.Value;
        var high = n.Value;
        // "1.5 to 2 million": the scale written once applies to both.
        if (first.Multiplier == 0 && n.Multiplier > 0 && low * n.Multiplier <= high) low *= n.Multiplier;
        if (high <= low) return e;
        var unitBefore = f.Unit;
        var end = n.End;
        if (gluedUnit >= 0)
        {
            // The same unknown unit must close the second number, else this is no range.
            if (!(IsWord(end) && Glued(end) && W(end).Equals(W(gluedUnit), StringComparison.Ordinal))) return e;
            end++;
        }
        else if (unitBefore is null)
        {
            end = ReadUnit(f, end, ref currency);
        }
        else
        {
            // "5km to 10km": a repeated unit must be the same dimension, else this is no range.
            var probe = new Figure { Value = high };
            var probeCurrency = currency;
            var afterSecond = ReadUnit(probe, end, ref probeCurrency);
            if (probe.Unit is { } u)
            {
                if (u.Dimension != unitBefore.Value.Dimension) return e;
                high = probe.Value;
                end = afterSecond;
            }
            // "rose 6.5% to 164p", "fell 10 per cent to 18.97 yuan": the second number is a level in
            // another unit (a currency, a glued symbol), not the top of a range.
            else if (probeCurrency != currency || (IsWord(end) && Glued(end))) return e;
        }
        f.Value = low;
        f.High = high;
        f.Qualifier = Qualifier.Range;
        return end;
    }

    private bool HasChangeVerbBefore(int from)
    {
        for (var k = from - 1; k >= 0 && k >= from - 4; k--)
        {
            if (IsWord(k) && W(k) is var w && (w.StartsWith("rose", StringComparison.OrdinalIgnoreCase)
                || w.Equals("risen", StringComparison.OrdinalIgnoreCase) || w.StartsWith("increase", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("climb", StringComparison.OrdinalIgnoreCase) || w.StartsWith("jump", StringComparison.OrdinalIgnoreCase)
                || w.Equals("grew", StringComparison.OrdinalIgnoreCase) || w.Equals("fell", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("drop", StringComparison.OrdinalIgnoreCase) || w.StartsWith("decline", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("decrease", StringComparison.OrdinalIgnoreCase) || w.StartsWith("revise", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("raise", StringComparison.OrdinalIgnoreCase) || w.StartsWith("lower", StringComparison.OrdinalIgnoreCase)
                || w.Equals("up", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("rise", StringComparison.OrdinalIgnoreCase) || w.StartsWith("rising", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The old value of a change: "rose from 10 to 12", "up to 12 from 10".</summary>
    private bool IsSuperseded(Figure f) => IsWord(f.First - 1, "from") && HasChangeVerbBefore(f.First - 1);

    // ---- ages ----------------------------------------------------------------------------------

    /// <summary>"a 17-year-old", "seven -year -old", "aged 42", "18 to 25 years old", "42 years of age", "a three-month-old baby".</summary>
    private bool IsAge(Figure f, int p, int e)
    {
        var before = f.First - 1;
        if (IsWord(before, "aged") || IsWord(before, "age") || (IsWord(before, "between") && IsWord(before - 1, "aged"))) return true;
        if (f.Unit is not { Dimension: UnitDimension.Duration }) return false;
        var k = e;
        if (Is(k, LexKind.Dash)) k++;
        if (IsWord(k, "old")) return true;
        return InSet(e, Lexicon.Of) && IsWord(e + 1, "age");
    }

    private int SkipAge(int e)
    {
        // "aged 19 and 23"
        if ((IsWord(e, "and") || IsWord(e, "to") || IsChar(e, ',')) && Is(e + 1, LexKind.Number)) return e + 2;
        var k = e;
        if (Is(k, LexKind.Dash)) k++;
        if (IsWord(k, "old")) return k + 1;
        return e;
    }

    // ---- qualifiers ----------------------------------------------------------------------------

    private void ReadPrefixQualifier(Figure f)
    {
        var at = f.First;
        // "between 5 and 10": the range marker belongs to the figure's text.
        if (f.Qualifier == Qualifier.Range && IsWord(at - 1, "between"))
        {
            f.First = at - 1;
            return;
        }
        foreach (var (words, qualifier) in Lexicon.Qualifiers)
        {
            var start = at - words.Length;
            if (start < 0) continue;
            var match = true;
            for (var j = 0; j < words.Length && match; j++)
            {
                var k = start + j;
                match = words[j] == "~" ? IsChar(k, '~') : IsWord(k) && W(k).Equals(words[j], StringComparison.OrdinalIgnoreCase);
            }
            if (!match) continue;
            if (f.Qualifier != Qualifier.Range) f.Qualifier = qualifier;
            f.First = start;
            return;
        }
    }

    /// <summary>"20 or more", "20 or so", "20-plus", "20+", "40-odd".</summary>
    private void ReadSuffixQualifier(Figure f, ref int e)
    {
        if (f.Qualifier == Qualifier.Range) return;
        if (IsWord(e, "or") && IsWord(e + 1, "more"))
        {
            f.Qualifier = Qualifier.AtLeast;
            e += 2;
        }
        else if (IsWord(e, "or") && IsWord(e + 1, "so"))
        {
            f.Qualifier = Qualifier.About;
            e += 2;
        }
        else if (IsChar(e, '+') && Glued(e))
        {
            f.Qualifier = Qualifier.AtLeast;
            e += 1;
        }
        else if (Is(e, LexKind.Dash) && (IsWord(e + 1, "plus") || IsWord(e + 1, "odd")) && Glued(e + 1))
        {
            f.Qualifier = IsWord(e + 1, "plus") ? Qualifier.AtLeast : Qualifier.About;
            e += 2;
        }
    }

    // ---- conversions ---------------------------------------------------------------------------

    /// <summary>"30 kilometres (18 miles)", "$2.5bn (€2.2bn)": the conversion in brackets is the same figure; skip it.</summary>
    private int SkipConversion(Figure f, int e)
    {
        if (f.Unit is null || !IsChar(e, '(')) return e;
        var probe = e + 1;
        while (IsWord(probe) && !StartsNumber(probe) && probe < e + 4) probe++;
        if (!StartsNumber(probe) && !Is(probe, LexKind.Symbol) && !IsWord(probe)) return e;
        var next = TryFigure(probe, out var inner);
        if (inner?.Unit is null || inner.Unit.Value.Dimension != f.Unit.Value.Dimension) return e;
        if (!IsChar(next, ')')) return e;
        // The bracketed figure is read again on its own (a reader sees both "87 mph" and "140 km/h"),
        // marked so that it states no second fact.
        _conversionFrom = probe;
        _conversionTo = next;
        return e;
    }

    /// <summary>Lexemes [from, to) hold a bracketed conversion of the figure before them.</summary>
    private int _conversionFrom = -1, _conversionTo = -1;
}
