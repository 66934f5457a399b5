using Crosscheck.Model;
using static Crosscheck.Tests.Extract.Events.EventTestKit;

namespace Crosscheck.Tests.Extract.Events;

/// <summary>
/// Per story: dating, attaching placeless mentions, merging by type + place + date, and
/// country-level merging, run through the whole pipeline. 2025-04-08 is a Tuesday.
/// </summary>
public class EventBuilderTests
{
    private static Event Only(CorpusAnalysis analysis, string type)
    {
        var events = AllEvents(analysis).Where(e => e.Type == type).ToList();
        Assert.True(events.Count == 1, $"expected one {type} event, got [{string.Join(", ", AllEvents(analysis).Select(e => e.Id))}]");
        return events[0];
    }

    [Theory]
    [InlineData("2025-04-08", "Flash floods swept through Porto Alegre on April 6, 2025, killing at least 12 people, officials said. Rescue teams searched flooded streets for survivors.",
                "2025-04-08", "Heavy rain caused floods in Porto Alegre on April 6, 2025. Rescue teams searched the flooded streets of Porto Alegre for survivors.",
                "natural_disaster", "Porto Alegre", "2025-04-06", "two outlets state the same calendar date")]
    [InlineData("2025-04-08", "A powerful earthquake hit Antalya on Sunday, damaging hundreds of buildings. Residents of Antalya slept outside for fear of aftershocks.",
                "2025-04-09", "An earthquake hit Antalya on Sunday and damaged buildings across the city. Many residents of Antalya slept in parks.",
                "natural_disaster", "Antalya", "2025-04-06", "'on Sunday' from a Tuesday and a Wednesday report is the same Sunday")]
    [InlineData("2025-04-07", "Thousands of protesters marched through Lyon on Saturday demanding higher wages for nurses. Union leaders in Lyon promised more marches.",
                "2025-04-08", "A protest in Lyon on Saturday drew thousands of nurses demanding higher wages. Union leaders vowed to keep marching in Lyon.",
                "protest", "Lyon", "2025-04-05", "protests merge like disasters")]
    [InlineData("2025-04-08", "Voters in Zaragoza went to the polls in a regional election on Sunday. The conservative list won most seats in Zaragoza.",
                "2025-04-08", "The regional election in Zaragoza on Sunday handed the conservative list most seats. Turnout in Zaragoza was high.",
                "election", "Zaragoza", "2025-04-06", "elections merge like disasters")]
    public void Same_type_place_and_stated_date_from_two_reports_is_one_event(string pubA, string textA, string pubB, string textB,
        string type, string place, string date, string why)
    {
        var analysis = Run(NewReport("a", pubA, textA), NewReport("b", pubB, textB));
        var e = Only(analysis, type);
        Assert.Equal(place, e.Location);
        Assert.Equal(date, Date(e));
        Assert.True(e.Sources.Order().SequenceEqual(["a", "b"]), $"{why}: sources [{string.Join(", ", e.Sources)}]");
    }

    [Theory]
    [InlineData("Flash floods swept through Porto Alegre on April 6, 2025, killing 12 people. Rescue teams searched flooded streets for survivors.",
                "New floods swept through Porto Alegre on April 2, 2025, killing 3 people. Rescue teams searched flooded streets for survivors.",
                "natural_disaster", "2025-04-02,2025-04-06", "two floods four days apart in one city are two events")]
    [InlineData("Thousands of protesters marched through Lyon on Saturday demanding higher wages for nurses. Union leaders promised more marches.",
                "Thousands of protesters marched through Lyon on Thursday demanding higher wages for nurses. Union leaders promised more marches.",
                "protest", "2025-04-03,2025-04-05", "a Thursday march and a Saturday march are two protests")]
    public void Same_type_and_place_on_different_stated_dates_are_two_events(string textA, string textB, string type, string dates, string why)
    {
        var analysis = Run(NewReport("a", "2025-04-08", textA), NewReport("b", "2025-04-08", textB));
        var events = AllEvents(analysis).Where(e => e.Type == type).ToList();
        Assert.True(dates == string.Join(",", events.Select(Date).Order()), $"{why}: got [{string.Join(", ", events.Select(e => e.Id))}]");
        Assert.All(events, e => Assert.Single(e.Sources));
    }

    private const string WireStorm = "FRANKFURT, April 8 (Reuters) - A storm hit Bremen today, flooding streets and injuring 6 people, police said. Trees were uprooted across the city of Bremen and trains were halted.";

