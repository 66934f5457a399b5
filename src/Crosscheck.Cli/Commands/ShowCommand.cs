using System.CommandLine;
using Crosscheck.Store;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck show STORY`: one stored story as a report.</summary>
internal static class ShowCommand
{
    public static Command Create(SharedOptions shared)
    {
        var story = new Argument<string>("STORY") { Description = "A story id from `crosscheck stories`, or a unique part of its title" };
        var store = shared.StoreOption();
        var format = ReportFormat.Option();
        var output = ReportFormat.OutOption();
        var command = new Command("show", "Print one stored story as a report (json is the stored analysis; md and html re-run the pipeline on the story's reports).")
        {
            story, store, format, output,
        };
        command.SetAction(parse =>
        {
            var host = shared.Host;
            var key = parse.GetValue(story) ?? "";
            using var db = SqliteReportStore.OpenExisting(shared.StorePath(parse, store));
            var matches = db.FindStories(key);
            if (matches.Count == 0 && db.CurrentStoryId(key) is { } current && current != key)
            {
                // A merged story's old id still finds it, and says where it lives now.
                if (!parse.GetValue(shared.Quiet)) host.Problem($"story '{key}' was merged into '{current}'");
                matches = db.FindStories(current);
            }
            if (matches.Count == 0)
                throw new CliException(ExitCodes.NothingProcessed, $"no story '{key}' in the store (see `crosscheck stories`)");
            if (matches.Count > 1)
                throw new CliException(ExitCodes.NothingProcessed, $"'{key}' matches {matches.Count} stories: {string.Join(", ", matches.Take(5).Select(m => m.Id))}; use an id");
            var id = matches[0].Id;

            string content;
            var chosen = parse.GetValue(format);
            if (chosen == "json")
            {
                content = db.StoryJson(id) ?? throw new CliException(ExitCodes.NothingProcessed, $"story '{id}' has no stored analysis");
            }
            else if (db.StoryExport(id, chosen!) is { } stored)
            {
                // The stored export is what the server and the UI show: same ids, same source numbers.
                content = stored;
            }
            else
            {
                // The writers need the whole analysis, which is not stored: re-run on the story's reports.
                var reports = db.LoadStoryReports(id);
                if (reports.Count == 0) throw new CliException(ExitCodes.NothingProcessed, $"story '{id}' has no stored reports");
                var analysis = Analysis.Run(host, parse.GetValue(shared.Quiet), reports, []);
                content = ReportFormat.Render(analysis, parse.GetValue(format));
            }
            OutputTarget.Write(host, parse.GetValue(output), content);
            return ExitCodes.Ok;
        });
        return command;
    }
}
