using Crosscheck.Model;
using Crosscheck.Store;

namespace Crosscheck.Tests.Store;

public sealed class StoryIdentityTests
{
    private static Story S(string hashId, params string[] reports) => new(hashId, "t", reports);

    private static StoryIdentity.Stored Stored(params (string Id, long Born, string[] Reports)[] stories) => new(
        stories.ToDictionary(s => s.Id, s => (IReadOnlyList<string>)s.Reports, StringComparer.Ordinal),
        stories.ToDictionary(s => s.Id, s => s.Born, StringComparer.Ordinal));

    [Fact]
    public void A_story_keeps_its_id_while_it_grows()
    {
        var result = StoryIdentity.Assign([S("story-new", "a", "b", "c")], Stored(("story-old", 1, ["a", "b"])));

        Assert.Equal(["story-old"], result.Ids);
        Assert.Empty(result.MergedInto);
        Assert.Empty(result.NewIds);
    }

    [Fact]
    public void When_two_stories_merge_the_older_id_stays_and_the_younger_redirects_to_it()
    {
        var result = StoryIdentity.Assign([S("story-m", "a", "b", "c", "d", "e")],
            Stored(("story-young", 7, ["a", "b", "c"]), ("story-old", 3, ["d", "e"])));

        Assert.Equal(["story-old"], result.Ids);
        Assert.Equal("story-old", result.MergedInto["story-young"]);
    }

    [Fact]
    public void When_a_story_splits_the_part_holding_most_of_it_keeps_the_id()
    {
        var result = StoryIdentity.Assign([S("story-x", "a"), S("story-y", "b", "c")], Stored(("story-old", 1, ["a", "b", "c"])));

        Assert.Equal(["story-x", "story-old"], result.Ids);
        Assert.Equal(["story-x"], result.NewIds);
    }

    [Fact]
    public void An_id_once_stored_is_never_given_to_another_story()
    {
        // story-gone's reports were deleted; a new story whose member hash happens to be that id gets another.
        var stored = new StoryIdentity.Stored(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, long> { ["story-gone"] = 1 });

        var result = StoryIdentity.Assign([S("story-gone", "z")], stored);

        Assert.Equal(["story-gone-2"], result.Ids);
    }

    [Fact]
    public void Apply_renames_the_stories_and_leaves_their_content()
    {
        var analysis = new CorpusAnalysis([]) { Stories = [S("story-new", "a") with { Events = [new Event("e1", "flood", "Flood")] }] };

        var carried = StoryIdentity.Apply(analysis, new StoryIdentity.Assignment(["story-old"], new Dictionary<string, string>(), []));

        Assert.Equal("story-old", carried.Stories[0].Id);
        Assert.Equal("e1", carried.Stories[0].Events[0].Id);
    }
}
