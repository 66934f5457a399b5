using Crosscheck.Model;
using static Crosscheck.Tests.Extract.Time.TimeTestText;

namespace Crosscheck.Tests.Extract.Time;

public class TimeRecognizerTests
{
    // Columns: sentence, publication date, the expression as it must be spanned, expected
    // "date/granularity" resolved against the publication date, why.
    [Theory]
    // Full dates in many formats: they fix the date whatever the anchor.
    [InlineData("The dam failed on June 3, 2025, officials said.", "2025-09-01", "June 3, 2025", "2025-06-03/Day", "month-first with comma and year")]
    [InlineData("Rescuers reached the village on 3 June 2025.", "2025-09-01", "3 June 2025", "2025-06-03/Day", "day-first with year")]
    [InlineData("The filing is dated 2025-06-03 in the register.", "2025-09-01", "2025-06-03", "2025-06-03/Day", "ISO date")]
    [InlineData("The notice was issued on 16.10.2025 by the council.", "2025-12-01", "16.10.2025", "2025-10-16/Day", "dotted dates are day-first")]
    [InlineData("Updated Tue, 11/03/2025 10:15", "2025-12-01", "Tue, 11/03/2025", "2025-03-11/Day", "Tuesday is 11 March, not 3 November: the weekday picks day-first")]
    [InlineData("Updated Mon, 11/03/2025 10:15", "2025-03-15", "Mon, 11/03/2025", "2025-11-03/Day", "Monday is 3 November: the weekday picks month-first even against the anchor")]
    [InlineData("The inquiry opened 25/03/2025 in the capital.", "2025-04-01", "25/03/2025", "2025-03-25/Day", "a first number above 12 can only be the day")]
    [InlineData("Tuesday, June 3, 2025 - The river burst its banks.", "2025-09-01", "Tuesday, June 3, 2025", "2025-06-03/Day", "weekday, month, day and year form one expression")]
    [InlineData("The shares were suspended on Jan. 14, 2024.", "2025-09-01", "Jan. 14, 2024", "2024-01-14/Day", "abbreviated month with a dot")]
    [InlineData("The treaty was signed on the 3rd of June 2025.", "2025-09-01", "3rd of June 2025", "2025-06-03/Day", "ordinal day with 'of'")]
    // Month and day without a year: the year that puts it nearest the publication date.
    [InlineData("The storm made landfall on June 3rd.", "2025-06-04", "June 3rd", "2025-06-03/Day", "same year, the day before publication")]
    [InlineData("Flooding began on 28 December after days of rain.", "2026-01-05", "28 December", "2025-12-28/Day", "late December read in early January is last year's")]
    [InlineData("A runoff has been called for January 12.", "2025-12-20", "January 12", "2026-01-12/Day", "early January read in late December is next year's")]
    [InlineData("The quake struck early on June 3 near the coast.", "2025-06-04", "June 3", "2025-06-03/Day", "'early on' stays outside a month-day span")]
    [InlineData("Officials said on Tuesday, June 3, that the bridge was closed.", "2025-06-05", "Tuesday, June 3", "2025-06-03/Day", "weekday with month-day")]
    [InlineData("The board met on 14 March.", "2025-11-20", "14 March", "2025-03-14/Day", "March read in November is the one just gone")]
    // Months and years.
    [InlineData("Prices started to climb in March, traders said.", "2025-06-04", "March", "2025-03-01/Month", "a bare month after 'in' is the nearest March")]
    [InlineData("The levee was inspected in early March.", "2025-06-04", "early March", "2025-03-01/Month", "'early' belongs to the span")]
    [InlineData("The plant closed in mid-June.", "2025-08-10", "mid-June", "2025-06-01/Month", "'mid-' month")]
    [InlineData("The merger was first proposed in March 2024.", "2025-06-04", "March 2024", "2024-03-01/Month", "month and year is absolute with Month granularity")]
    [InlineData("The last comparable flood happened in May.", "2025-06-04", "May", "2025-05-01/Month", "'in May' is the month")]
    [InlineData("The company was founded in 2023 by two engineers.", "2025-06-04", "2023", "2023-01-01/Year", "a year after 'in'")]
    [InlineData("Damage exceeded that of the 2019 floods.", "2025-06-04", "2019", "2019-01-01/Year", "a year modifying an event noun")]
    [InlineData("Output has fallen since last March.", "2025-06-04", "last March", "2025-03-01/Month", "'last March' is the most recent March before this month")]
    [InlineData("The works should be finished by next March.", "2025-06-04", "next March", "2026-03-01/Month", "'next March' is the first March after this month")]
    // Weekdays: in news the most recent such day, unless the modifier or the tense says future.
    [InlineData("A landslide buried two houses on Tuesday.", "2025-06-04", "Tuesday", "2025-06-03/Day", "bare weekday is the most recent one")]
    [InlineData("A fire broke out late Sunday in the port.", "2025-06-04", "late Sunday", "2025-06-01/Day", "'late' belongs to the span")]
    [InlineData("The tremor was felt Tuesday night across the valley.", "2025-06-04", "Tuesday night", "2025-06-03/Day", "part of day belongs to the span")]
    [InlineData("The factory reopened on Wednesday.", "2025-06-04", "Wednesday", "2025-06-04/Day", "a weekday equal to the publication day is that day")]
    [InlineData("The strike began last Friday.", "2025-06-04", "last Friday", "2025-05-30/Day", "'last Friday' is strictly before publication")]
    [InlineData("Turnout was low last Wednesday.", "2025-06-04", "last Wednesday", "2025-05-28/Day", "'last Wednesday' on a Wednesday is a week back")]
    [InlineData("Talks resume next Monday in Geneva.", "2025-06-04", "next Monday", "2025-06-09/Day", "'next Monday' is the coming one")]
    [InlineData("The minister will visit the flooded towns on Friday.", "2025-06-04", "Friday", "2025-06-06/Day", "future tense makes a weekday the coming one")]
    [InlineData("The council is expected to vote on Monday.", "2025-06-04", "Monday", "2025-06-09/Day", "'is expected to' is future")]
    [InlineData("They said they would appeal the ruling, announced Tuesday by the court.", "2025-06-04", "Tuesday", "2025-06-03/Day", "a future cue before a comma does not reach a later clause")]
    [InlineData("Tuesday's blast shattered windows.", "2025-06-04", "Tuesday", "2025-06-03/Day", "possessive weekday, without the 's")]
    [InlineData("Hundreds attended a Sunday night vigil.", "2025-06-04", "Sunday night", "2025-06-01/Day", "'a' + weekday modifying a lower-case noun is a date")]
    [InlineData("The Friday explosions damaged the station.", "2025-06-04", "Friday", "2025-05-30/Day", "'the' + weekday modifying a noun is a date")]
    // Days and periods counted from publication.
    [InlineData("The ferry sank today off the coast.", "2025-06-04", "today", "2025-06-04/Day", "today")]
    [InlineData("Crowds gathered tonight outside parliament.", "2025-06-04", "tonight", "2025-06-04/Day", "tonight")]
    [InlineData("Power was restored this morning.", "2025-06-04", "this morning", "2025-06-04/Day", "this morning")]
    [InlineData("The governor resigned yesterday.", "2025-06-04", "yesterday", "2025-06-03/Day", "yesterday")]
    [InlineData("The first cases appeared the day before yesterday.", "2025-06-04", "the day before yesterday", "2025-06-02/Day", "two days back, not narrative 'the day before'")]
    [InlineData("Schools will stay shut tomorrow.", "2025-06-04", "tomorrow", "2025-06-05/Day", "tomorrow")]
    [InlineData("Gunfire was heard last night in the north.", "2025-06-04", "last night", "2025-06-03/Day", "last night is the evening before publication")]
    [InlineData("The bank cut rates last week.", "2025-06-04", "last week", "2025-05-28/Week", "last week: a week back, granularity Week")]
    [InlineData("Exports dropped last month.", "2025-06-04", "last month", "2025-05-01/Month", "last month")]
    [InlineData("The team won the title last year.", "2025-06-04", "last year", "2024-01-01/Year", "last year")]
    [InlineData("More rain is forecast this week.", "2025-06-04", "this week", "2025-06-04/Week", "this week")]
    [InlineData("Two climbers went missing over the weekend.", "2025-06-09", "the weekend", "2025-06-07/Week", "over the weekend: the Saturday just gone")]
    [InlineData("Fans celebrated at the weekend.", "2025-06-08", "the weekend", "2025-06-07/Week", "read on a Sunday, the weekend began yesterday")]
    [InlineData("The well ran dry three days ago.", "2025-06-04", "three days ago", "2025-06-01/Day", "N days ago")]
    [InlineData("The wreck was found two weeks ago.", "2025-06-04", "two weeks ago", "2025-05-21/Week", "N weeks ago")]
    // Narrative-relative, resolved here without a narrative anchor: they fall back to publication.
    [InlineData("The bridge collapsed a day earlier.", "2025-06-04", "a day earlier", "2025-06-03/Day", "without a narrative date the anchor is publication")]
    public void Finds_and_resolves_expression(string sentence, string published, string expected, string value, string why)
    {
        var mentions = Mentions(sentence);
        var mention = Assert.Single(mentions, m => m.Text == expected);
        Assert.Equal(expected, sentence.Substring(mention.Span.Start, mention.Span.Length));
        Assert.Equal(value, Show(mention.Reference.Resolve(Day(published), null)));
        Assert.False(string.IsNullOrEmpty(why));
    }

