using Crosscheck.Model;
using Crosscheck.Store;

namespace Crosscheck.Tests.Store;

public class StorySummaryTests
{
    private static Report Dated(string id, string? outlet, int day) => new(id, "text")
    {
        Outlet = outlet,
        Published = new PublishedDate(new DateOnly(2025, 3, day), DateBasis.Header),
    };

    [Fact]
    public void Copies_of_one_wire_story_count_as_one_source()
    {
        Report[] reports = [Dated("w.txt", "Wire", 10), Dated("c1.txt", "Daily", 10), Dated("c2.txt", null, 10), Dated("own.txt", "Radio", 11)];
        var story = new Story("s", "Blast", reports.Select(r => r.Id).ToArray());
        var analysis = new CorpusAnalysis(reports)
        {
            CopyGroups = [new CopyGroup("g", ["w.txt", "c1.txt", "c2.txt"]) { Original = "w.txt", IndependentSource = "Wire" }],
            Stories = [story],
        };

        var row = new StorySummary(analysis).Row(story);

        Assert.Equal(4, row.ReportCount);
        Assert.Equal(2, row.SourceCount);
        Assert.False(row.HasConflict);
    }

    [Fact]
    public void Without_dated_events_the_span_is_that_of_publication()
    {
        Report[] reports = [Dated("a.txt", "A", 10), Dated("b.txt", "B", 12)];
        var story = new Story("s", "Blast", ["a.txt", "b.txt"]);

        var row = new StorySummary(new CorpusAnalysis(reports) { Stories = [story] }).Row(story);

        Assert.Equal((new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 12)), (row.FirstDate!.Value, row.LastDate!.Value));
    }

    [Fact]
    public void A_slice_holds_only_the_story_reports_and_their_copy_groups()
    {
        Report[] reports = [Dated("a.txt", "A", 10), Dated("b.txt", "B", 10), Dated("z.txt", "Z", 10)];
        var mine = new Story("s1", "One", ["a.txt", "b.txt"]);
        var other = new Story("s2", "Other", ["z.txt"]);
        var analysis = new CorpusAnalysis(reports)
        {
            Stories = [mine, other],
            CopyGroups = [new CopyGroup("g1", ["a.txt", "b.txt"]) { Original = "a.txt", IndependentSource = "A" }, new CopyGroup("g2", ["z.txt"]) { Original = "z.txt", IndependentSource = "Z" }],
            Quotes = [new Quote("X", "mine") { Reports = ["a.txt"] }, new Quote("Y", "other") { Reports = ["z.txt"] }],
        };

        var slice = new StorySummary(analysis).Slice(mine);

        Assert.Equal(["a.txt", "b.txt"], slice.Reports.Select(r => r.Id));
        Assert.Equal(["s1"], slice.Stories.Select(s => s.Id));
        Assert.Equal(["g1"], slice.CopyGroups.Select(g => g.Id));
        Assert.Equal(["mine"], slice.Quotes.Select(q => q.Text));
    }
}
