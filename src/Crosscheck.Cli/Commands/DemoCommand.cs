using System.CommandLine;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck demo`: the whole pipeline on the bundled (fictional) demo corpus.</summary>
internal static class DemoCommand
{
    /// <summary>The demo reports, copied beside the executable at build time (see the csproj).</summary>
    internal static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "demo", "reports");

    public static Command Create(SharedOptions shared)
    {
        var format = ReportFormat.Option();
        var output = ReportFormat.OutOption();
        var command = new Command("demo",
            "Run on the bundled demo corpus (a fictional story told by six outlets, with a wire story and its copies) and print the brief.")
        { format, output };
        command.SetAction(parse =>
        {
            var host = shared.Host;
            if (!Directory.Exists(CorpusFolder))
                throw new CliException(ExitCodes.NothingProcessed, $"{CorpusFolder}: demo corpus not found (is this a complete build?)");
            var input = Inputs.Read([CorpusFolder], host);
            if (input.Reports.Count == 0)
                throw new CliException(ExitCodes.NothingProcessed, $"{CorpusFolder}: no readable report in the demo corpus");
            var analysis = Analysis.Run(host, parse.GetValue(shared.Quiet), input.Reports, input.Problems);
            OutputTarget.Write(host, parse.GetValue(output), ReportFormat.Render(analysis, parse.GetValue(format)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
