namespace Crosscheck.Model;

/// <summary>
/// What cleaning made of a report: the final text, the lines it removed (each with why), and what
/// those lines told it (a byline's outlet, a wire credit, captions) plus the detected language.
/// </summary>
public sealed record CleaningLog(IReadOnlyList<RemovedLine> Removed)
{
    /// <summary>The cleaned body text; every later offset points into it.</summary>
    public required string Text { get; init; }

    /// <summary>Caption, credit and teaser lines removed from the body, kept for name finding.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>The outlet a byline names (used only when the input names none).</summary>
    public string? Outlet { get; init; }

    /// <summary>The wire agency a byline, dateline or outlet name credits, canonical name.</summary>
    public string? Wire { get; init; }

    /// <summary>ISO 639-1 code detected on the cleaned text, "und" when unsure.</summary>
    public required string Language { get; init; }

    /// <summary>
    /// Why the language-dependent stages (dates, figures, quotes, events) will not read this report,
    /// e.g. "no language pack for de"; null when they will.
    /// </summary>
    public string? NotAnalysed { get; init; }
}

/// <summary>
/// A line cleaning removed, why, and where it was in <see cref="Report.RawText"/> (from its first
/// to its last visible character), so that a caption can be shown where it stood.
/// </summary>
public sealed record RemovedLine(string Text, string Reason)
{
    public TextSpan RawSpan { get; init; }
}
