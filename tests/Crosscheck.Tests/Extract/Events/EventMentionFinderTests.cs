using Crosscheck.Model;
using static Crosscheck.Tests.Extract.Events.EventTestKit;

namespace Crosscheck.Tests.Extract.Events;

/// <summary>
/// Per sentence: trigger → type, place, time and figures. Reports are published Wednesday
/// 2025-03-12, so "on Monday" is 2025-03-10.
/// </summary>
public class EventMentionFinderTests
{
    private static string Place(Report r, EventMention m) => m.Place is { } p ? r.Slice(p.Span) : "";

    private static string Time(Report r, EventMention m) => m.Time is { } t ? r.Slice(t.Span) : "";

    private static EventMention Single(IReadOnlyList<EventMention> mentions, string type) => Assert.Single(mentions, m => m.Type == type);

    [Theory]
    [InlineData("Floods swept through Porto Alegre on Monday, killing at least 12 people.", "natural_disaster", "flood noun")]
    [InlineData("A powerful earthquake hit Antalya on Tuesday.", "natural_disaster", "'hit' outside a military report is not an attack")]
    [InlineData("The storm hit Bremen on Friday.", "natural_disaster", "a storm that hits is still only a storm")]
    [InlineData("Turkish troops shelled positions near Mosul on Sunday.", "attack", "shelling verb")]
    [InlineData("Missiles hit a depot near Mosul on Sunday.", "attack", "'hit' in a report about missiles is an attack")]
    [InlineData("A missile explosion rocked a depot near Mosul, the army said.", "attack", "an explosion in a military report is an attack")]
    [InlineData("An explosion at a chemical plant in Leeds shook the city.", "accident", "an explosion with no weapons around is an accident")]
    [InlineData("The train derailed near Bremen on Friday.", "accident", "derailment")]
    [InlineData("A blaze tore through a textile factory in Dhaka on Monday.", "accident", "factory blaze")]
    [InlineData("Thousands of demonstrators rallied in Lyon on Saturday.", "protest", "demonstrators and rally are one protest")]
    [InlineData("Workers went on strike in Leeds on Monday.", "protest", "'on strike' is a labour strike, not a military one")]
    [InlineData("Thousands of workers joined a general strike in Lyon on Thursday.", "protest", "'general strike'")]
    [InlineData("Police arrested 40 people in Lyon on Saturday.", "arrest", "arrest verb")]
    [InlineData("A court in Leeds sentenced the factory owner to six years.", "legal", "sentencing")]
    [InlineData("Acme Foods agreed to acquire Bolt Industries for $2 billion on Thursday.", "business", "acquisition")]
    [InlineData("Voters in Zaragoza went to the polls in a regional election on Sunday.", "election", "election noun")]
    [InlineData("The two sides agreed a prisoner exchange in Geneva.", "negotiation", "'exchange' is a negotiation only next to prisoners")]
    [InlineData("The peace talks with Ankara resumed in Geneva on Monday.", "negotiation", "talks in a peace process are negotiations")]
    [InlineData("The foreign minister met his Spanish counterpart in Madrid on Monday.", "diplomacy", "a meeting is diplomacy")]
    public void A_trigger_word_gives_the_sentence_its_event_type(string sentence, string type, string why)
    {
        var (_, mentions) = Mentions(sentence);
        Assert.True(mentions.Select(m => m.Type).SequenceEqual([type]), $"{why}: got [{string.Join(", ", mentions.Select(m => m.Type))}]");
    }

    [Theory]
    [InlineData("Officers arrived at the scene shortly after midnight.", "an arrival at 'the scene' names no place or counterpart: no visit")]
    [InlineData("He was in town visiting his mother and his young son.", "a family visit is no diplomacy")]
    [InlineData("The suspect was captured late Wednesday in a vacant apartment.", "outside a report about fighting 'captured' takes no territory")]
    [InlineData("Asked about the chances of a meeting of the leaders, he said it was unlikely.", "a meeting talked about, with nobody named after it, is no meeting")]
    public void A_weak_trigger_without_what_makes_it_an_event_yields_no_event(string sentence, string why)
    {
        var (_, mentions) = Mentions(sentence);
        Assert.True(mentions.All(m => m.Type is not ("diplomacy" or "territorial_claim")), $"{why}: got [{string.Join(", ", mentions.Select(m => m.Type))}]");
    }

