using Crosscheck.Extract.Quotes;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Extract.Quotes;

/// <summary>Attribution patterns beyond "X said": signatures, labels, subjects, noun phrases.</summary>
public class QuoteSourceTests
{
    private static readonly string[] People = ["Ana Ruiz", "Tomas Berg"];

    /// <summary>The quotes with the mention their attribution names, person names marked by hand.</summary>
    private static List<QuoteExtractor.FoundQuote> Find(string text)
    {
        var report = new Report("t", text);
        new TextSegmenter().Process(report);
        var sentences = report.Require(Layers.Sentences);
        var entities = new List<EntityMention>();
        foreach (var name in People)
        {
            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
                entities.Add(new EntityMention(new TextSpan(i, name.Length), name, EntityType.Person, sentences.First(x => x.Span.Contains(i)).Index));
        }
        entities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        report.Set(Layers.Entities, entities);
        return QuoteExtractor.Find(report);
    }

    [Theory]
    [InlineData("\u201cWe need more teachers in every school.\u201d \u2015 Ana Ruiz")]                                        // a signature after a dash
    [InlineData("Ana Ruiz: \"We will not raise taxes this year.\"")]                                                      // a transcript label
    [InlineData("Ana Ruiz is promising voters \"a city that works again\" by spring.")]                                   // the subject, no reporting verb
    [InlineData("Ana Ruiz attacked Tomas Berg over the budget, saying \"he has never balanced a book.\"")]              // ", saying": the subject, not the nearest name
    [InlineData("Ana Ruiz said the United States had become \"a safe harbour for bad money.\"")]                         // "States" is no reporting verb
    [InlineData("Ana Ruiz asked for \"a full and public inquiry\". The report accused Tomas Berg of lying.")]            // the sentence ended with the quote
    [InlineData("Ana Ruiz wished everyone \"a calm and happy new year\" and said Tomas Berg would speak next.")]          // "and said" goes on with the subject
    [InlineData("\u201cThe water is falling slowly now,\u201d said the acting mayor, Ana Ruiz.")]                         // the name in apposition to a title
    [InlineData("Tomas Berg spoke first. Ana Ruiz claimed that \"nobody asked the residents at all,\" Tomas Berg said.")] // "claimed that" right before the quote owns it
    public void Finds_the_speaker_of_quotes_without_a_plain_reporting_clause(string text)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal("Ana Ruiz", q.Quote.Speaker);
        Assert.Equal("Ana Ruiz", text.Substring(q.Source!.Value.Start, q.Source.Value.Length));
    }

    [Theory]
    [InlineData("\"We have no comment on the case at this time,\" the statement said.", "the statement")]
    [InlineData("\"The numbers do not add up at all,\" said a longtime adviser to Tomas Berg, who asked not to be named.", "a longtime adviser to Tomas Berg")]
    [InlineData("The new advert says the council \"wasted every cent it was given.\"", "The new advert")]
    public void A_description_is_the_source_and_no_name_is_made_up(string text, string source)
    {
        var q = Assert.Single(Find(text));
        Assert.Null(q.Quote.Speaker);
        Assert.Equal(source, text.Substring(q.Source!.Value.Start, q.Source.Value.Length));
    }

    [Fact]
    public void A_quote_that_goes_on_in_the_next_paragraph_keeps_the_first_mention()
    {
        var found = Find("\"We will rebuild the bridge first,\" Ana Ruiz said.\n\"Then the school and the clinic.\"");
        Assert.Equal(2, found.Count);
        Assert.Equal("continued", found[1].Quote.Cue);
        Assert.Equal(found[0].Source, found[1].Source);
    }
}
