using Crosscheck.Tests.Cli;

namespace Crosscheck.Tests.Evaluation;

public class EvalCommandTests
{
    private static string Fixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", "eval", .. parts]);

    [Theory]
    [InlineData("time", "time/right", "score: 1.000")]
    [InlineData("quotes", "quotes/wrong", "score: 0.000")]
    [InlineData("clusters", "clusters.csv", "score: 1.000")]
    public void Each_task_prints_its_figures_and_ends_with_the_score(string task, string input, string last)
    {
        using var cli = new CliHarness();
        var run = cli.Run("eval", task, Fixture(input.Split('/')));
        Assert.Equal(0, run.Code);
        Assert.Equal(last, run.Out.TrimEnd().Split('\n')[^1]);
    }

    [Theory]
    [InlineData("time", "no-such-folder", "no such folder")]
    [InlineData("quotes", "no-such-folder", "no such folder")]
    [InlineData("similarity", "missing.csv", "no such file")]
    [InlineData("clusters", "missing.csv", "no such file")]
    public void An_unreadable_input_is_one_line_and_exit_code_2(string task, string input, string message)
    {
        using var cli = new CliHarness();
        var run = cli.Run("eval", task, Path.Combine(cli.Root, input));
        Assert.Equal(2, run.Code);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("crosscheck: cannot read", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void A_csv_without_the_needed_columns_is_named_in_the_error()
    {
        using var cli = new CliHarness();
        var path = cli.Write("pairs.csv", "id,text\n1,hello\n");
        var run = cli.Run("eval", "similarity", path);
        Assert.Equal(2, run.Code);
        Assert.Contains("no column lang1, lang2, text1, text2, Overall", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quotes_folder_without_its_two_subfolders_is_refused()
    {
        using var cli = new CliHarness();
        var run = cli.Run("eval", "quotes", cli.Folder("empty"));
        Assert.Equal(2, run.Code);
        Assert.Contains("text/ and attributions/", run.Error, StringComparison.Ordinal);
    }
}