    [Theory]
    [InlineData("The prime minister arrived in Lisbon on Tuesday.", "a place right after the arrival")]
    [InlineData("Foreign Minister Ana Duarte met Olaf Berger in Lisbon on Tuesday.", "a counterpart right after the meeting")]
    [InlineData("Interior Minister Laura Bennett visited the flooded quarter on Tuesday.", "the visitor named right before the visit")]
    [InlineData("Russian troops captured the village of Andriivka on Tuesday, the army said.", "'captured' in a report about fighting is a territorial claim")]
    public void A_weak_trigger_with_its_place_counterpart_or_fighting_is_an_event(string sentence, string why)
    {
        var (_, mentions) = Mentions(sentence);
        Assert.True(mentions.Any(m => m.Type is "diplomacy" or "territorial_claim"), $"{why}: got [{string.Join(", ", mentions.Select(m => m.Type))}]");
    }

    [Theory]
    [InlineData("An earthquake struck near Antalya on Tuesday.", "Antalya", "Tuesday", "a disaster that strikes is still a disaster")]
    [InlineData("A tornado struck the town of Moore in Oklahoma on Monday.", "Moore", "Monday", "same with a tornado")]
    public void A_disaster_that_struck_is_one_disaster_mention(string sentence, string place, string time, string why)
    {
        var (r, mentions) = Mentions(sentence);
        var m = Assert.Single(mentions);
        Assert.Equal("natural_disaster", m.Type);
        Assert.Equal(place, Place(r, m));
        Assert.Equal(time, Time(r, m));
        Assert.NotNull(why);
    }

    [Theory]
    [InlineData("A fire broke out at a textile factory in Dhaka on Monday, killing 9 workers.", "a fire is the most common word for a factory blaze")]
    [InlineData("The factory fire in Dhaka killed 9 workers on Monday.", "compound 'factory fire'")]
    public void A_fire_is_an_accident(string sentence, string why)
    {
        var (r, mentions) = Mentions(sentence);
        var m = Single(mentions, "accident");
        Assert.Equal("Dhaka", Place(r, m));
        Assert.Equal(9, Assert.Single(m.Figures, f => f.FactName == "killed").Value);
        Assert.NotNull(why);
    }

    [Theory]
    [InlineData("Talks between the union and the carmaker collapsed in Brussels on Monday.", "negotiation", "Brussels", "Monday", "talks that collapse are still talks")]
    // bug: the object noun 'protesters' is itself a protest trigger, so it opens a new segment and takes Lyon and Saturday from the arrest
    [InlineData("Police arrested 40 protesters in Lyon on Saturday.", "arrest", "Lyon", "Saturday", "the arrest happened where and when the protesters were arrested")]
    public void A_trigger_word_used_as_an_object_or_outcome_does_not_take_the_events_place_and_time(string sentence, string type, string place, string time, string why)
    {
        var (r, mentions) = Mentions(sentence);
        var m = Single(mentions, type);
        Assert.True(place == Place(r, m) && time == Time(r, m), $"{why}: got '{Place(r, m)}' / '{Time(r, m)}'");
    }

    [Theory]
    [InlineData("Peace talks with Ankara resumed in Geneva on Monday.", "sentence-initial 'Peace' still marks a peace process")]
    public void Sentence_initial_peace_talks_are_negotiations(string sentence, string why)
    {
        var (_, mentions) = Mentions(sentence);
        Assert.Equal("negotiation", Assert.Single(mentions).Type);
        Assert.NotNull(why);
    }

