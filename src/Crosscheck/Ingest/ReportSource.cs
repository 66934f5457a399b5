using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// The outcome of reading one input: reports, or the reason it could not be read. A multi-record input
/// (JSON Lines, a feed) may carry both: the records that were read and a problem naming those that were not.
/// </summary>
public sealed record ReadResult(IReadOnlyList<Report> Reports, InputProblem? Problem)
{
    /// <summary>SHA-256 (lower-case hex) of the input's raw bytes; null when the input was not read.</summary>
    public string? ContentHash { get; init; }

    public bool Succeeded => Reports.Count > 0;

    public static ReadResult Ok(params Report[] reports) => new(reports, null);

    public static ReadResult Fail(string origin, string reason) => new([], new InputProblem(origin, reason));
}
