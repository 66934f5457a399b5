using System.CommandLine;
using Crosscheck.Store;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck report PATH...`: one shot, no store.</summary>
internal static class ReportCommand
{
    public static Command Create(SharedOptions shared)
    {
        var paths = Inputs.PathsArgument();
        var format = ReportFormat.Option();
        var output = ReportFormat.OutOption();
        var maxFileMb = Inputs.MaxFileMbOption();
        var command = new Command("report",
            "Read reports, run the whole pipeline and print the reconciled, cited report. Needs no store.")
        { paths, format, output, maxFileMb };
        command.SetAction(parse =>
        {
            var host = shared.Host;
            var quiet = parse.GetValue(shared.Quiet);
            var input = Inputs.Read(parse.GetValue(paths) ?? [], host, Inputs.Options(parse, maxFileMb));
            if (input.Reports.Count == 0)
                throw new CliException(ExitCodes.NothingProcessed, "nothing to report: no readable report in the inputs");
            // Two files may share a base name in different folders; the report needs distinct ids.
            var reports = ReportIdentity.MakeIdsUnique(input.Reports);
            var analysis = Analysis.Run(host, quiet, reports, input.Problems);
            OutputTarget.Write(host, parse.GetValue(output), ReportFormat.Render(analysis, parse.GetValue(format)));
            return ExitCodes.Ok;
        });
        return command;
    }
}
