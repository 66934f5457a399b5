namespace Crosscheck.Cli;

/// <summary>
/// What `crosscheck` exits with. A run that processed at least one report succeeds even when other
/// inputs were rejected (each rejection is one line on stderr): the caller gets the output it can.
/// </summary>
internal static class ExitCodes
{
    /// <summary>At least one report was processed and the output was written.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected internal error (a bug): the message is on stderr.</summary>
    public const int InternalError = 1;

    /// <summary>Nothing could be processed (no readable report in the inputs), or a usage error
    /// (unknown option, unknown story, missing argument).</summary>
    public const int NothingProcessed = 2;

    /// <summary>The store could not be opened, read or written; it is left as it was.</summary>
    public const int StoreError = 3;

    /// <summary>The output file could not be written; no partial file is left.</summary>
    public const int OutputError = 4;

    public const string Help =
        "Exit codes: 0 ok (at least one report processed; rejected inputs are listed on stderr), "
        + "1 internal error, 2 nothing could be processed or usage error, 3 store error, 4 output file could not be written.";
}

/// <summary>A failure the user can act on: printed as one `crosscheck: ...` line, exits with <see cref="ExitCode"/>.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
