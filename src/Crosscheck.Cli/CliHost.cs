namespace Crosscheck.Cli;

/// <summary>
/// The process surroundings a command may touch: streams, whether they are terminals, the
/// environment and the home folder. Passed in (never read from statics) so that commands run
/// in-process in tests, in parallel, without redirecting the global Console. Standard input is
/// opened as bytes, and only for a PATH of "-": it is decoded and checked like a file.
/// </summary>
internal sealed record CliHost(
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenInput,
    bool OutIsTerminal,
    bool ErrorIsTerminal,
    Func<string, string?> Environment,
    string HomeDirectory)
{
    public static CliHost FromProcess() => new(
        Console.Out,
        Console.Error,
        Console.OpenStandardInput,
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        System.Environment.GetEnvironmentVariable,
        System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile));

    /// <summary>Whether stderr understands ANSI escape codes (a live progress bar needs them); null:
    /// detect from the console and the environment, as for the process's own stderr.</summary>
    public bool? ErrorAnsi { get; init; }

    /// <summary>One `crosscheck: ...` line on stderr: the format of every problem and error.</summary>
    public void Problem(string message) => Error.WriteLine($"crosscheck: {message}");
}
