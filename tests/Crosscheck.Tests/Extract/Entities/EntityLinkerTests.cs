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
        Assert.Contains("Hrytsenko", person.Variants); // the only Hrytsenko of the story
        Assert.Equal(2, person.Reports.Count);
    }

    [Fact]
    public void Lists_a_surname_alone_only_for_the_one_person_of_the_story_bearing_it()
    {
        var c = Link("Governor Anna Marek spoke.", "Senator Pavel Marek replied.");
        Assert.DoesNotContain(c.Entities, e => e.Variants.Contains("Marek"));
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
        var place = Single(c, EntityType.Place, "Crimea");
        Assert.Equal("Crimea", place.Canonical);
        Assert.DoesNotContain("Crimean", place.Variants); // an adjective, not a name of the place
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

    [Fact]
    public void Lists_possessives_courtesy_titles_and_articles_as_written()
    {
        var c = Link(
            "Velmora Holdings said on Monday it would close. Velmora Holdings' chief said little.",
            "Alice Tranmere spoke first. Mrs Tranmere's son waited outside.",
            "The Grenfield Observer reported the fire. Grenfield's council met.");
        var person = Single(c, EntityType.Person, "Alice Tranmere");
        Assert.Contains("Mrs Tranmere", person.Variants);
        Assert.Contains("Tranmere's", person.Variants);
        Assert.Contains(c.Entities, e => e.Variants.Contains("The Grenfield Observer") && e.Variants.Contains("Grenfield Observer"));
    }

    [Fact]
    public void Joins_an_acronym_of_the_initials_of_one_name_in_the_story()
    {
        var c = Link("The Northvale Highway Patrol closed the road.", "NHP officers said two cars collided.");
        var org = Single(c, EntityType.Organization, "NHP");
        Assert.Equal("Northvale Highway Patrol", org.Canonical);
    }

    [Fact]
    public void Joins_a_company_written_with_and_without_its_legal_form()
    {
        var c = Link("Brantwell Corp. said profits fell.", "Brantwell said it would cut jobs at Brantwell Inc.");
        Assert.Single(c.Entities, e => e.Type == EntityType.Organization && e.Variants.Any(v => v.StartsWith("Brantwell", StringComparison.Ordinal)));
    }

    [Fact]
    public void Joins_a_last_word_short_form_only_when_one_name_of_the_story_ends_in_it()
    {
        static EntityLinker.Observed Org(string report, string text, string name)
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            return new EntityLinker.Observed(new EntityMention(new TextSpan(at, name.Length), name, EntityType.Organization, 0), report, text,
                NameLexicon.For(Crosscheck.Lang.LanguagePacks.Default.For("en")));
        }
        const string A = "The Brantmoor Water Commission opened an inquiry.", B = "The Elden Rail Commission met.", C = "The Commission said the dam was safe.";
        var one = EntityLinker.LinkOrganizations([Org("r0", A, "Brantmoor Water Commission"), Org("r1", C, "Commission")], Crosscheck.Gazetteer.GazetteerIndex.Default).ToList();
        Assert.Single(one);
        var two = EntityLinker.LinkOrganizations(
            [Org("r0", A, "Brantmoor Water Commission"), Org("r1", B, "Elden Rail Commission"), Org("r2", C, "Commission")], Crosscheck.Gazetteer.GazetteerIndex.Default).ToList();
        Assert.Equal(3, two.Count); // two commissions in the story: "the Commission" is neither for sure
    }

    [Fact]
    public void A_surname_alone_stays_apart_when_its_report_names_two_people_of_that_surname()
    {
        var c = Link("Governor Anna Marek and her brother Pavel Marek spoke. Marek said the bridge was safe. Mr Marek left early.",
            "Governor Anna Marek visited the site.");
        Assert.DoesNotContain(c.Entities, e => e.Variants.Contains("Anna Marek") && e.Variants.Contains("Marek"));
        Assert.DoesNotContain(c.Entities, e => e.Variants.Contains("Pavel Marek") && e.Variants.Contains("Marek"));
        var titled = Assert.Single(c.Entities, e => e.Canonical == "Mr Marek"); // the title names him; the surname alone would not
        Assert.DoesNotContain("Marek", titled.Variants);
    }

    [Fact]
    public void Joins_an_abbreviated_or_headed_place_name_to_the_one_place_written_so()
    {
        static EntityLinker.Observed Place(string report, string name) =>
            new(new EntityMention(new TextSpan(0, name.Length), name, EntityType.Place, 0), report, name + " was closed.",
                NameLexicon.For(Crosscheck.Lang.LanguagePacks.Default.For("en")));
        var places = EntityLinker.LinkPlaces([Place("r0", "Mount Brellin"), Place("r1", "Mt Brellin"), Place("r2", "Brellin Island"), Place("r3", "Brellin")]).ToList();
        Assert.Equal(2, places.Count);
        Assert.Contains(places, p => p.Items.Count == 2 && p.Items.Any(o => o.Mention.Text == "Mt Brellin"));
        Assert.Contains(places, p => p.Items.Count == 2 && p.Items.Any(o => o.Mention.Text == "Brellin Island"));
    }
}
