using System.CommandLine;
using Crosscheck.Evaluation;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// `crosscheck eval TASK INPUT`: scores an extractor against annotated data in a standard format,
/// prints its figures and, last, `score: X` (the headline metric, 0..1). One method per task.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(SharedOptions shared)
    {
        var command = new Command("eval", "Score the extractors on annotated data; the last line is `score: X` (0..1, the headline metric).");
        command.Subcommands.Add(Time(shared));
        command.Subcommands.Add(Quotes(shared));
        command.Subcommands.Add(Similarity(shared));
        command.Subcommands.Add(Clusters(shared));
        return command;
    }

    private static Command Time(SharedOptions shared) => Task(shared, "time", "DIR",
        "TimeML .tml files with a document creation time (TimeBank, AQUAINT, TempEval-3): DATE extraction and value F1; headline: value F1.",
        TimeEvaluator.Run);

    private static Command Quotes(SharedOptions shared)
    {
        var errors = new Option<bool>("--errors") { Description = "Also print each found quotation whose speaker is wrong or missing, with its paragraph" };
        var command = Task(shared, "quotes", "DIR",
            "A PolNeAR-style folder (text/NAME.txt, attributions/NAME_ANNOTATOR.ann in brat standoff): quotation spans and speakers; headline: speaker accuracy.",
            (dir, output, parse) => QuoteEvaluator.Run(dir, output, mistakes: parse.GetValue(errors) ? output : null));
        command.Options.Add(errors);
        return command;
    }

    private static Command Similarity(SharedOptions shared) => Task(shared, "similarity", "FILE",
        "A SemEval-2022 Task 8 CSV (lang1, lang2, text1, text2, Overall): Pearson r of story similarity per language pair; headline: r on en-en.",
        (file, output) => SimilarityEvaluator.Run(file, output));

    private static Command Clusters(SharedOptions shared) => Task(shared, "clusters", "FILE",
        "A UCI News Aggregator CSV (ID, TITLE, STORY, optional PUBLISHER, CATEGORY, TIMESTAMP): BCubed and pairwise F1 of story clustering; headline: BCubed F1.",
        (file, output) => ClusterEvaluator.Run(file, output));

    /// <summary>A subcommand with one path argument; an unreadable input is one line and exit code 2.</summary>
    private static Command Task(SharedOptions shared, string name, string helpName, string description, Func<string, TextWriter, double> run) =>
        Task(shared, name, helpName, description, (input, output, _) => run(input, output));

    private static Command Task(SharedOptions shared, string name, string helpName, string description, Func<string, TextWriter, ParseResult, double> run)
    {
        var input = new Argument<string>("input") { HelpName = helpName, Description = helpName == "DIR" ? "The folder to read" : "The file to read" };
        var command = new Command(name, description) { input };
        command.SetAction(parse =>
        {
            try
            {
                run(parse.GetValue(input)!, shared.Host.Out, parse);
            }
            catch (EvaluationInputException e)
            {
                throw new CliException(ExitCodes.NothingProcessed, e.Message);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