    [Theory]
    // specific beats country
    [InlineData("A powerful earthquake hit Antalya in Turkey on Tuesday.", "natural_disaster", "Antalya", "a city beats the country named after it")]
    [InlineData("Floods in Spain killed 8 people in Valencia.", "natural_disaster", "Valencia", "a city beats the country even when the country comes first")]
    [InlineData("Turkish troops shelled positions near Mosul in Iraq on Sunday.", "attack", "Mosul", "city over country, and the demonym actor is skipped")]
    // after the trigger beats before
    [InlineData("After heavy rain in Bremen, floods hit Dortmund on Friday.", "natural_disaster", "Dortmund", "the place after the trigger is where it happened")]
    [InlineData("In Bremen, officials warned that floods would hit Dortmund.", "natural_disaster", "Dortmund", "a sentence-initial place is where it was said, not where it happened")]
    [InlineData("The delegation arrived in Spain from France on Monday.", "diplomacy", "Spain", "of several countries, the one the text puts the event in")]
    // demonyms: actors unless a place noun follows
    [InlineData("French officials condemned the protest.", "protest", "", "'French officials' name who spoke, not where")]
    [InlineData("Drones attacked the Iraqi city of Mosul on Sunday.", "attack", "Mosul", "'the Iraqi city of X' is X")]
    [InlineData("Drones attacked the Iraqi capital on Sunday.", "attack", "Iraqi", "a demonym before a place noun is a place")]
    [InlineData("Drones attacked Turkish airbases on Monday.", "attack", "Turkish", "'Turkish airbases' are in Turkey")]
    // possessives
    [InlineData("Dortmund's port was attacked on Monday.", "attack", "Dortmund", "a possessive before a place noun is a place")]
    [InlineData("Dortmund's mayor met Olaf Berger on Monday.", "diplomacy", "", "a possessive before a person is an actor")]
    // clause subjects and counterparts
    [InlineData("Madrid has rejected the merger.", "business", "", "a capital as a clause subject is a government acting")]
    [InlineData("The merger was rejected by Madrid.", "business", "Madrid", "no subject verb after it: a place")]
    [InlineData("Bilbao was flooded on Monday.", "natural_disaster", "Bilbao", "a passive subject is where it happened")]
    [InlineData("Dortmund was hit by a storm on Friday.", "natural_disaster", "Dortmund", "'was hit' is passive too")]
    [InlineData("Negotiators held talks with Ankara on Monday.", "negotiation", "", "'talks with X' names the other party")]
    [InlineData("Talks with Ankara resumed in Geneva on Monday.", "diplomacy", "Geneva", "the counterpart is skipped, the venue kept")]
    [InlineData("Madrid has rejected the merger proposal announced in Bilbao.", "business", "Bilbao", "the acting capital is skipped, the real place kept")]
    // several countries
    [InlineData("Talks between France and Germany on Monday produced no deal.", "negotiation", "", "two countries without 'in' do not say where")]
    public void The_mention_is_placed_where_it_happened_not_where_its_actors_are_from(string sentence, string type, string place, string why)
    {
        var (r, mentions) = Mentions(sentence);
        var m = Single(mentions, type);
        Assert.True(place == Place(r, m), $"{why}: expected '{place}', got '{Place(r, m)}'");
    }

    [Theory]
    [InlineData("Turkish troops shelled villages on Sunday.", "attack", "a demonym before 'troops' is an actor, whatever noun the verb takes")]
    [InlineData("Ankara's army attacked villages on Sunday.", "attack", "a possessive before 'army' is an actor, whatever noun the verb takes")]
    public void A_demonym_or_possessive_actor_is_not_placed_by_a_place_noun_further_on(string sentence, string type, string why)
    {
        var (r, mentions) = Mentions(sentence);
        var m = Single(mentions, type);
        Assert.True(Place(r, m) == "", $"{why}: got '{Place(r, m)}'");
    }

    [Theory]
    [InlineData("France and Germany signed a merger deal.", "business", "two countries as joint subject do not say where")]
    [InlineData("Talks between France and Germany ended without a deal.", "negotiation", "the parties to talks are not their venue")]
    public void Several_countries_without_in_give_no_place_even_when_one_is_followed_by_a_verb(string sentence, string type, string why)
    {
        var (r, mentions) = Mentions(sentence);
        var m = Single(mentions, type);
        Assert.True(Place(r, m) == "", $"{why}: got '{Place(r, m)}'");
    }

