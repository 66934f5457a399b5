using Crosscheck.Ingest;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Golden;

/// <summary>
/// The whole pipeline on the bundled demo corpus, checked against the expectations written down in
/// demo/README.md (a fictional plant explosion told by six outlets).
/// </summary>
public class DemoCorpusGoldenTests
{
    private static readonly Lazy<CorpusAnalysis> Analysis = new(() =>
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Crosscheck.slnx"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        var results = ReportReader.Read([Path.Combine(root, "demo", "reports")]).ToList();
        return DefaultPipeline.Build().Run(results.SelectMany(r => r.Reports).ToList());
    });

    private static Event Explosion => Analysis.Value.Stories.Single().Events.Single(e => e.Date?.Date == new DateOnly(2025, 3, 9));

    [Fact]
    public void All_six_reports_form_one_story()
    {
        var story = Assert.Single(Analysis.Value.Stories);
        Assert.Equal(6, story.Reports.Count);
    }

    [Theory]
    [InlineData("01-reuters-wire.txt", "Reuters", "2025-03-10")]
    [InlineData("02-eastmoor-daily-copy.txt", "Reuters", "2025-03-10")]            // a cut copy credited "-Reuters"
    [InlineData("03-kessel-morgenpost-translated.txt", "Reuters", "2025-03-10")]   // translated copy, no credit; "Monday, 10.03.2025"
    [InlineData("04-marrowick-courier.txt", "Marrowick Courier", "2025-03-10")]    // byline names the outlet; date inferred
    [InlineData("05-radio-eastmoor.txt", "Radio Eastmoor", "2025-03-11")]
    [InlineData("06-harbour-herald.txt", "The Harbour Herald", "2025-03-12")]
    public void Each_report_has_its_independent_source_and_publication_date(string file, string source, string published)
    {
        var report = Analysis.Value.Reports.Single(r => r.Id == file);
        var group = Analysis.Value.CopyGroups.Single(g => g.Reports.Contains(file));
        Assert.Equal(source, group.IndependentSource);
        Assert.Equal(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), report.Published?.Date);
    }

    [Fact]
    public void The_explosion_is_one_event_on_sunday_in_marrowick_covered_by_every_report()
    {
        Assert.Equal("Marrowick", Explosion.Location);
        Assert.Equal(6, Explosion.Sources.Count);
    }

    [Fact]
    public void The_rising_death_toll_is_a_conflict_whose_best_estimate_is_the_latest()
    {
        var killed = Explosion.Facts["killed"];
        Assert.True(killed.Conflict);
        Assert.Equal(3, killed.Low);
        Assert.Equal(7, killed.Best);
        Assert.Equal(7, killed.High);
        Assert.Equal(4, killed.IndependentSources); // the wire and its two copies count once
        Assert.Equal(Qualifier.AtLeast, killed.ByReport["01-reuters-wire.txt"]!.Qualifier);
        // The Harbour Herald corrects an earlier "nine": the corrected figure is not used.
        Assert.Equal(7, killed.ByReport["06-harbour-herald.txt"]!.Value);
    }

    [Fact]
    public void Injured_and_missing_take_the_latest_figures()
    {
        Assert.Equal(44, Explosion.Facts["injured"].Best);
        Assert.Equal(41, Explosion.Facts["injured"].Low); // "more than 40" is at least 41
        Assert.Null(Explosion.Facts["injured"].ByReport["06-harbour-herald.txt"]); // "injured dozens" states no figure
        Assert.Equal(1, Explosion.Facts["missing"].Best);
        Assert.Equal(5, Explosion.Facts["missing"].High);
    }

    [Fact]
    public void The_ministers_visit_is_a_second_event_on_tuesday()
    {
        Assert.Contains(Analysis.Value.Stories.Single().Events, e => e.Date?.Date == new DateOnly(2025, 3, 11) && e.Location == "Marrowick" && e.Sources.Contains("05-radio-eastmoor.txt"));
    }

    [Theory]
    [InlineData("Mykola P. Sherstiuk", "Sherstyuk")]   // another transliteration, in the translated copy
    [InlineData("Mykola P. Sherstiuk", "Mykola Sherstiuk")]
    [InlineData("Tomas J. Brandt", "Tomáš Brandt")]    // accents
    [InlineData("Laura Bennett", "Bennett")]
    public void Name_variants_are_one_person(string canonical, string variant)
    {
        var person = Assert.Single(Analysis.Value.Entities, e => e.Canonical == canonical);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains(variant, person.Variants);
    }

    [Theory]
    [InlineData("Mykola P. Sherstiuk", "This is a tragedy for the", 3)]   // the wire and both copies, one translated
    [InlineData("Mykola P. Sherstiuk", "We have found four more bodies", 1)] // "the regional governor told ..."
    [InlineData("Laura Bennett", "Those responsible will be held to account", 2)]
    [InlineData("Tomas J. Brandt", "We will not stop", 1)]                 // "he added"
    public void Quotes_are_attributed_and_merged_across_reports(string speaker, string text, int reports)
    {
        var quote = Assert.Single(Analysis.Value.Quotes, q => q.Text.Contains(text, StringComparison.Ordinal));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(reports, quote.Reports.Count);
    }
}