    [Theory]
    [InlineData(WireStorm, "2025-04-08", 2, "a copy of the wire printed a day later says the wire's 'today'")]
    [InlineData("A storm hit Bremen yesterday, flooding streets and injuring 6 people, police said. Fallen trees blocked roads in the city of Bremen for hours.", "2025-04-08", 2, "an independent report's 'yesterday' a day later is the same day")]
    [InlineData("A storm hit Bremen today, flooding streets and injuring 6 people, police said. Fallen trees blocked roads in the city of Bremen for hours.", "2025-04-08,2025-04-09", 1, "an independent report's own 'today' a day later is another day")]
    public void A_later_report_is_dated_by_what_its_today_means(string laterText, string dates, int sourcesOfFirst, string why)
    {
        var analysis = Run(NewReport("wire", "2025-04-08", WireStorm), NewReport("later", "2025-04-09", laterText));
        var events = AllEvents(analysis).Where(e => e.Type == "natural_disaster").OrderBy(Date).ToList();
        Assert.True(dates == string.Join(",", events.Select(Date)), $"{why}: got [{string.Join(", ", events.Select(e => e.Id))}]");
        Assert.Equal(sourcesOfFirst, events[0].Sources.Count);
    }

    [Theory]
    [InlineData("2025-04-06", 1, "2025-04-06", "a same-day undated report joins")]
    [InlineData("2025-04-08", 1, "2025-04-06", "two days later still joins")]
    [InlineData("2025-04-09", 1, "2025-04-06", "three days later is the limit and joins")]
    [InlineData("2025-04-11", 2, "2025-04-06", "five days later is too late: its own event")]
    public void An_undated_mention_joins_a_stated_event_up_to_three_days_before_its_publication(string published, int events, string firstDate, string why)
    {
        var stated = NewReport("stated", "2025-04-07", "A landslide buried homes in Valparaiso on Sunday, killing 4 people. Rescue teams dug through mud in Valparaiso all night.");
        var undated = NewReport("undated", published, "A landslide buried homes in Valparaiso, killing 4 people. Rescue teams dug through the mud in Valparaiso.");
        var found = AllEvents(Run(stated, undated)).Where(e => e.Type == "natural_disaster").OrderBy(Date).ToList();
        Assert.True(events == found.Count, $"{why}: got [{string.Join(", ", found.Select(e => e.Id))}]");
        Assert.Equal(firstDate, Date(found[0]));
        if (events == 1) Assert.Equal(2, found[0].Sources.Count);
    }

    [Theory]
    [InlineData("2025-04-08", "2025-04-10", "the first report's day, not the later one's")]
    [InlineData("2025-04-10", "2025-04-08", "input order does not matter")]
    public void An_event_known_only_from_publication_dates_is_dated_by_its_first_report(string pubA, string pubB, string why)
    {
        var a = NewReport("a", pubA, "Protesters marched through Lyon demanding higher wages for nurses. Union leaders in Lyon promised more marches.");
        var b = NewReport("b", pubB, "A protest in Lyon drew thousands of nurses demanding higher wages. Union leaders vowed to keep marching in Lyon.");
        var e = Only(Run(a, b), "protest");
        Assert.True(Date(e) == "2025-04-08", $"{why}: got {Date(e)}");
        Assert.Equal(2, e.Sources.Count);
    }