    [Theory]
    [InlineData("A landslide buried homes near Valencia on Saturday, and rescuers were still digging on Monday.", "natural_disaster", "Saturday", "the time nearest the trigger dates it")]
    [InlineData("On Saturday forecasters warned of a storm, which hit Bremen late on Sunday.", "natural_disaster", "late on Sunday", "nearest wins over the sentence-initial time")]
    [InlineData("The governor said on Tuesday that the blaze at the factory in Leeds had killed three workers.", "accident", "", "'said on Tuesday' dates the statement, not the blaze")]
    [InlineData("Rescuers told reporters on Tuesday that the flood in Bilbao was receding.", "natural_disaster", "", "'told reporters on Tuesday' dates the telling")]
    [InlineData("LEEDS, March 10 (Reuters) - A blaze at a chemical plant in Leeds killed two workers.", "accident", "", "the dateline dates the report")]
    [InlineData("LEEDS, March 10 (Reuters) - A blaze at a chemical plant in Leeds killed two workers on Sunday.", "accident", "Sunday", "past the dateline, the event's own time")]
    [InlineData("The airstrike on Mosul came a day after the talks in Geneva.", "negotiation", "a day after", "'a day after the talks' dates the talks")]
    [InlineData("The airstrike on Mosul came a day after the talks in Geneva.", "attack", "", "... and not the airstrike before it")]
    [InlineData("A storm hit Bremen on Friday and the talks in Geneva were postponed to Monday.", "natural_disaster", "Friday", "each event keeps the time of its own part of the sentence")]
    [InlineData("A storm hit Bremen on Friday and the talks in Geneva were postponed to Monday.", "negotiation", "Monday", "... both ways")]
    [InlineData("Protesters gathered in Lyon on Monday, two days after the election.", "election", "two days after", "'two days after the election' dates the election")]
    public void The_time_expression_that_dates_the_event_is_chosen(string sentence, string type, string time, string why)
    {
        var (r, mentions) = Mentions(sentence);
        var m = Single(mentions, type);
        Assert.True(time == Time(r, m), $"{why}: expected '{time}', got '{Time(r, m)}'");
    }

    [Theory]
    [InlineData("Rain that began in Bremen on Thursday flooded Dortmund on Friday.", "natural_disaster", "Friday", "the flood's own time follows its trigger")]
    public void A_time_after_the_trigger_beats_a_nearer_one_in_a_clause_before_it(string sentence, string type, string time, string why)
    {
        var (r, mentions) = Mentions(sentence);
        var m = Single(mentions, type);
        Assert.True(time == Time(r, m), $"{why}: expected '{time}', got '{Time(r, m)}'");
    }

    [Theory]
    [InlineData("Talks resumed in Geneva on Monday after an airstrike in Mosul killed 12 people.", "attack", "killed", 12, "casualties go to the violent event, not the talks")]
    [InlineData("At the talks in Geneva, delegates said 12 people were killed in an airstrike on Mosul.", "attack", "killed", 12, "casualties written in the talks' part of the sentence still go to the airstrike")]
    [InlineData("A protest in Lyon on Sunday followed floods that killed 8 people.", "natural_disaster", "killed", 8, "a flood's dead are not the protest's")]
    [InlineData("Acme Foods agreed to acquire Bolt Industries for $2 billion on Thursday.", "business", "amount_usd", 2_000_000_000, "an amount stays with its deal")]
    [InlineData("The election in Zaragoza on Sunday saw turnout of 61 percent.", "election", "percent", 61, "a percentage stays with its election")]
    [InlineData("Police arrested 40 people in Lyon on Saturday.", "arrest", "arrested", 40, "arrest counts are the arrest's")]
    public void Figures_go_to_the_event_they_count(string sentence, string type, string fact, double value, string why)
    {
        var (_, mentions) = Mentions(sentence);
        var owner = Single(mentions, type);
        Assert.True(owner.Figures.Any(f => f.FactName == fact && f.Value == value), $"{why}: {type} has [{string.Join(", ", owner.Figures.Select(f => f.FactName))}]");
        Assert.All(mentions.Where(m => m != owner), m => Assert.DoesNotContain(m.Figures, f => f.FactName == fact));
    }

    [Theory]
    [InlineData("Rescuers said 14 people were killed and 30 injured.", "killed=14,injured=30", "a toll with no trigger")]
    [InlineData("At least 7 people were killed.", "killed=7", "a bare toll sentence")]
    public void A_sentence_with_figures_but_no_trigger_yields_a_figures_only_mention(string sentence, string figures, string why)
    {
        var (_, mentions) = Mentions(sentence);
        var m = Assert.Single(mentions);
        Assert.Equal("*", m.Type);
        Assert.True(figures == string.Join(",", m.Figures.Select(f => $"{f.FactName}={f.Value}")), why);
    }

    [Theory]
    [InlineData("Rescue teams searched the streets.", "no trigger and no figure")]
    [InlineData("The mayor thanked volunteers for their work.", "a sentence of colour")]
    public void A_sentence_without_trigger_or_figure_yields_nothing(string sentence, string why)
    {
        var (_, mentions) = Mentions(sentence);
        Assert.True(mentions.Count == 0, why);
    }
}
