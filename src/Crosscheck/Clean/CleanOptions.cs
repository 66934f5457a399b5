namespace Crosscheck.Clean;

/// <summary>Thresholds of the cleaning stage; defaults are documented on each property.</summary>
public sealed record CleanOptions
{
    public static CleanOptions Default { get; } = new();

    /// <summary>Bylines are looked for in this many lines at the top of the body (default 3).</summary>
    public int LeadingBylineLines { get; init; } = 3;

    /// <summary>...and in this many lines at the bottom, where sign-offs and site chrome sit (default 4).</summary>
    public int TrailingBylineLines { get; init; } = 4;

    /// <summary>A longer line is prose, never a caption or a teaser (default 400 characters).</summary>
    public int MaxCaptionChars { get; init; } = 400;

    /// <summary>A longer line is never a share prompt or a "Follow us" line (default 160 characters).</summary>
    public int MaxPromptChars { get; init; } = 160;

    /// <summary>Bylines longer than this are sentences (default 160 characters).</summary>
    public int MaxBylineChars { get; init; } = 160;

    /// <summary>Language detection reads at most this many words (default 400).</summary>
    public int LanguageSampleWords { get; init; } = 400;

    /// <summary>Fewer stopword hits than this and the language is "und" (default 3).</summary>
    public int LanguageMinHits { get; init; } = 3;

    /// <summary>The best language must beat the runner-up by this factor, else "und" (default 1.3).</summary>
    public double LanguageMargin { get; init; } = 1.3;
}
