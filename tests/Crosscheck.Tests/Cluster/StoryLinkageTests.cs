using Crosscheck.Cluster;

namespace Crosscheck.Tests.Cluster;

public class StoryLinkageTests
{
    private static readonly Dictionary<string, int> TermIds = new(StringComparer.Ordinal) { ["strike"] = 0, ["vote"] = 1 };

    private static SparseVector Vector(params string[] terms) =>
        SparseVector.Build(terms.ToDictionary(t => t, _ => 1.0, StringComparer.Ordinal), TermIds, [1, 1], 2, 10);

    private static StoryCluster Story(params SparseVector[] units)
    {
        var story = new StoryCluster();
        for (var i = 0; i < units.Length; i++) story.Add(i, units[i], null, hasBody: true);
        return story;
    }

    [Fact]
    public void A_report_between_two_unrelated_halves_of_a_story_fits_its_centroid_but_not_its_reports()
    {
        // The story's two reports share no term; the newcomer shares one with each. The centroid
        // points right at it (cosine 1), while it is only 0.71 like each report: average linkage
        // does not let a varied story attract everything near any of its parts.
        var story = Story(Vector("strike"), Vector("vote"));
        var between = Vector("strike", "vote");
        Assert.Equal(1.0, story.Similarity(between, Linkage.Centroid), 3);
        Assert.Equal(Math.Sqrt(0.5), story.Similarity(between, Linkage.Average), 3);
    }

    [Fact]
    public void A_member_is_compared_with_the_rest_of_its_story()
    {
        var story = Story(Vector("strike"), Vector("strike"), Vector("vote"));
        Assert.Equal(0.5, story.SimilarityWithout(Vector("strike"), Linkage.Average), 3); // like one of the two others
        Assert.Equal(0.0, Story(Vector("strike")).SimilarityWithout(Vector("strike"), Linkage.Average), 3);
    }

    [Fact]
    public void Cohesion_is_one_for_identical_reports_and_falls_as_they_differ()
    {
        Assert.Equal(1.0, Story(Vector("strike"), Vector("strike")).Cohesion, 3);
        Assert.Equal(Math.Sqrt(0.5), Story(Vector("strike"), Vector("vote")).Cohesion, 3);
    }
}
