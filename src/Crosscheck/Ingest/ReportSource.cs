using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>The outcome of reading one input: reports, or the reason it could not be read.</summary>
public sealed record ReadResult(IReadOnlyList<Report> Reports, InputProblem? Problem)
{
    public static ReadResult Ok(params Report[] reports) => new(reports, null);

    public static ReadResult Fail(string origin, string reason) => new([], new InputProblem(origin, reason));
}
