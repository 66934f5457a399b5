using System.Globalization;

namespace Crosscheck.Tests.Cli;

/// <summary>
/// The progress bar: on stderr, only for long runs a person is watching (stderr a terminal, more than
/// <see cref="Crosscheck.Cli.Analysis.ProgressThreshold"/> reports), never with --quiet.
/// </summary>
public sealed class ProgressTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>Writes <paramref name="count"/> short distinct reports into one folder and returns it.</summary>
    private string Reports(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            _cli.Write($"many/r{n}.txt", CliHarness.Article("2025-04-08", $"Report {n}", $"Outlet {n}",
                $"Report number {n}: " + (i % 2 == 0 ? CliHarness.FloodBody : CliHarness.StormBody)));
        }
        return Path.Combine(_cli.Root, "many");
    }

    private static int Over => Crosscheck.Cli.Analysis.ProgressThreshold + 5;

    [Theory]
    [InlineData("report")]
    [InlineData("ingest")]
    public void A_long_run_on_a_terminal_draws_the_bar_on_stderr_up_to_the_last_report(string command)
    {
        var folder = Reports(Over);
        _cli.ErrorIsTerminal = true;

        var run = command == "report"
            ? _cli.Run("report", folder, "-f", "json")
            : _cli.Run("ingest", folder, "--store", _cli.StorePath);

        Assert.True(run.Code == 0, run.Error);
        // A short run may be drawn only once, at the end: the bar is full, and its description has
        // changed, which happens only when the pipeline's progress reached the last report.
        Assert.Contains("100%", run.Error, StringComparison.Ordinal);
        Assert.Contains("Linking copies", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Linking copies", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("ingest")]
    public void Quiet_suppresses_the_bar(string command)
    {
        var folder = Reports(Over);
        _cli.ErrorIsTerminal = true;

        var run = command == "report"
            ? _cli.Run("report", folder, "-f", "json", "--quiet")
            : _cli.Run("ingest", folder, "--store", _cli.StorePath, "--quiet");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void No_bar_when_stderr_is_not_a_terminal()
    {
        var run = _cli.Run("report", Reports(Over), "-f", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void No_bar_for_a_short_run()
    {
        _cli.ErrorIsTerminal = true;

        var run = _cli.Run("report", Reports(Crosscheck.Cli.Analysis.ProgressThreshold), "-f", "json");

        Assert.Equal(0, run.Code);
        Assert.Equal("", run.Error);
    }
}
