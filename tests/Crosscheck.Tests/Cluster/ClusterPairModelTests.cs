using Crosscheck.Cluster;
using Crosscheck.Dedup;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Tests.Dedup;

namespace Crosscheck.Tests.Cluster;

public class ClusterPairModelTests
{
    private static double[] Dots(double full, double names = 0, double numbers = 0, double lead = 0, double outlet = 0) =>
        [full, names, numbers, lead, outlet];

    [Fact]
    public void Shipped_model_reads_every_feature_and_rises_with_every_text_channel()
    {
        var model = ClusterPairModel.Default;
        Assert.Equal(ClusterPairModel.FeatureNames.Count, model.Weights.Count);
        var none = model.Score(Dots(0), 0);
        // More shared terms, names, numbers or lead words: more likely one story.
        Assert.True(model.Score(Dots(0.5), 0) > none);
        Assert.True(model.Score(Dots(0, names: 0.5), 0) > none);
        Assert.True(model.Score(Dots(0, numbers: 0.5), 0) > none);
        Assert.True(model.Score(Dots(0, lead: 0.5), 0) > none);
        // Unrelated reports are not one story; near copies are.
        Assert.True(none < 0);
        Assert.True(model.Score(Dots(0.9, 0.9, 0.9, 0.9), 0) > 0);
    }

    [Theory]
    [InlineData(0, 365)]  // a year on: less likely than the same day
    [InlineData(7, 365)]  // a year on: less likely than a week on (within weeks the learned curve is flat)
    public void Shipped_model_weighs_reports_far_apart_in_time_lower(int near, int far)
    {
        var model = ClusterPairModel.Default;
        var dots = Dots(0.3, 0.3, 0.1, 0.3);
        Assert.True(model.Score(dots, far) < model.Score(dots, near));
    }

    [Fact]
    public void Undated_pairs_get_no_time_term()
    {
        var model = new ClusterPairModel([-1, 2, 0, 0, 0, 0, -3, -3]);
        Assert.Equal(-1 + 2 * 0.5, model.Score(Dots(0.5), null), 9);
        Assert.True(model.Score(Dots(0.5), 10) < model.Score(Dots(0.5), null));
    }

    [Fact]
    public void Round_trips_through_its_file_format()
    {
        var model = new ClusterPairModel([-4.5, 8.6, 1.9, 2.1, 5, -0.4, 0.25, -0.08]);
        var text = new StringWriter();
        model.Write(text, ["a comment"]);
        Assert.StartsWith("# a comment", text.ToString(), StringComparison.Ordinal);
        var read = ClusterPairModel.Read(new StringReader(text.ToString()));
        Assert.Equal(model.Weights, read.Weights);
    }

    [Fact]
    public void Refuses_a_model_file_that_misses_a_feature() =>
        Assert.Throws<FormatException>(() => ClusterPairModel.Read(new StringReader("bias\t-1\nfull\t2\n")));

    [Fact]
    public void Logistic_fit_learns_that_similar_pairs_are_one_story()
    {
        // Pairs of one story have a high full cosine, pairs of two stories a low one; the other
        // features are noise. The fit must weigh the cosine up and the rest near zero.
        var rows = new List<(double[] X, bool Y, double W)>();
        for (var i = 0; i < 200; i++)
        {
            var same = i % 2 == 0;
            var cosine = same ? 0.4 + (i % 7) * 0.05 : 0.05 + (i % 5) * 0.04;
            rows.Add(([1, cosine, (i % 3) * 0.1, (i % 4) * 0.1, 0, 0, 0, 0], same, 1.0 / 200));
        }
        var model = ClusterPairTraining.Fit(rows);
        Assert.True(model.Weights[1] > 5, $"full weight {model.Weights[1]}");
        Assert.True(model.Score(Dots(0.6), 0) > 0);
        Assert.True(model.Score(Dots(0.1), 0) < 0);
    }

    [Fact]
    public void BCubed_counts_files_left_out_of_every_story_as_singletons()
    {
        var stories = new[] { new Story("s1", "t", ["a.txt", "b.txt"]) };
        var gold = new[] { new[] { "a.txt", "b.txt", "c.txt" } };
        var (p, r, _) = ClusterPairTraining.BCubed(stories, gold, ["a.txt", "b.txt", "c.txt"]);
        Assert.Equal(1.0, p, 3);
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, r, 3);
    }

    [Fact]
    public void Joins_two_outlets_telling_one_story_and_keeps_a_different_story_apart()
    {
        var reports = new List<Report>
        {
            CopyDetectorTests.Make("wire", CopyTexts.Wire, "2024-05-06"),
            CopyDetectorTests.Make("local", CopyTexts.Independent, "2024-05-07"),
            CopyDetectorTests.Make("other", Other, "2024-05-07"),
        };
        var context = new CorpusContext(reports, PipelineOptions.Default);
        new CopyDetector().Process(context);
        new StoryClusterer().Process(context);
        Story Of(string id) => context.Stories.Single(s => s.Reports.Contains(id));
        Assert.Same(Of("wire"), Of("local"));
        Assert.NotSame(Of("wire"), Of("other"));
    }

    private const string Other = """
        The city council of Orlemont approved a new budget on Tuesday that raises spending on public transport by a fifth.
        Mayor Dana Holt said the first new tram line would open in two years.
        Opposition councillors said the plan relied on fares rising faster than wages.
        The budget passed by 31 votes to 18 after a debate of six hours.
        """;
}