    // Columns: sentence, narrative anchor (the date of the event being told), expression,
    // expected date, BindsToFollowing, why. Publication is a week later and must not be used.
    [Theory]
    [InlineData("Rebels shelled the town a day earlier.", "2025-06-10", "a day earlier", "2025-06-09", false, "adverb 'earlier': −1 from the narrative date")]
    [InlineData("The army had warned residents the day before.", "2025-06-10", "the day before", "2025-06-09", false, "'the day before' ending the clause: −1")]
    [InlineData("Shops had closed the previous day.", "2025-06-10", "the previous day", "2025-06-09", false, "the previous day: −1")]
    [InlineData("The bodies were recovered a day later.", "2025-06-10", "a day later", "2025-06-11", false, "adverb 'later': +1")]
    [InlineData("Aid arrived the next day.", "2025-06-10", "the next day", "2025-06-11", false, "the next day: +1")]
    [InlineData("Power returned the following morning.", "2025-06-10", "the following morning", "2025-06-11", false, "the following morning: +1")]
    [InlineData("The suspect was arrested three days later.", "2025-06-10", "three days later", "2025-06-13", false, "N days later: +N")]
    [InlineData("The ceasefire collapsed, two days after the talks ended.", "2025-06-10", "two days after", "2025-06-08", true, "'X, two days after Y': Y is two days before X")]
    [InlineData("The minister resigned one day after parliament voted.", "2025-06-10", "one day after", "2025-06-09", true, "'one day after Y' binds to Y: anchor − 1")]
    [InlineData("The strike comes a day after the talks failed.", "2025-06-10", "a day after", "2025-06-09", true, "'comes a day after Y'")]
    [InlineData("The blast came two days before the summit opened.", "2025-06-10", "two days before", "2025-06-12", true, "'X, two days before Y': Y is two days after X")]
    [InlineData("Villagers fled; the rains had started a week earlier.", "2025-06-10", "a week earlier", "2025-06-03", false, "weeks count as seven days")]
    public void Narrative_expressions_count_from_the_narrative_date(string sentence, string narrative, string expected, string date, bool bindsToFollowing, string why)
    {
        var mention = Assert.Single(Mentions(sentence), m => m.Text == expected);
        Assert.True(mention.Reference.NarrativeRelative, why);
        var offset = Assert.IsType<Crosscheck.Extract.Time.NarrativeOffset>(mention.Reference);
        Assert.Equal(bindsToFollowing, offset.BindsToFollowing);
        Assert.Equal(date + "/Day", Show(mention.Reference.Resolve(Day("2025-06-17"), Day(narrative))));
    }

