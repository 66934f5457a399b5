using System.CommandLine;
using Crosscheck.Cluster;
using Crosscheck.Extract.Entities;
using Crosscheck.Extract.Events;
using Crosscheck.Extract.Quotes;
using Crosscheck.Extract.Time;
using Crosscheck.Pipeline;
using Crosscheck.Reconcile;
using Crosscheck.Store;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck train MODEL SOURCE...`: trains a shipped model on annotated sources.</summary>
internal static class TrainCommand
{
    public static Command Create(SharedOptions shared)
    {
        var command = new Command("train", "Train a shipped model on annotated sources and print how it does on each source held out.");
        command.Subcommands.Add(ClusterPairs(shared));
        return command;
    }

    /// <summary>
    /// `train cluster-pairs SOURCE...`: each SOURCE a folder with gold.json (real-news gold: ECB+,
    /// GVA, WMT22, BASIL, AllSides) and inputs/; writes Cluster/cluster-pairs.tsv's format to --out.
    /// </summary>
    private static Command ClusterPairs(SharedOptions shared)
    {
        var sources = new Argument<string[]>("SOURCE") { Arity = ArgumentArity.OneOrMore, Description = "Folders holding gold.json and inputs/" };
        var output = new Option<string?>("--out", "-o") { HelpName = "FILE", Description = "Where to write the model trained on every source" };
        var command = new Command("cluster-pairs",
            "The story clustering pair model: logistic regression over channel similarities of report pairs; prints BCubed F1 per source held out (leave-one-source-out).")
        { sources, output };
        command.SetAction(parse =>
        {
            var host = shared.Host;
            var list = new List<ClusterPairTraining.Source>();
            foreach (var dir in parse.GetValue(sources) ?? [])
            {
                var gold = Path.Combine(dir, "gold.json");
                if (!File.Exists(gold)) throw new CliException(ExitCodes.NothingProcessed, $"{dir}: no gold.json");
                var inputs = Directory.Exists(Path.Combine(dir, "inputs")) ? Path.Combine(dir, "inputs") : dir;
                var input = Inputs.Read([inputs], host);
                var reports = ReportIdentity.MakeIdsUnique(input.Reports);
                // The corpus stages after dedup are left out: clustering sees the reports as dedup
                // leaves them (PublicationDating would add dates inferred from the stories).
                var analysis = new PipelineBuilder()
                    .Remove<FactReconciler>().Remove<QuoteMerger>().Remove<EventBuilder>().Remove<EntityLinker>()
                    .Remove<PublicationDating>().Remove<StoryClusterer>()
                    .Build().Run(reports, input.Problems);
                var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(dir));
                list.Add(new ClusterPairTraining.Source(name, analysis.Reports, ClusterPairTraining.Units(analysis), ClusterPairTraining.GoldStories(gold)));
            }
            var model = ClusterPairTraining.Run(list, host.Out);
            if (parse.GetValue(output) is { Length: > 0 } path)
            {
                using var writer = new StreamWriter(path);
                model.Write(writer, [
                    "Story clustering pair model (Cluster/ClusterPairModel.cs): feature TAB weight, log-odds.",
                    "Trained by: crosscheck train cluster-pairs " + string.Join(" ", list.Select(s => s.Name)),
                ]);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
