using System.CommandLine;
using System.Globalization;
using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Cli;

/// <summary>The reports read from the command's PATH arguments, and the inputs that were rejected.</summary>
internal sealed record InputSet(IReadOnlyList<Report> Reports, IReadOnlyList<InputProblem> Problems);

/// <summary>Reads PATH arguments (files, folders, "-" for stdin) through <see cref="ReportReader"/>.</summary>
internal static class Inputs
{
    public const string Stdin = "-";

    /// <summary>The name a report read from standard input goes by (its id and origin).</summary>
    public const string StdinName = "stdin";

    /// <summary>The PATH... argument of `report` and `ingest`.</summary>
    public static Argument<string[]> PathsArgument() => new("PATH")
    {
        Description = "Report files or folders (read recursively): text, HTML, JSON Lines, RSS/Atom; - reads standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>
    /// The size limit per input file. Advanced: the default suits news reports; lowering it guards a
    /// batch job against dumps, raising it admits unusually long pages.
    /// </summary>
    public static Option<double?> MaxFileMbOption() => new("--max-file-mb")
    {
        HelpName = "MB",
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Advanced: refuse input files larger than this many megabytes (default {ReadOptions.Default.MaxFileBytes / (1024.0 * 1024.0):0.#}); each refused file is one line on stderr"),
        Validators =
        {
            result =>
            {
                // Only a number out of range: a token that is not a number is the parser's own error.
                if (result.Tokens is [var token]
                    && double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var mb)
                    && !(mb > 0 && mb <= 1024 * 1024))
                    result.AddError("--max-file-mb must be a positive number of megabytes");
            },
        },
    };

    public static ReadOptions Options(ParseResult parse, Option<double?> maxFileMb) =>
        parse.GetValue(maxFileMb) is { } mb
            ? ReadOptions.Default with { MaxFileBytes = Math.Max(1, (long)(mb * 1024 * 1024)) }
            : ReadOptions.Default;

    /// <summary>Reads every path; a path that yields neither a report nor a reason is itself a problem
    /// (an empty folder must not pass silently). Each problem is printed as one line on stderr.</summary>
    public static InputSet Read(IReadOnlyList<string> paths, CliHost host, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var reports = new List<Report>();
        var problems = new List<InputProblem>();
        foreach (var path in paths)
        {
            var before = reports.Count + problems.Count;
            try
            {
                if (path == Stdin)
                {
                    // Read as bytes, like a file: the reader sniffs the format and checks the encoding.
                    using var stream = host.OpenInput();
                    Add(ReportReader.ReadStream(stream, StdinName, options), reports, problems);
                }
                else
                {
                    foreach (var result in ReportReader.Read([path], options)) Add(result, reports, problems);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException or InvalidOperationException)
            {
                problems.Add(new InputProblem(path == Stdin ? StdinName : path, OneLine(e.Message)));
            }
            if (reports.Count + problems.Count == before)
            {
                problems.Add(new InputProblem(path == Stdin ? StdinName : path,
                    Directory.Exists(path) ? "no reports found" : "no report found"));
            }
        }
        foreach (var problem in problems) host.Problem(problem.ToString());
        return new InputSet(reports, problems);
    }

    private static void Add(ReadResult result, List<Report> reports, List<InputProblem> problems)
    {
        reports.AddRange(result.Reports);
        if (result.Problem is { } problem) problems.Add(problem);
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
