using Crosscheck.Cluster;
using Crosscheck.Dedup;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Tests.Dedup;

namespace Crosscheck.Tests.Cluster;

public class StoryClustererTests
{
    private static CorpusContext Run(IReadOnlyList<Report> reports, ClusterOptions? options = null)
    {
        var context = new CorpusContext(reports, PipelineOptions.Default with { Cluster = options ?? new ClusterOptions() });
        new CopyDetector().Process(context);
        new StoryClusterer().Process(context);
        return context;
    }

    private static Story StoryOf(CorpusContext context, string id) => context.Stories.Single(s => s.Reports.Contains(id));

    private static List<Report> Corpus() =>
    [
        CopyDetectorTests.Make("wire", CopyTexts.Wire, "2024-05-06", wire: "Continental Press"),
        CopyDetectorTests.Make("translated", CopyTexts.Translated, "2024-05-07"),
        CopyDetectorTests.Make("cut", CopyTexts.Cut, "2024-05-06"),
        CopyDetectorTests.Make("independent", CopyTexts.Independent, "2024-05-07", outlet: "Northern Herald"),
        CopyDetectorTests.Make("football", CopyTexts.SameOutletOtherStory, "2024-05-07", outlet: "Northern Herald"),
        CopyDetectorTests.Make("rates", CopyTexts.OtherWireStory, "2024-05-07", wire: "Continental Press"),
    ];

    [Fact]
    public void Puts_an_independent_report_of_the_same_event_in_the_wire_story()
    {
        var context = Run(Corpus());
        Assert.Same(StoryOf(context, "wire"), StoryOf(context, "independent"));
    }

    [Fact]
    public void Keeps_a_same_day_report_from_the_same_outlet_about_something_else_apart()
    {
        var context = Run(Corpus());
        Assert.NotSame(StoryOf(context, "independent"), StoryOf(context, "football"));
        Assert.NotSame(StoryOf(context, "wire"), StoryOf(context, "rates"));
        Assert.Equal(3, context.Stories.Count);
    }

    [Fact]
    public void Copies_land_in_one_story_even_with_an_impossible_threshold()
    {
        var context = Run(Corpus(), new ClusterOptions { Threshold = 2 });
        Assert.Same(StoryOf(context, "wire"), StoryOf(context, "translated"));
        Assert.Same(StoryOf(context, "wire"), StoryOf(context, "cut"));
    }

    [Fact]
    public void Story_ids_titles_and_order_do_not_depend_on_input_order()
    {
        static string Describe(CorpusContext c) => string.Join("\n", c.Stories.Select(s => $"{s.Id} {s.Title} {string.Join(",", s.Reports)}"));
        var forward = Run(Corpus());
        var backward = Run([.. Corpus().AsEnumerable().Reverse()]);
        Assert.Equal(Describe(forward), Describe(backward));
        Assert.All(forward.Stories, s => Assert.StartsWith("story-", s.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_a_story_without_headlines_by_a_first_sentence_cut_near_90_characters()
    {
        var story = StoryOf(Run(Corpus()), "rates");
        Assert.True(story.Title.Length <= 91, story.Title);
        Assert.StartsWith("The central bank of Brannsk raised", story.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_a_story_by_a_headline_when_any_of_its_reports_has_one()
    {
        var reports = Corpus();
        var at = reports.FindIndex(r => r.Id == "independent");
        reports[at] = reports[at].WithMetadata(reports[at].Metadata with { Title = "Valdora plant blast: families demand answers" });
        new Crosscheck.Text.TextSegmenter().Process(reports[at]);
        var story = StoryOf(Run(reports), "wire");
        Assert.Contains("independent", story.Reports);
        Assert.Equal("Valdora plant blast: families demand answers", story.Title);
    }

    // Its own words about the same plant a year on: similar enough to join the story if time did not count.
    private const string Anniversary = """
        A year after the explosion at the Kestrel Chemicals plant in Valdora killed 12 people, families of the victims gathered at the gates on Monday.
        Governor Ilse Varga laid a wreath and promised that the inquiry into the blast would finish soon.
        Union leader Karel Dusek said workers at the plant were still worried about the ventilation.
        "Twelve families are still waiting for answers," Dusek said.
        Prosecutors in Marenza said the investigation into negligence at Kestrel Chemicals was nearly complete.
        The plant in Valdora reopened in the autumn after repairs, with 1,400 workers back on site.
        """;

    [Fact]
    public void Separates_a_story_retold_weeks_later_by_the_time_penalty_of_the_cosine_path()
    {
        // Without the pair model the time penalty is absolute (e^-days/4). With it, days are one
        // feature among others: an anniversary that names every party of the story may join it,
        // as follow-ups of one shooting a year on do (Pair_model_* tests below).
        var reports = new List<Report>
        {
            CopyDetectorTests.Make("first", CopyTexts.Wire, "2024-05-06"),
            CopyDetectorTests.Make("later", CopyTexts.Independent, "2024-05-07"),
            CopyDetectorTests.Make("anniversary", Anniversary, "2025-05-06"),
        };
        var context = Run(reports, new ClusterOptions { PairModel = null });
        Assert.Same(StoryOf(context, "first"), StoryOf(context, "later"));
        Assert.NotSame(StoryOf(context, "first"), StoryOf(context, "anniversary"));
    }

    [Theory]
    [InlineData(new[] { "a", "a", "b", "b" }, new[] { "x", "x", "y", "y" }, 1.0, 1.0)] // perfect
    [InlineData(new[] { "a", "a", "b", "b" }, new[] { "x", "x", "x", "x" }, 0.5, 1.0)] // all merged: precision halves
    [InlineData(new[] { "a", "a", "b", "b" }, new[] { "w", "x", "y", "z" }, 1.0, 0.5)] // all split: recall halves
    public void Scores_BCubed_precision_and_recall(string[] gold, string[] predicted, double precision, double recall)
    {
        var scores = ClusterEvaluation.Score(gold, predicted);
        Assert.Equal(precision, scores.BCubedPrecision, 3);
        Assert.Equal(recall, scores.BCubedRecall, 3);
    }

    [Fact]
    public void Clusters_headlines_from_a_UCI_style_csv()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path,
            [
                "ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP",
                "1,Valdora chemical plant blast kills 12,http://a/1,Daily Ledger,b,S1,a,1715000000000",
                "2,\"Chemical plant explosion in Valdora: 12 dead, 47 hurt\",http://b/2,Evening Courier,b,S1,b,1715000100000",
                "3,Brannsk central bank raises interest rate again,http://c/3,Money Wire,b,S2,c,1715000200000",
                "4,Central bank lifts rate as inflation stays high in Brannsk,http://d/4,Market Times,b,S2,d,1715000300000",
            ]);
            var scores = ClusterEvaluation.EvaluateCsv(path);
            Assert.Equal(1.0, scores.BCubedF1, 3);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
