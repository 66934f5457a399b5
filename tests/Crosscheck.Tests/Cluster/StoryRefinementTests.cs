using Crosscheck.Cluster;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Cluster;

/// <summary>Title word pairs, and the passes after the online one: merging stories, re-assigning units.</summary>
public class StoryRefinementTests
{
    [Theory]
    [InlineData("Central bank raises rates", "central bank", true)]
    [InlineData("Central bank raises rates", "bank rais", true)]
    [InlineData("Bank of Brannsk raises rates", "bank brannsk", false)] // a stop word breaks the pair
    [InlineData("Rates: bank holds", "rate bank", false)]               // so does punctuation
    [InlineData("Bank 2024 outlook", "bank outlook", false)]            // and a number
    public void Pairs_adjacent_content_words_of_a_title(string title, string pair, bool expected)
    {
        var terms = TermVectorizer.Terms(new Report("r", "") { Title = title }, null, new ClusterOptions());
        Assert.Equal(expected, terms.ContainsKey(pair));
    }

    [Theory]
    [InlineData(0.5, 1.5)]
    [InlineData(0.0, 0.0)]
    public void Weighs_a_title_pair_as_a_share_of_a_title_word(double share, double weight)
    {
        var options = new ClusterOptions { TitleBigramWeight = share, TitleWeight = 3 };
        var terms = TermVectorizer.Terms(new Report("r", "") { Title = "Harbor tower collapses" }, null, options);
        Assert.Equal(weight, terms.GetValueOrDefault("harbor tower"), 6);
    }

    [Fact]
    public void Pairs_no_words_of_a_body()
    {
        var report = new Report("r", "The central bank raised rates again on Monday.");
        new Crosscheck.Text.TextSegmenter().Process(report);
        var terms = TermVectorizer.Terms(report, TermVectorizer.BodyTokens(report), new ClusterOptions());
        Assert.True(terms.ContainsKey("central"));
        Assert.DoesNotContain(terms.Keys, t => t.Contains(' ', StringComparison.Ordinal));
    }

    private static readonly string[] Headlines =
    [
        "Kestrel Chemicals plant blast in Valdora kills twelve",
        "Valdora blast: Kestrel Chemicals plant death toll rises",
        "Brannsk central bank raises interest rate",
    ];

    // An online pass that opens a story for nearly every headline, so that only the merge pass can join two.
    [Theory]
    [InlineData(0, 3)]
    [InlineData(20, 2)]
    public void Merges_stories_whose_centroids_are_alike(int mergeRounds, int stories)
    {
        var reports = Headlines.Select((h, i) => new Report($"h{i}", "") { Title = h, Published = new PublishedDate(new DateOnly(2024, 5, 6), DateBasis.Header) }).ToList();
        var options = new ClusterOptions { TitleOnlyThreshold = 0.95, MergeRounds = mergeRounds, ReassignRounds = 0 };
        foreach (var r in reports) new Crosscheck.Text.TextSegmenter().Process(r);
        var context = new CorpusContext(reports, PipelineOptions.Default with { Cluster = options });
        new StoryClusterer().Process(context);
        Assert.Equal(stories, context.Stories.Count);
        if (stories == 2) Assert.Contains(context.Stories, s => s.Reports.Order(StringComparer.Ordinal).SequenceEqual(["h0", "h1"]));
    }

    [Theory]
    [InlineData(0.2, true)]
    [InlineData(0.9, false)]
    public void Merges_two_stories_only_above_the_merge_threshold(double threshold, bool merged)
    {
        var (vectors, _) = Vectors(["harbor", "crane", "collapse"], ["harbor", "crane", "inquiry"], ["budget", "vote"]);
        var clusters = Stories(vectors, [0], [1], [2]);
        var options = new ClusterOptions { TitleOnlyMergeThreshold = threshold };
        var result = StoryClusterer.Merge(clusters, options);
        Assert.Equal(merged ? 2 : 3, result.Count);
    }

    [Fact]
    public void Merges_each_story_with_its_best_match_not_a_chain()
    {
        // 0 and 1 are each other's best match; 2 is closest to 1 but 1 prefers 0, so this round leaves 2 alone.
        var (vectors, _) = Vectors(
            ["harbor", "crane", "collapse", "dock"],
            ["harbor", "crane", "collapse", "inquiry"],
            ["crane", "inquiry", "report", "delay"]);
        var clusters = Stories(vectors, [0], [1], [2]);
        var result = StoryClusterer.Merge(clusters, new ClusterOptions { TitleOnlyMergeThreshold = 0.2, MergeRounds = 1 });
        Assert.Equal(2, result.Count);
        Assert.Contains(result, c => c.Units.Order().SequenceEqual([0, 1]));
    }

    [Theory]
    [InlineData(0.05, 1)]  // the flood headline leaves the budget story for the flood story
    [InlineData(0.95, 0)]  // unless the flood story is not similar enough to join at all
    public void Moves_a_unit_to_the_story_it_matches_better(double threshold, int floodStory)
    {
        var (vectors, _) = Vectors(
            ["valdora", "council", "budget"],
            ["valdora", "council", "budget", "vote"],
            ["valdora", "flood", "warning", "river"],
            ["flood", "warning", "river", "residents"],
            ["river", "flood", "warning", "extended"]);
        var clusters = Stories(vectors, [0, 1, 2], [3, 4]);
        var options = new ClusterOptions { TitleOnlyThreshold = threshold };
        var result = StoryClusterer.Reassign(clusters, vectors, new int?[5], new bool[5], options) ?? clusters;
        var expected = floodStory == 1 ? new[] { 3, 4, 2 } : new[] { 3, 4 };
        Assert.Contains(result, c => c.Units.Order().SequenceEqual(expected.Order()));
    }

    [Fact]
    public void Reports_no_change_when_every_unit_is_in_its_best_story()
    {
        var (vectors, _) = Vectors(["harbor", "crane"], ["harbor", "crane", "dock"], ["budget", "vote"], ["budget", "council"]);
        var clusters = Stories(vectors, [0, 1], [2, 3]);
        Assert.Null(StoryClusterer.Reassign(clusters, vectors, new int?[4], new bool[4], new ClusterOptions()));
    }

    private static (SparseVector[] Vectors, Dictionary<string, int> TermIds) Vectors(params string[][] docs)
    {
        var termId = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        foreach (var d in docs)
        {
            foreach (var t in d.Distinct())
            {
                if (!termId.TryGetValue(t, out var id)) { termId[t] = id = df.Count; df.Add(0); }
                df[id]++;
            }
        }
        var vectors = docs.Select(d => SparseVector.Build(d.ToDictionary(t => t, _ => 1.0, StringComparer.Ordinal), termId, df, docs.Length, 100)).ToArray();
        return (vectors, termId);
    }

    private static List<StoryCluster> Stories(SparseVector[] vectors, params int[][] members)
    {
        var clusters = new List<StoryCluster>();
        foreach (var m in members)
        {
            var c = new StoryCluster();
            foreach (var u in m) c.Add(u, vectors[u], null, hasBody: false);
            clusters.Add(c);
        }
        return clusters;
    }
}
