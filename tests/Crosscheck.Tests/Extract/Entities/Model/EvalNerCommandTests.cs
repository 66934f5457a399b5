using Crosscheck.Tests.Cli;

namespace Crosscheck.Tests.Extract.Entities.Model;

public class EvalNerCommandTests
{
    [Fact]
    public void Prints_per_type_rows_and_a_score_last()
    {
        using var cli = new CliHarness();
        var file = cli.Write("gold.conll", "Angela\tB-PER\nMerkel\tI-PER\nvisited\tO\nBrussels\tB-LOC\n.\tO\n");
        var run = cli.Run("eval", "ner", file);
        Assert.Equal(0, run.Code);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("PERSON", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("ALL", StringComparison.Ordinal));
        Assert.Matches(@"^score: (0|1)\.\d{4}$", lines[^1]);
    }

    [Fact]
    public void Trains_a_model_that_eval_can_load()
    {
        using var cli = new CliHarness();
        var lines = NerTaggerTests.Sentences(0, 4).Select(s =>
            string.Join("\n", s.Tokens.Select((t, i) => $"{t}\t{Crosscheck.Extract.Entities.Model.NerLabels.All[s.Labels[i]]}")));
        var train = cli.Write("train.conll", string.Join("\n\n", lines) + "\n");
        var model = Path.Combine(cli.Root, "m.bin.gz");
        var trained = cli.Run("train-ner", "--epochs", "5", "--bits", "14", "--out", model, train);
        Assert.Equal(0, trained.Code);
        var run = cli.Run("eval", "ner", "--model", model, train);
        Assert.Equal(0, run.Code);
        Assert.EndsWith("score: 1.0000", run.Out.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_a_one_line_error()
    {
        using var cli = new CliHarness();
        var run = cli.Run("eval", "ner", Path.Combine(cli.Root, "absent.conll"));
        Assert.Equal(2, run.Code);
        Assert.Single(run.ErrorLines);
    }
}
