using Crosscheck.Ingest;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Golden;

/// <summary>
/// Small invented corpora of other kinds of stories (a flood, a corporate takeover), so that the
/// engine is kept general: regional disasters span several towns, deals have no place of their own,
/// and place names shared by several countries resolve in the story's country.
/// </summary>
public class OtherStoryKindsTests
{
    private static CorpusAnalysis Run(string corpus)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpora", corpus);
        var reports = ReportReader.Read([folder]).SelectMany(r => r.Reports).ToList();
        return DefaultPipeline.Build().Run(reports);
    }

    [Fact]
    public void A_flood_across_several_towns_is_one_event_with_a_rising_toll()
    {
        var analysis = Run("flood");
        var story = Assert.Single(analysis.Stories);
        var flood = Assert.Single(story.Events, e => e.Type == "natural_disaster");
        Assert.Equal(new DateOnly(2024, 10, 29), flood.Date?.Date); // "on Tuesday night" / "Tuesday's floods"
        Assert.Equal(3, flood.Sources.Count);
        var killed = flood.Facts["killed"];
        Assert.Equal(51, killed.Low);
        Assert.Equal(158, killed.Best); // the latest report
        Assert.True(killed.Conflict);
    }

    [Fact]
    public void Rainfall_in_inches_and_millimetres_is_one_figure_without_a_conflict()
    {
        var flood = Run("flood").Stories.Single().Events.Single(e => e.Type == "natural_disaster");
        var rain = flood.Facts["rainfall_mm"];
        Assert.Equal(304.8, rain.ByReport["b.txt"]!.Value, 1); // 12 inches
        Assert.False(rain.Conflict);
    }

    [Fact]
    public void A_place_name_shared_by_several_countries_resolves_in_the_storys_country()
    {
        var analysis = Run("flood");
        var valencia = Assert.Single(analysis.Entities, e => e.Canonical == "Valencia");
        Assert.Equal("ES", valencia.Place?.CountryCode);
        Assert.Equal("ES", analysis.Entities.Single(e => e.Canonical == "Chiva").Place?.CountryCode);
    }

    [Fact]
    public void A_takeover_reported_three_ways_is_one_business_event_with_its_price()
    {
        var analysis = Run("business");
        var deal = Assert.Single(analysis.Stories.Single().Events, e => e.Type == "business");
        Assert.Equal(new DateOnly(2025, 2, 11), deal.Date?.Date);
        Assert.Equal(3, deal.Sources.Count);
        var price = deal.Facts["amount_usd"];
        Assert.Equal(4_200_000_000, price.Best); // the exact figure beats "about $4 billion"
        Assert.Equal(Qualifier.About, price.ByReport["b.txt"]!.Qualifier);
    }

    [Theory]
    [InlineData("Norvik Foods", EntityType.Organization)]   // a company-name head word
    [InlineData("Halden Dairy", EntityType.Organization)]
    [InlineData("Ingrid Solberg", EntityType.Person)]       // "Norvik CEO Ingrid Solberg": the title splits company and person
    [InlineData("Oslo", EntityType.Place)]                  // written "OSLO" in a dateline
    public void Companies_people_and_datelines_are_typed(string name, EntityType type)
    {
        var entity = Assert.Single(Run("business").Entities, e => e.Canonical == name);
        Assert.Equal(type, entity.Type);
    }
}
