using Crosscheck.Extract.Time;

namespace Crosscheck.Tests.Extract.Time;

public class TimeMLEvaluatorTests
{
    private const string Document = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2025-06-04T10:00" functionInDocument="CREATION_TIME">20250604</TIMEX3></DCT>
        <TEXT>
        The levee broke <TIMEX3 tid="t1" type="DATE" value="2025-06-03">Tuesday</TIMEX3> &amp; crews worked for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>. Repairs began <TIMEX3 tid="t3" type="DATE" value="2025-06-01">June 1</TIMEX3>, officials said <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void Parses_text_offsets_and_the_creation_time()
    {
        Assert.True(TimeMLEvaluator.TryParse(Document, out var text, out var dct, out var timexes));
        Assert.Equal(new DateOnly(2025, 6, 4), dct);
        Assert.Equal(["Tuesday", "two days", "June 1", "now"], timexes.Select(t => text.Substring(t.Span.Start, t.Span.Length)));
        Assert.Contains("& crews", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_dates_only_with_values_resolved_against_the_creation_time()
    {
        Assert.True(TimeMLEvaluator.TryParse(Document, out var text, out var dct, out var timexes));
        var score = TimeMLEvaluator.Score(text, dct, timexes);
        Assert.Equal(3, score.Gold);           // Tuesday, June 1, now (the duration is not a DATE)
        Assert.Equal(3, score.RelaxedMatches);
        Assert.Equal(3, score.ValueCorrect);   // "now" is PRESENT_REF
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(4, score.AllGold);
        Assert.Equal(4, score.AllCorrect);     // "for two days" is P2D
    }
}
