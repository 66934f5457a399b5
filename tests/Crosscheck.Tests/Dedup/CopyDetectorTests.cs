using Crosscheck.Dedup;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Tests.Dedup;

public class CopyDetectorTests
{
    internal static Report Make(string id, string text, string date, string? wire = null, string? outlet = null, bool segment = true, string? title = null, string language = "und")
    {
        var report = new Report(id, text) { Wire = wire, Outlet = outlet, Title = title, Language = language, Published = new PublishedDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateBasis.Header) };
        if (segment) new TextSegmenter().Process(report);
        return report;
    }

    private static CorpusContext Run(params Report[] reports)
    {
        var context = new CorpusContext(reports, PipelineOptions.Default);
        new CopyDetector().Process(context);
        return context;
    }

    private static List<Report> StoryFamily() =>
    [
        Make("wire", CopyTexts.Wire, "2024-05-06", wire: "Continental Press", outlet: "Daily Ledger"),
        Make("translated", CopyTexts.Translated, "2024-05-07", outlet: "Foreign Desk Online"),
        Make("cut", CopyTexts.Cut, "2024-05-06", outlet: "Evening Courier"),
        Make("independent", CopyTexts.Independent, "2024-05-07", outlet: "Northern Herald"),
        Make("same-outlet-other", CopyTexts.SameOutletOtherStory, "2024-05-07", outlet: "Northern Herald"),
    ];

    [Fact]
    public void Groups_wire_story_with_its_cut_and_translated_copies_but_not_an_independent_report()
    {
        var context = Run([.. StoryFamily()]);
        var group = context.CopyGroupOf["wire"];
        Assert.Equal(["wire", "cut", "translated"], group.Reports);
        Assert.NotSame(group, context.CopyGroupOf["independent"]);
        Assert.NotSame(group, context.CopyGroupOf["same-outlet-other"]);
    }

    [Theory]
    [InlineData("cut", "contained")]      // the first half of the wire text: contained, not near
    [InlineData("translated", "skeleton")] // shares few shingles; found by its numbers and names in order
    public void Records_how_each_copy_matched_the_original(string copy, string kind)
    {
        var group = Run([.. StoryFamily()]).CopyGroupOf["wire"];
        Assert.StartsWith(kind + " ", group.Evidence[copy], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_report_gets_a_group_and_a_lone_report_is_its_own_original()
    {
        var context = Run([.. StoryFamily()]);
        Assert.All(context.Reports, r => Assert.Contains(r.Id, context.CopyGroupOf[r.Id].Reports));
        var lone = context.CopyGroupOf["independent"];
        Assert.Equal(["independent"], lone.Reports);
        Assert.Equal("independent", lone.Original);
        Assert.Equal("Northern Herald", lone.IndependentSource);
        Assert.Equal(context.Reports.Count, context.CopyGroups.Sum(g => g.Reports.Count));
    }

    [Fact]
    public void Detects_an_exact_copy_with_different_whitespace_and_case()
    {
        var copy = CopyTexts.OtherWireStory.Replace("\n", "\n\n", StringComparison.Ordinal).ToUpperInvariant();
        var context = Run(Make("a", CopyTexts.OtherWireStory, "2024-05-09"), Make("b", copy, "2024-05-09"));
        Assert.Equal("exact", context.CopyGroupOf["a"].Evidence["b"]);
    }

    [Fact]
    public void Detects_a_near_copy_that_was_re_headlined_and_lightly_edited()
    {
        var edited = CopyTexts.OtherWireStory
            .Replace("on Thursday", "on Thursday afternoon", StringComparison.Ordinal)
            .Replace("well above", "far above", StringComparison.Ordinal)
            .Replace("Mortgage lenders said they would pass on the increase to customers within weeks.\n", "", StringComparison.Ordinal);
        var a = Make("a", CopyTexts.OtherWireStory, "2024-05-09");
        var b = Make("b", edited, "2024-05-10", title: "Rates up again as inflation bites");
        var group = Run(a, b).CopyGroupOf["a"];
        Assert.Equal(["a", "b"], group.Reports);
        Assert.StartsWith("near ", group.Evidence["b"], StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_group_after_a_wire_credited_on_any_copy_and_makes_that_copy_the_original()
    {
        // The wire's own version is published a day after a cut copy; the credit still wins.
        var context = Run(
            Make("cut", CopyTexts.Cut, "2024-05-05", outlet: "Evening Courier"),
            Make("wire", CopyTexts.Wire, "2024-05-06", wire: "Continental Press", outlet: "Daily Ledger"));
        var group = context.CopyGroupOf["cut"];
        Assert.Equal("wire", group.Original);
        Assert.Equal("Continental Press", group.IndependentSource);
    }

    [Fact]
    public void Without_a_wire_the_earliest_report_is_the_original_and_its_outlet_the_source()
    {
        var context = Run(
            Make("late", CopyTexts.OtherWireStory, "2024-05-10", outlet: "Second Paper"),
            Make("early", CopyTexts.OtherWireStory, "2024-05-09", outlet: "First Paper"));
        var group = context.CopyGroupOf["late"];
        Assert.Equal("early", group.Original);
        Assert.Equal("First Paper", group.IndependentSource);
    }

    [Fact]
    public void Two_different_stories_under_one_wire_byline_are_not_copies()
    {
        var context = Run(
            Make("blast", CopyTexts.Wire, "2024-05-06", wire: "Continental Press"),
            Make("rates", CopyTexts.OtherWireStory, "2024-05-06", wire: "Continental Press"));
        Assert.NotSame(context.CopyGroupOf["blast"], context.CopyGroupOf["rates"]);
    }

    [Fact]
    public void Does_not_match_a_translated_copy_published_weeks_later()
    {
        var context = Run(Make("wire", CopyTexts.Wire, "2024-05-06"), Make("translated", CopyTexts.Translated, "2024-06-20"));
        Assert.NotSame(context.CopyGroupOf["wire"], context.CopyGroupOf["translated"]);
    }

    [Fact]
    public void Reads_the_token_layer_rather_than_tokenising_again()
    {
        // Fingerprints are computed in parallel, so the refusal arrives wrapped.
        var error = Assert.ThrowsAny<Exception>(() => Run(
            Make("wire", CopyTexts.Wire, "2024-05-06", segment: false),
            Make("translated", CopyTexts.Translated, "2024-05-07", segment: false)));
        Assert.Contains("layer 'tokens' has not been produced", (error.InnerException ?? error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_are_the_same_whatever_the_input_order()
    {
        var forward = Run([.. StoryFamily()]).CopyGroups.Select(g => string.Join(",", g.Reports)).Order(StringComparer.Ordinal);
        var backward = Run([.. StoryFamily().AsEnumerable().Reverse()]).CopyGroups.Select(g => string.Join(",", g.Reports)).Order(StringComparer.Ordinal);
        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("seven people", "7 people")]                 // number words become digits
    [InlineData("twenty-five people", "25 people")]          // hyphenated compounds
    [InlineData("1.5 million people", "1,500,000 people")]  // multipliers and thousands separators
    [InlineData("Zelenskiy met", "Zelenskyy met")]          // transliteration variants fold together
    public void Skeleton_treats_spelling_variants_alike(string left, string right)
    {
        static ulong[] SkeletonOf(string s)
        {
            var report = Make("x", s, "2024-05-06");
            return [.. SkeletonBuilder.Build(report, report.Require(Layers.Tokens))];
        }
        Assert.Equal(SkeletonOf("Officials in Marenza said " + left + " on Monday."), SkeletonOf("Officials in Marenza said " + right + " on Monday."));
    }

    [Fact]
    public void Skeleton_skips_a_capitalised_common_word_that_opens_a_sentence()
    {
        var report = Make("x", "Explosions shook Valdora. Residents fled.", "2024-05-06");
        var skeleton = SkeletonBuilder.Build(report, report.Require(Layers.Tokens));
        Assert.Single(skeleton); // only Valdora: the sentence openers are not names
    }

    [Fact]
    public void Hash_is_stable_and_order_sensitive()
    {
        Assert.Equal(Hash64.Of("valdora"), Hash64.Of("valdora"));
        Assert.NotEqual(Hash64.Of("valdora"), Hash64.Of("valdorb"));
        Assert.NotEqual(Hash64.Combine(Hash64.Combine(1, 2), 3), Hash64.Combine(Hash64.Combine(1, 3), 2));
    }
}