    // Columns: sentence, why it holds no date.
    [Theory]
    [InlineData("Theresa May said the vote may be delayed.", "a surname and a modal verb, not the month")]
    [InlineData("Thousands joined a march on the capital.", "lower-case 'march' is the noun")]
    [InlineData("She told the Sunday Times the plan had failed.", "a newspaper title")]
    [InlineData("The helpline is staffed 24/7 by volunteers.", "24/7 is not a date")]
    [InlineData("The boy, 12, was pulled from the rubble.", "an age")]
    [InlineData("The hearing starts at 10:30 in the main court.", "a clock time alone")]
    [InlineData("The home side won 3-2 after extra time.", "a score")]
    [InlineData("Black Friday sales rose sharply.", "a shopping holiday")]
    [InlineData("A crowd of 2000 people gathered in the square.", "a count after 'of'")]
    [InlineData("Inflation was high in the 1990s.", "decades are deliberately skipped")]
    [InlineData("Donations to the March of Dimes rose.", "a name beginning with March")]
    [InlineData("The market opens every Sunday.", "a recurrence, not a date")]
    [InlineData("The ratio of wins was 3/4 this season.", "a fraction")]
    [InlineData("The storm may reach the coast.", "lower-case modal 'may'")]
    public void Does_not_match_non_dates(string sentence, string why)
    {
        var found = Mentions(sentence);
        Assert.True(found.Count == 0, $"{why}: found '{string.Join("', '", found.Select(m => m.Text))}'");
    }

    [Fact]
    public void Spans_are_exact_offsets_and_carry_the_sentence_index()
    {
        const string text = "Heavy rain fell overnight.\nThe river peaked on Tuesday, officials said. It had risen a day earlier.";
        var mentions = Mentions(text);
        Assert.Equal(["Tuesday", "a day earlier"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
        Assert.Equal([1, 2], mentions.Select(m => m.Sentence));
    }

    [Fact]
    public void Absolute_only_for_dates_that_state_their_year()
    {
        var mentions = Mentions("On June 3, 2025, and again on June 4, the dam leaked.");
        Assert.True(mentions[0].Reference.Absolute);
        Assert.False(mentions[1].Reference.Absolute);
    }
}
