using Crosscheck.Extract.Entities;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Tests.Extract.Entities;

public class EntityLinkerTests
{
    private static CorpusContext Link(params string[] texts)
    {
        var reports = texts.Select((t, i) => new Report($"r{i}", t)).ToList();
        foreach (var r in reports)
        {
            new TextSegmenter().Process(r);
            new EntityRecognizer().Process(r);
        }
        var context = new CorpusContext(reports, PipelineOptions.Default);
        context.Set(CorpusKeys.Stories, [new Story("s1", "story", reports.Select(r => r.Id).ToList())]);
        new EntityLinker().Process(context);
        return context;
    }

    private static Entity Single(CorpusContext c, EntityType type, string variant) =>
        c.Entities.Single(e => e.Type == type && e.Variants.Contains(variant));

    [Fact]
    public void Merges_transliterations_and_surname_only_mentions_into_one_person()
    {
        var c = Link(
            "President Volodymyr Zelenskyy spoke on Monday. Zelenskyy said aid was coming.",
            "President Volodymyr Zelensky visited troops. Zelensky said the front held.",
            "Zelensky said talks would go on, Volodymyr Zelensky added later.",
            "Volodymyr Zelenskiy thanked allies.");
        var person = Single(c, EntityType.Person, "Volodymyr Zelenskiy");
        Assert.Equal("Volodymyr Zelensky", person.Canonical); // the spelling most reports use
        Assert.Contains("Volodymyr Zelenskyy", person.Variants);
        Assert.Contains("Zelenskyy", person.Variants);
        Assert.Contains("Zelensky", person.Variants);
        Assert.Equal(4, person.Reports.Count);
        Assert.Single(c.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Combines_an_observed_first_name_with_every_surname_spelling()
    {
        var c = Link("President Anatol Hrytsenko arrived.", "Hritsenko said the bridge was closed.");
        var person = Single(c, EntityType.Person, "Hritsenko");
        Assert.Contains("Anatol Hritsenko", person.Variants);
    }

    [Theory]
    [InlineData("Recep Tayyip Erdogan", "Tayyip Erdogan", true, "missing first of two given names")]
    [InlineData("John F. Kennedy", "John Kennedy", true, "missing middle initial")]
    [InlineData("J. Kennedy", "John Kennedy", true, "initial for the given name")]
    [InlineData("Robert Kennedy", "John Kennedy", false, "different given names")]
    public void Given_names_are_compatible_only_for_one_person(string a, string b, bool expected, string why)
    {
        Assert.True(EntityLinker.Compatible(EntityLinker.Given(a), EntityLinker.Given(b)) == expected, why);
    }

    [Fact]
    public void Keeps_two_people_with_one_surname_apart()
    {
        var c = Link("Governor Anna Marek spoke.", "Senator Pavel Marek replied.");
        Assert.Equal(2, c.Entities.Count(e => e.Type == EntityType.Person));
    }

    [Fact]
    public void Joins_a_demonym_to_its_place()
    {
        var c = Link("Troops were sent to Crimea.", "The Crimean bridge was closed.");
        var place = Single(c, EntityType.Place, "Crimean");
        Assert.Equal("Crimea", place.Canonical);
        Assert.Contains("Crimea", place.Variants);
        Assert.Equal(2, place.Reports.Count);
    }

    [Fact]
    public void Joins_an_old_spelling_of_a_capital_through_the_gazetteer()
    {
        var c = Link("Sirens sounded in Kyiv.", "Sirens sounded in Kyiv again.", "Air raid alerts in Kiev.");
        var place = Single(c, EntityType.Place, "Kiev");
        Assert.Equal("Kyiv", place.Canonical);
        Assert.NotNull(place.Place);
    }

    [Fact]
    public void Joins_an_acronym_to_the_full_name_given_in_brackets()
    {
        var c = Link("The Federal Mining Safety Authority (FMSA) opened an inquiry.", "The FMSA said the mine was closed.");
        var org = Single(c, EntityType.Organization, "FMSA");
        Assert.Equal("Federal Mining Safety Authority", org.Canonical);
        Assert.Equal(2, org.Reports.Count);
    }

    [Fact]
    public void Joins_known_acronyms_and_names_from_the_lexicon()
    {
        var c = Link("NATO met in Brussels.", "The North Atlantic Treaty Organization met again.");
        var org = Single(c, EntityType.Organization, "NATO");
        Assert.Contains("North Atlantic Treaty Organization", org.Variants);
    }
}
