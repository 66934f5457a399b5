using System.CommandLine;
using System.Globalization;
using Crosscheck.Store;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck ingest PATH...`: add reports to the store, then re-analyse the stored corpus.</summary>
internal static class IngestCommand
{
    public static Command Create(SharedOptions shared)
    {
        var paths = Inputs.PathsArgument();
        var store = shared.StoreOption();
        var maxFileMb = Inputs.MaxFileMbOption();
        var command = new Command("ingest",
            "Add reports to the store and re-analyse the stored corpus into stories. Idempotent: a report "
            + "already stored (same content) changes nothing. The batch is one transaction: after a crash the "
            + "store holds all of it or none of it.")
        { paths, store, maxFileMb };
        command.SetAction(parse =>
        {
            var host = shared.Host;
            var quiet = parse.GetValue(shared.Quiet);
            var storePath = shared.StorePath(parse, store);
            var input = Inputs.Read(parse.GetValue(paths) ?? [], host, Inputs.Options(parse, maxFileMb));
            if (input.Reports.Count == 0)
                throw new CliException(ExitCodes.NothingProcessed, $"nothing ingested: no readable report in the inputs ({input.Problems.Count} rejected)");

            using var db = SqliteReportStore.Open(storePath);
            var result = db.Add(input.Reports);
            if (!quiet)
            {
                foreach (var (requested, stored) in result.Renamed)
                    host.Problem($"note: {requested} stored as {stored} (a different report already has that name)");
            }

            // Re-analyse only when something changed (or the engine did): ingesting the same files
            // again must leave the store exactly as it was.
            var reanalysed = false;
            if (!db.StoriesAreCurrent)
            {
                var corpus = db.LoadCorpus();
                var analysis = Analysis.Run(host, quiet, corpus.Reports, []);
                reanalysed = db.ReplaceStories(analysis, corpus.Version);
                if (!reanalysed && !quiet)
                    host.Problem("note: another ingest changed the store during the analysis; its stories stand (run `crosscheck ingest` again to refresh)");
            }

            if (!quiet)
            {
                var stories = db.ListStories().Count;
                host.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"ingested: {result.Added.Count} added, {result.Unchanged.Count} unchanged, {input.Problems.Count} rejected; "
                    + $"store holds {db.ReportCount} reports in {stories} {(stories == 1 ? "story" : "stories")}"
                    + $"{(reanalysed ? " (re-analysed)" : "")} [{storePath}]"));
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
