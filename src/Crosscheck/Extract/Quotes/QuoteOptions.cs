namespace Crosscheck.Extract.Quotes;

/// <summary>Thresholds of quote extraction and merging, with their defaults.</summary>
public sealed record QuoteOptions
{
    public static QuoteOptions Default { get; } = new();

    /// <summary>A quotation shorter than this many words is a scare quote or a name, not a quote.</summary>
    public int MinWords { get; init; } = 3;

    /// <summary>
    /// Two quotes of one speaker are one quotation when they share a run of this many words
    /// (translations and edits keep such runs; 6 words rarely recur by chance).
    /// </summary>
    public int SharedRun { get; init; } = 6;
}
