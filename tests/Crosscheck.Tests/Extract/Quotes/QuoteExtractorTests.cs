using Crosscheck.Extract.Quotes;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Extract.Quotes;

public class QuoteExtractorTests
{
    /// <summary>Runs the extractor with person names marked by hand (the recogniser is tested elsewhere).</summary>
    private static IReadOnlyList<QuoteMention> Extract(string text, params string[] people)
    {
        var report = new Report("t", text);
        new TextSegmenter().Process(report);
        var sentences = report.Require(Layers.Sentences);
        var entities = new List<EntityMention>();
        foreach (var name in people)
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            {
                var s = sentences.First(x => x.Span.Contains(i)).Index;
                entities.Add(new EntityMention(new TextSpan(i, name.Length), name, EntityType.Person, s));
            }
        }
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
}
