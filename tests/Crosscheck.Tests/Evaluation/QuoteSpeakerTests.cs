using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Evaluation;

/// <summary>The two speaker rules added while measuring on PolNeAR dev (the quote stage's own tests live under Extract).</summary>
public class QuoteSpeakerTests
{
    private static IReadOnlyList<QuoteMention> Quotes(string text)
    {
        var report = new Report("r", text);
        DefaultPipeline.Build().Annotate(report);
        return report.Require(Layers.Quotes);
    }

    [Fact]
    public void He_said_after_a_quote_does_not_point_at_a_name_inside_the_quote()
    {
        var quotes = Quotes(
            "Senator Mark Dalton spoke to reporters on Friday.\n\n"
            + "\u201CNobody has done more damage to this state than Governor Ellen Price,\u201D he said.\n");
        var q = Assert.Single(quotes);
        Assert.Equal("Mark Dalton", q.Speaker);
    }

    [Fact]
    public void A_capitalised_name_alone_before_the_cue_is_the_speaker()
    {
        var quotes = Quotes(
            "The storm damaged dozens of homes.\n\n"
            + "Residents spent the morning clearing roads.\n\n"
            + "\u201CWe have never seen water rise this fast in our street,\u201D Okonkwo said.\n");
        var q = Assert.Single(quotes);
        Assert.Equal("Okonkwo", q.Speaker);
    }
}

/// <summary>Real annotated text brought out an engine crash; kept here with the evaluator that found it.</summary>
public class PipelineRobustnessTests
{
    [Theory]
    [InlineData("Speaking with One Voice to End the Water Crisis\n")]     // a title-case subheading without a full stop: crashed
    [InlineData("Shares rose after the deal with the Velta Agrochem")]      // a name after "the" ends the text
    public void A_name_after_the_at_the_end_of_a_sentence_does_not_crash(string text)
    {
        var report = new Report("r", text);
        DefaultPipeline.Build().Annotate(report);
        Assert.NotNull(report.Get(Layers.Entities));
    }
}
