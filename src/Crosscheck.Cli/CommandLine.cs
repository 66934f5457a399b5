using System.CommandLine;
using Crosscheck.Ingest;
using Crosscheck.Model;
using Crosscheck.Output;
using Crosscheck.Pipeline;

namespace Crosscheck.Cli;

/// <summary>The `crosscheck` command tree.</summary>
internal static class CommandLine
{
    public static int Run(string[] args)
    {
        var root = new RootCommand("Crosscheck: many overlapping news reports in, one verified and cited account out.");
        root.Subcommands.Add(ReportCommand());
        return root.Parse(args).Invoke();
    }

    private static Command ReportCommand()
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files or folders", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "md, json or html", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "json", "html");
        var command = new Command("report", "Read reports, run the whole pipeline and print the report.") { paths, format };
        command.SetAction(parse =>
        {
            var results = ReportReader.Read(parse.GetValue(paths)!).ToList();
            var reports = results.SelectMany(r => r.Reports).ToList();
            var problems = results.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();
            foreach (var p in problems) Console.Error.WriteLine($"crosscheck: {p}");
            if (reports.Count == 0) return 2;
            var analysis = DefaultPipeline.Build().Run(reports, problems);
            Console.Out.Write(JsonReportWriter.Write(analysis));
            return 0;
        });
        return command;
    }
}