    [Theory]
    [InlineData("The attack killed 4 people and wounded 9, a hospital official said.", "killed", 4, "'the attack' with no place is the attack just described")]
    [InlineData("Four people were killed and 9 wounded, a hospital official said.", "killed", 4, "a figures-only toll belongs to the violent event just described")]
    [InlineData("Medics said 9 people were wounded.", "injured", 9, "any casualty figure attaches")]
    public void A_placeless_sentence_adds_its_figures_to_the_event_the_report_just_described(string follow, string fact, double value, string why)
    {
        var a = NewReport("a", "2025-04-08", $"A drone attack hit a fuel depot in Mosul on Sunday, officials said. Smoke rose over the city for hours. {follow}");
        var b = NewReport("b", "2025-04-09", "Drones attacked a fuel depot in Mosul, local officials said. The depot burned through the night.");
        var e = Only(Run(a, b), "attack");
        Assert.Equal("Mosul", e.Location);
        Assert.True(e.Facts.TryGetValue(fact, out var f) && f.ByReport["a"]?.Value == value, $"{why}: facts [{string.Join(", ", e.Facts.Keys)}]");
        Assert.Null(f!.ByReport["b"]);
        Assert.Contains(e.Citations, c => c.Report == "a" && c.Text.StartsWith(follow[..12], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Governor Ana Ruiz visited the hospital on Monday and thanked the rescuers.", 0, "one report, no place, no figure: a detail of the story")]
    [InlineData("Minister Ana Ruiz visited the site on Tuesday and announced an emergency fund of 2 million euros.", 1, "a figure makes it an event")]
    public void An_unplaced_visit_is_an_event_only_with_a_figure_or_a_second_report(string visit, int events, string why)
    {
        var a = NewReport("a", "2025-04-09", $"An explosion destroyed a fuel depot in Mosul on Sunday, officials said. Smoke rose over Mosul for hours. {visit}");
        var found = AllEvents(Run(a)).Where(e => e.Type == "diplomacy").ToList();
        Assert.True(events == found.Count, $"{why}: got [{string.Join(", ", found.Select(e => e.Id))}]");
    }

    [Fact]
    public void A_placeless_toll_too_many_sentences_after_the_event_does_not_attach()
    {
        var filler = string.Concat(Enumerable.Range(1, EventBuilderWindow + 1).Select(i => $"Witness number {NumberWord(i)} described the scene at length. "));
        var a = NewReport("a", "2025-04-08", $"A drone attack hit a fuel depot in Mosul on Sunday, officials said. {filler}Four people were killed, a hospital official said.");
        var e = Only(Run(a), "attack");
        Assert.False(e.Facts.ContainsKey("killed"));
    }

    private const int EventBuilderWindow = 6;

    private static string NumberWord(int i) => new[] { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" }[i];

    [Theory]
    [InlineData("", 1, "a country-level mention joins the only earthquake inside that country")]
    [InlineData(" A second earthquake hit Izmir on Monday, injuring 3.", 3, "with two earthquakes in the country, a country-level one cannot say which")]
    public void A_country_level_mention_joins_the_only_event_of_its_type_inside_that_country(string extra, int events, string why)
    {
        var a = NewReport("a", "2025-04-08", "An earthquake hit Antalya on Sunday, killing 5 people. Buildings cracked across Antalya." + extra);
        var b = NewReport("b", "2025-04-08", "A strong earthquake in Turkey killed 5 people, the disaster agency said. Rescuers dug through rubble.");
        var found = AllEvents(Run(a, b)).Where(e => e.Type == "natural_disaster").ToList();
        Assert.True(events == found.Count, $"{why}: got [{string.Join(", ", found.Select(e => e.Id))}]");
        var antalya = Assert.Single(found, e => e.Location == "Antalya");
        Assert.Equal(events == 1 ? 2 : 1, antalya.Sources.Count);
    }

    [Theory]
    [InlineData("Bochum", 1, "Bochum lies next to Dortmund: one shooting told at the city and at its neighbour")]
    [InlineData("Leipzig", 2, "Leipzig is 350 km away: two shootings")]
    public void Same_type_events_of_one_date_at_places_close_together_are_one_event(string other, int events, string why)
    {
        var a = NewReport("a", "2025-04-08", "Two people were killed in a shooting in Dortmund on Sunday, police said. Officers searched the area.");
        var b = NewReport("b", "2025-04-08", $"A shooting in {other} on Sunday left two people dead, police said. Officers searched the area.");
        var found = AllEvents(Run(a, b)).Where(e => e.Type == "attack").ToList();
        Assert.True(events == found.Count, $"{why}: got [{string.Join(", ", found.Select(e => e.Id))}]");
        if (events == 1) Assert.Equal(2, found[0].Sources.Count);
    }

    [Theory]
    [InlineData("Floods swept through Porto Alegre in March, killing 12 people. Rescue teams searched flooded streets.", DateGranularity.Month, "2025-03", "a month named alone is a month, not 1 March")]
    [InlineData("Floods swept through Porto Alegre on March 3, killing 12 people. Rescue teams searched flooded streets.", DateGranularity.Day, "2025-03-03", "a stated day is a day")]
    public void An_event_keeps_the_precision_its_reports_date_it_with(string text, DateGranularity precision, string written, string why)
    {
        var e = Only(Run(NewReport("a", "2025-04-08", text)), "natural_disaster");
        Assert.True(e.Date is { } d && d.Granularity == precision && d.ToString() == written, $"{why}: got {e.Date}");
    }

    [Fact]
    public void A_stated_toll_in_a_report_that_names_no_known_place_is_still_an_event()
    {
        var a = NewReport("a", "2025-04-08", "One person is dead and four others are injured after a shooting outside a bar early Sunday morning, police said. Witnesses said an argument spilled onto the street.");
        var e = Only(Run(a), "attack");
        Assert.Null(e.Location);
        Assert.Equal(1, e.Facts["killed"].Best);
        Assert.Equal(4, e.Facts["injured"].Best);
    }

    [Fact]
    public void A_rising_toll_from_independent_sources_is_reconciled_low_best_high_with_conflict()
    {
        var a = NewReport("a", "2025-04-08", "A blaze tore through a garment factory in Dhaka on Monday, killing at least 5 workers. Firefighters battled the flames for hours.");
        var b = NewReport("b", "2025-04-09", "Nine workers were killed when a blaze swept a garment factory in Dhaka on Monday, police said. The owner fled.");
        var c = NewReport("c", "2025-04-10", "The blaze at a Dhaka garment factory on Monday killed 12 workers, officials said, as the toll rose again.");
        var e = Only(Run(a, b, c), "accident");
        Assert.Equal("2025-04-07", Date(e));
        var killed = e.Facts["killed"];
        Assert.Equal(5, killed.Low);
        Assert.Equal(12, killed.Best);
        Assert.Equal(12, killed.High);
        Assert.True(killed.Conflict);
        Assert.False(killed.Consistent);
        Assert.Equal(3, killed.IndependentSources);
    }

    [Fact]
    public void A_wire_that_revises_its_own_toll_drops_the_old_figure_from_low()
    {
        const string body = "A blaze tore through a garment factory in Dhaka on Monday, killing {0} workers. Firefighters battled the flames for six hours. The factory owner was detained by police.";
        var first = NewReport("first", "2025-04-08", string.Format(System.Globalization.CultureInfo.InvariantCulture, body, 9));
        var update = NewReport("update", "2025-04-09", string.Format(System.Globalization.CultureInfo.InvariantCulture, body, 11));
        var e = Only(Run(first, update), "accident");
        var killed = e.Facts["killed"];
        Assert.Equal(9, killed.ByReport["first"]?.Value);
        Assert.Equal(11, killed.Low);
        Assert.Equal(11, killed.Best);
        Assert.True(killed.Conflict);
        Assert.Equal(1, killed.IndependentSources);
    }

    [Fact]
    public void Event_ids_are_deterministic_and_name_type_place_and_date()
    {
        static List<string> Ids(bool reversed)
        {
            var reports = new[]
            {
                NewReport("a", "2025-04-08", "Flash floods swept through Porto Alegre on April 6, 2025, killing 12 people. Earlier floods hit Porto Alegre on April 3, 2025. Rescue teams searched flooded streets."),
                NewReport("b", "2025-04-08", "Heavy rain caused floods in Porto Alegre on April 6, 2025. Rescue teams searched the flooded streets of Porto Alegre for survivors."),
            };
            return AllEvents(Run(reversed ? reports.Reverse().ToArray() : reports)).Select(e => e.Id).ToList();
        }
        var ids = Ids(reversed: false);
        Assert.Equal(["natural-disaster-porto-alegre-2025-04-03", "natural-disaster-porto-alegre-2025-04-06"], ids);
        Assert.Equal(ids, Ids(reversed: false));
        Assert.Equal(ids, Ids(reversed: true));
    }

    [Fact]
    public void A_deal_that_names_no_place_is_still_an_event()
    {
        var a = NewReport("a", "2025-04-08", "Acme Foods agreed to acquire Bolt Industries in a $2 billion deal on Monday. Shares of Bolt Industries jumped in early trading.");
        var b = NewReport("b", "2025-04-08", "Acme Foods will acquire Bolt Industries for $2 billion, the companies said on Monday. Shares of Bolt Industries rose sharply in early trading.");
        var e = Only(Run(a, b), "business");
        Assert.Equal("2025-04-07", Date(e));
        Assert.Equal(2, e.Sources.Count);
        Assert.Equal(2_000_000_000, e.Facts["amount_usd"].Best);
    }
}
