namespace Crosscheck.Extract.Quantities;

/// <summary>Windows the quantity stage uses to tie a figure to what it counts. Defaults suit news prose.</summary>
public sealed record QuantityOptions
{
    public static QuantityOptions Default { get; } = new();

    /// <summary>Words looked back from a figure for the verb or noun that gives its role ("killing at least three").</summary>
    public int CueWindow { get; init; } = 10;

    /// <summary>Modifiers allowed between a figure and the noun it counts ("40 military aircraft").</summary>
    public int NounWindow { get; init; } = 3;

    /// <summary>Words allowed between a counted noun and its role after it ("were also reportedly killed").</summary>
    public int RoleChainWindow { get; init; } = 7;
}
