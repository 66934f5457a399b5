using Crosscheck.Model;

namespace Crosscheck.Extract.Quantities;

/// <summary>A figure while it is being read: lexeme positions within its sentence plus what was found so far.</summary>
internal sealed class Figure
{
    /// <summary>First lexeme: the qualifier, the currency or the number.</summary>
    public int First;

    /// <summary>First lexeme of the number itself.</summary>
    public int NumberStart;

    /// <summary>One past the last lexeme of the figure (number, range, unit, suffix qualifier), not the noun.</summary>
    public int End;

    /// <summary>One past the last lexeme consumed, parenthetical conversion and noun included.</summary>
    public int Consumed;

    public double Value;
    public double? High;
    public Qualifier Qualifier = Qualifier.Exact;
    public UnitInfo? Unit;

    /// <summary>"30-day", "6.2-magnitude": the unit is joined to the number and modifies the word after it.</summary>
    public bool HyphenUnit;

    /// <summary>"6.000": a dot with three digits after it, read as thousands only before a counted noun.</summary>
    public bool AmbiguousDot;

    /// <summary>Four digits between 1800 and 2100 with no separator: a year unless it counts something.</summary>
    public bool YearLike;

    /// <summary>Written "one" (or "a ..."): only a figure when it counts a known noun or has a unit.</summary>
    public bool WeakWord;

    /// <summary>"1,000-for-1,000", "on each side".</summary>
    public bool EachSide;

    /// <summary>The old value of a change ("rose from 10 to 12"): not the current figure.</summary>
    public bool Superseded;

    /// <summary>"87 mph (140 km/h)": the bracketed figure restates the one before it in another unit.</summary>
    public bool Conversion;

    public int NounHead = -1;
    public NounEntry? Noun;
    public string? NounText;
    public string? ModifierRole;
    public bool DeadModifier;
    public bool DroneModifier;
    public int NounEnd;

    public string? FactName;
}
