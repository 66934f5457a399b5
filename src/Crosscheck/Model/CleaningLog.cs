namespace Crosscheck.Model;

/// <summary>The lines cleaning removed from a report, each with why (caption, teaser, share prompt...).</summary>
public sealed record CleaningLog(IReadOnlyList<RemovedLine> Removed);

public sealed record RemovedLine(string Text, string Reason);
