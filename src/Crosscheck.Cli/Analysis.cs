using Crosscheck.Model;
using Crosscheck.Pipeline;
using Spectre.Console;

namespace Crosscheck.Cli;

/// <summary>Runs the pipeline, with a progress bar on stderr for long runs a person is watching.</summary>
internal static class Analysis
{
    /// <summary>Below this many reports a run takes about a second: a bar would only flicker.</summary>
    internal const int ProgressThreshold = 50;

    public static CorpusAnalysis Run(CliHost host, bool quiet, IReadOnlyList<Report> reports, IReadOnlyList<InputProblem> problems)
    {
        var pipeline = DefaultPipeline.Build();
        if (quiet || !host.ErrorIsTerminal || reports.Count <= ProgressThreshold)
            return pipeline.Run(reports, problems);

        // The host has said stderr is a terminal: a live bar, drawn on stderr so stdout stays the report.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(host.Error),
            Interactive = InteractionSupport.Yes,
            Ansi = host.ErrorAnsi switch { true => AnsiSupport.Yes, false => AnsiSupport.No, null => AnsiSupport.Detect },
        });
        // A terminal that reports no size (TERM=dumb, some CI consoles) gives -1: the live display
        // would fail cropping to it. The bar needs one line; any sane size will do.
        if (console.Profile.Width <= 0) console.Profile.Width = 80;
        if (console.Profile.Height <= 0) console.Profile.Height = 24;
        CorpusAnalysis? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Annotating reports", maxValue: reports.Count);
                result = pipeline.Run(reports, problems, new TaskProgress(task, reports.Count));
                task.Value = task.MaxValue;
            });
        return result!;
    }

    /// <summary>Counts arrive from parallel workers, not in order: the bar only moves forward.
    /// The corpus stages follow the last report; the bar then says so.</summary>
    private sealed class TaskProgress(ProgressTask task, int total) : IProgress<int>
    {
        private int _shown;

        public void Report(int value)
        {
            int seen;
            do
            {
                seen = Volatile.Read(ref _shown);
                if (value <= seen) return;
            }
            while (Interlocked.CompareExchange(ref _shown, value, seen) != seen);
            task.Value = value;
            if (value >= total)
            {
                task.Description = "Linking copies, stories, events and facts";
                task.IsIndeterminate = true;
            }
        }
    }
}
