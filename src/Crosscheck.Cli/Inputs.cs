using Crosscheck.Ingest;
using Crosscheck.Model;

namespace Crosscheck.Cli;

/// <summary>The reports read from the command's PATH arguments, and the inputs that were rejected.</summary>
internal sealed record InputSet(IReadOnlyList<Report> Reports, IReadOnlyList<InputProblem> Problems);

/// <summary>Reads PATH arguments (files, folders, "-" for stdin) through <see cref="ReportReader"/>.</summary>
internal static class Inputs
{
    public const string Stdin = "-";

    /// <summary>Reads every path; a path that yields neither a report nor a reason is itself a problem
    /// (an empty folder must not pass silently). Each problem is printed as one line on stderr.</summary>
    public static InputSet Read(IReadOnlyList<string> paths, CliHost host)
    {
        var reports = new List<Report>();
        var problems = new List<InputProblem>();
        foreach (var path in paths)
        {
            var before = reports.Count + problems.Count;
            if (path == Stdin) ReadStdin(host.In, reports, problems);
            else
            {
                try
                {
                    foreach (var result in ReportReader.Read([path]))
                    {
                        reports.AddRange(result.Reports);
                        if (result.Problem is { } problem) problems.Add(problem);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    problems.Add(new InputProblem(path, e.Message));
                }
            }
            if (reports.Count + problems.Count == before)
            {
                problems.Add(new InputProblem(path == Stdin ? "<stdin>" : path,
                    Directory.Exists(path) ? "no reports found in this folder" : "no report found"));
            }
        }
        foreach (var problem in problems) host.Problem(problem.ToString());
        return new InputSet(reports, problems);
    }

    /// <summary>
    /// Stdin goes through the same reader as a file (header, HTML detection), by way of a private
    /// temporary file named like the format it looks like.
    /// </summary>
    private static void ReadStdin(TextReader input, List<Report> reports, List<InputProblem> problems)
    {
        var text = input.ReadToEnd();
        var dir = Directory.CreateTempSubdirectory("crosscheck-stdin-");
        try
        {
            var looksLikeHtml = text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);
            var file = Path.Combine(dir.FullName, looksLikeHtml ? "stdin.html" : "stdin.txt");
            File.WriteAllText(file, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            foreach (var result in ReportReader.Read([file]))
            {
                foreach (var report in result.Reports)
                {
                    report.Origin = "<stdin>";
                    reports.Add(report);
                }
                if (result.Problem is { } problem) problems.Add(problem with { Origin = "<stdin>" });
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
