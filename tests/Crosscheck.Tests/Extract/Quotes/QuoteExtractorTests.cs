using Crosscheck.Extract.Quotes;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Extract.Quotes;

public class QuoteExtractorTests
{
    /// <summary>Runs the extractor with person names marked by hand (the recogniser is tested elsewhere).</summary>
    private static IReadOnlyList<QuoteMention> Extract(string text, params string[] people) =>
        Extract(text, people.Select(p => (p, EntityType.Person)).ToArray());

    /// <summary>Runs the extractor with names of any type marked by hand.</summary>
    private static IReadOnlyList<QuoteMention> Extract(string text, (string Name, EntityType Type)[] names)
    {
        var report = new Report("t", text);
        new TextSegmenter().Process(report);
        var sentences = report.Require(Layers.Sentences);
        var entities = new List<EntityMention>();
        foreach (var (name, type) in names)
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            {
                var s = sentences.First(x => x.Span.Contains(i)).Index;
                entities.Add(new EntityMention(new TextSpan(i, name.Length), name, type, s));
            }
        }
        // A shorter name inside a longer one ("Lopez" in "Maria Lopez") is one mention, the longer.
        entities = entities.Where(e => !entities.Any(o => o != e && o.Span.Start <= e.Span.Start && e.Span.End <= o.Span.End && o.Span.Length > e.Span.Length))
            .OrderBy(e => e.Span.Start).ToList();
        report.Set(Layers.Entities, entities);
        new QuoteExtractor().Process(report);
        return report.Require(Layers.Quotes);
    }

    [Theory]
    [InlineData("\"We will rebuild every house,\" Maria Lopez said on Monday.", "Maria Lopez", "We will rebuild every house")]
    [InlineData("\u201cWe will rebuild every house,\u201d said Maria Lopez, the mayor.", "Maria Lopez", "We will rebuild every house")]
    [InlineData("Maria Lopez told reporters that the town would \u201crebuild every single house\u201d within a year.", "Maria Lopez", "rebuild every single house")]
    [InlineData("The dam held, according to Maria Lopez, who said it was \"never in real danger\".", "Maria Lopez", "never in real danger")]
    [InlineData("\"The water came in minutes,\" the mayor, Maria Lopez, said.", "Maria Lopez", "The water came in minutes")]
    [InlineData("Maria Lopez reports: \"The dam held through the night.\"", "Maria Lopez", "The dam held through the night.")] // a colon after a reporting verb
    [InlineData("Maria Lopez called the plan \"a reckless waste of money\" on Monday.", "Maria Lopez", "a reckless waste of money")]
    public void Attributes_a_quote_to_the_person_in_its_reporting_clause(string text, string speaker, string quote)
    {
        var q = Assert.Single(Extract(text, speaker));
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(quote, q.Text);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_last_speaker_and_a_standalone_paragraph_continues_the_quote()
    {
        var text = "Maria Lopez visited the shelter.\n\"We lost the bridge,\" Lopez said.\n\"We will not lose the school,\" she added.\n\"Nobody will be left behind.\"";
        var quotes = Extract(text, "Maria Lopez", "Lopez");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Contains("Lopez", q.Speaker, StringComparison.Ordinal));
        Assert.Equal("continued", quotes[2].Cue);
    }

    [Fact]
    public void Scare_quotes_of_one_or_two_words_are_not_quotations()
    {
        Assert.Empty(Extract("Officials called the plan \"reckless\" and a \"false start\", Maria Lopez said.", "Maria Lopez"));
    }

    [Fact]
    public void A_quote_spanning_two_sentences_is_one_quotation()
    {
        var q = Assert.Single(Extract("\"The river rose fast. It was a disaster for all of us,\" John Okafor said.", "John Okafor"));
        Assert.Equal("The river rose fast. It was a disaster for all of us", q.Text);
        Assert.False(q.Partial);
    }

    [Theory]
    [InlineData("Ana Ruiz, an aide to Sen. Luis Ortega, wrote that the council should \"stop wasting public money\".", "Ana Ruiz", "a name inside the appositive describes the speaker")]
    [InlineData("\"We will rebuild every house,\" Ana Ruiz, the former mayor of the town and founder of the regional relief fund for the flood victims, said on Monday.", "Ana Ruiz", "a long appositive between the name and the cue")]
    [InlineData("\"We need more pumps right now,\" said Representative Luis Ortega of Ohio, who chairs the panel.", "Luis Ortega", "a titled name after the cue")]
    [InlineData("Republican nominee Luis Ortega has argued that the plan is \"a gift to the developers\".", "Luis Ortega", "describing words before the subject's name")]
    [InlineData("\"We need more pumps right now,\" Rep. Luis Ortega, R-Ohio, told reporters.", "Luis Ortega", "a party tag in apposition is not the speaker")]
    public void Finds_the_speaker_behind_titles_and_appositives(string text, string speaker, string why)
    {
        var q = Assert.Single(Extract(text, "Ana Ruiz", "Luis Ortega"));
        Assert.True(speaker == q.Speaker, $"{why}: {q.Speaker}");
    }

    [Fact]
    public void A_name_inside_a_quotation_is_never_its_speaker()
    {
        var quotes = Extract("Ana Ruiz toured the site.\n\"Luis Ortega promised us a new bridge,\" she said.", "Ana Ruiz", "Luis Ortega");
        Assert.Equal("Ana Ruiz", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_quote_opened_mid_paragraph_and_continued_in_the_next_runs_to_its_paragraph_end()
    {
        var text = "\"The river rose fast,\" Ana Ruiz said. \"We moved everyone to the school and waited there all night for help.\n\"Nobody was hurt.\"";
        var quotes = Extract(text, "Ana Ruiz");
        Assert.Equal(3, quotes.Count);
        Assert.Equal("We moved everyone to the school and waited there all night for help.", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Ana Ruiz", q.Speaker));
    }

    [Fact]
    public void A_paragraph_ending_in_a_colon_introduces_the_quote_paragraph_after_it()
    {
        var q = Assert.Single(Extract("Ana Ruiz answered in a post on Sunday:\n\"Stop lying about the bridge and show some respect to the town.\"", "Ana Ruiz"));
        Assert.Equal("Ana Ruiz", q.Speaker);
    }

    [Fact]
    public void A_short_quote_still_names_who_goes_on_speaking()
    {
        var q = Assert.Single(Extract("\"Stop lying!\" Ana Ruiz wrote. \"The bridge is not yours to play with.\"", "Ana Ruiz"));
        Assert.Equal("The bridge is not yours to play with.", q.Text);
        Assert.Equal("Ana Ruiz", q.Speaker);
    }

    [Fact]
    public void He_resolves_to_the_main_clause_subject_not_a_name_in_a_subordinate_clause()
    {
        var text = "On Friday, the day that Luis Ortega spoke in court, Pavel Orlov attacked the inquiry.\n\"This is a witch hunt against all of us,\" he wrote.";
        Assert.Equal("Pavel Orlov", Assert.Single(Extract(text, "Luis Ortega", "Pavel Orlov")).Speaker);
    }

    [Fact]
    public void They_said_names_no_single_person()
    {
        var text = "Luis Ortega met the councillors.\n\"Your plan is alarming and dangerous,\" they said, joining other critics of Luis Ortega.";
        Assert.Null(Assert.Single(Extract(text, "Luis Ortega")).Speaker);
    }

    [Fact]
    public void A_sentence_that_ends_before_a_quote_attributes_nothing_to_it()
    {
        var text = "\"We need more pumps,\" Luis Ortega said, according to the agency. \"How come nobody listened to us?\"";
        var quotes = Extract(text, "Luis Ortega");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Luis Ortega", quotes[1].Speaker);
    }

    [Fact]
    public void The_group_stands_for_the_organisation_that_opened_the_sentence_before()
    {
        var text = "The Riverside Tenants Union met on Monday. The group called the eviction plan \"a cruel and unlawful act\".";
        var q = Assert.Single(Extract(text, [("Riverside Tenants Union", EntityType.Organization)]));
        Assert.Equal("Riverside Tenants Union", q.Speaker);
    }

    [Fact]
    public void An_organisation_after_a_determiner_is_the_subject_that_speaks()
    {
        var q = Assert.Single(Extract("The St. Louis Tenants Coalition issued a statement, accusing the council of \"a cruel and unlawful act\"."));
        Assert.Equal("St. Louis Tenants Coalition", q.Speaker);
    }
}
