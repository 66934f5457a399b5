using Crosscheck.Extract.Quantities;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Extract.Quantities;

public class QuantityRecognizerTests
{
    internal static IReadOnlyList<QuantityMention> Recognize(string text)
    {
        var report = new Report("t", text);
        new TextSegmenter().Process(report);
        new QuantityRecognizer().Process(report);
        return report.Require(Layers.Quantities);
    }

    private static QuantityMention Single(string text, double value)
    {
        var all = Recognize(text);
        var matches = all.Where(m => Math.Abs(m.Value - value) < 1e-6 * Math.Max(1, Math.Abs(value))).ToList();
        Assert.True(matches.Count == 1,
            $"expected one figure {value} in \"{text}\", got: " + string.Join("; ", all.Select(m => $"{m.Text}={m.Value}/{m.FactName}")));
        return matches[0];
    }

    [Theory]
    // casualties by the role the sentence gives
    [InlineData("The overnight shelling killed five people and injured at least 31 others in the town.", 5, Qualifier.Exact, "killed", "verb before the noun")]
    [InlineData("The overnight shelling killed five people and injured at least 31 others in the town.", 31, Qualifier.AtLeast, "injured", "second verb of the pair")]
    [InlineData("Missiles hit a market on Friday, killing at least six civilians and injuring several others.", 6, Qualifier.AtLeast, "killed", "participle before the figure")]
    [InlineData("Two people were also killed in a separate attack further south.", 2, Qualifier.Exact, "killed", "passive after the noun")]
    [InlineData("A nine-year-old boy was among the 14 injured, the mayor said.", 14, Qualifier.Exact, "injured", "role used as a noun")]
    [InlineData("A teenager was among 14 wounded, doctors said.", 14, Qualifier.Exact, "injured", "wounded means injured")]
    [InlineData("The death toll from the collapse has risen to 27, officials said.", 27, Qualifier.Exact, "killed", "toll rises to")]
    [InlineData("The toll rose to 9 on Sunday.", 9, Qualifier.Exact, "killed", "bare toll")]
    [InlineData("At least 2,500 people were evacuated from low-lying districts.", 2500, Qualifier.AtLeast, "evacuated", "evacuated after the noun")]
    [InlineData("Rescuers said 11 people remain missing after the landslide.", 11, Qualifier.Exact, "missing", "remain missing")]
    [InlineData("The floods have displaced more than 40,000 residents.", 40000, Qualifier.MoreThan, "displaced", "displaced before the noun")]
    [InlineData("Police arrested 23 protesters outside parliament.", 23, Qualifier.Exact, "arrested", "a role wins over the group class")]
    [InlineData("As of now, four people have been confirmed dead.", 4, Qualifier.Exact, "killed", "confirmed dead")]
    [InlineData("The blast left 3 dead and dozens hurt.", 3, Qualifier.Exact, "killed", "left N dead")]
    [InlineData("The storm claimed 17 lives across the region.", 17, Qualifier.Exact, "killed", "claimed N lives")]
    [InlineData("Eight people died when the bus overturned.", 8, Qualifier.Exact, "killed", "died after the noun")]
    [InlineData("Nearly 300 people were left homeless by the fire.", 300, Qualifier.About, "displaced", "left homeless")]
    [InlineData("Fifteen people were taken to hospital with burns.", 15, Qualifier.Exact, "injured", "taken to hospital")]
    [InlineData("The quake killed 12 and injured 40, the agency said.", 40, Qualifier.Exact, "injured", "no noun: role from the verb")]
    [InlineData("Divers rescued 31 fishermen from the capsized trawler.", 31, Qualifier.Exact, "rescued", "rescued")]
    [InlineData("There were 24 fatalities on the motorway last year.", 24, Qualifier.Exact, "killed", "fatalities")]
    [InlineData("Some 50,000 soldiers have been massed near the frontier.", 50000, Qualifier.About, "troops", "soldiers with no role: the group")]
    [InlineData("The coach was carrying 41 passengers.", 41, Qualifier.Exact, "passengers", "passengers")]
    // objects: one class per group of synonyms
    [InlineData("The raid destroyed or damaged more than 40 military aircraft.", 40, Qualifier.MoreThan, "aircraft", "aircraft with modifiers")]
    [InlineData("Officials said the operation destroyed 40 warplanes at four bases.", 40, Qualifier.Exact, "aircraft", "warplanes are aircraft")]
    [InlineData("Two helicopters were shot down.", 2, Qualifier.Exact, "aircraft", "helicopters are aircraft")]
    [InlineData("Russia launched 112 drones and seven missiles overnight.", 112, Qualifier.Exact, "drones", "drones")]
    [InlineData("Russia launched 112 drones and seven missiles overnight.", 7, Qualifier.Exact, "missiles", "missiles after a number word")]
    [InlineData("The strikes hit an apartment building, three private homes and a garage.", 3, Qualifier.Exact, "houses", "homes are houses")]
    [InlineData("Around 1,200 buildings were damaged by the tremor.", 1200, Qualifier.About, "buildings", "buildings")]
    [InlineData("The plant will cut 1,800 jobs by next spring.", 1800, Qualifier.Exact, "jobs", "business: jobs")]
    // swaps and transfers
    [InlineData("The sides agreed to transfer 6,000 fallen troops to their families.", 6000, Qualifier.Exact, "bodies_transferred", "fallen troops are bodies")]
    [InlineData("Kyiv and Moscow exchanged 390 prisoners of war on Friday.", 390, Qualifier.Exact, "prisoners_exchanged", "prisoners in a swap")]
    [InlineData("He said the exchange would involve \"at least 1,000\" on each side.", 1000, Qualifier.AtLeast, "prisoners_exchanged_each_side", "bare figure governed by exchange")]
    // population and subsets
    [InlineData("The city, with a population of 250,000, was cut off.", 250000, Qualifier.Exact, "population", "population of")]
    [InlineData("Drills were held near the city of 40,000.", 40000, Qualifier.Exact, "population", "city of N")]
    // qualifiers
    [InlineData("No fewer than 60 houses were flooded.", 60, Qualifier.AtLeast, "houses", "no fewer than")]
    [InlineData("A minimum of 30 vehicles were burned.", 30, Qualifier.AtLeast, "vehicles", "a minimum of")]
    [InlineData("Upwards of 70 buildings collapsed.", 70, Qualifier.MoreThan, "buildings", "upwards of")]
    [InlineData("Over 200 flights were cancelled.", 200, Qualifier.MoreThan, "flights", "over")]
    [InlineData("In excess of 500 homes lost power.", 500, Qualifier.MoreThan, "houses", "in excess of")]
    [InlineData("Up to 90 people may have been trapped.", 90, Qualifier.AtMost, null, "up to: people with no role")]
    [InlineData("No more than 12 buses were running.", 12, Qualifier.AtMost, "vehicles", "no more than beats more than")]
    [InlineData("Fewer than 20 schools reopened.", 20, Qualifier.LessThan, "schools", "fewer than")]
    [InlineData("Under 100 households had water.", 100, Qualifier.LessThan, "households", "under")]
    [InlineData("Roughly 80 villages were cut off.", 80, Qualifier.About, "settlements", "roughly")]
    [InlineData("An estimated 3,000 cattle drowned.", 3000, Qualifier.About, "animals", "an estimated")]
    [InlineData("Almost 50 schools were shut.", 50, Qualifier.About, "schools", "almost means about")]
    [InlineData("Close to 400 people were evacuated.", 400, Qualifier.About, "evacuated", "close to")]
    [InlineData("~300 people were evacuated.", 300, Qualifier.About, "evacuated", "tilde")]
    [InlineData("The flood killed 2000 people.", 2000, Qualifier.Exact, "killed", "four digits counting people are a count")]
    [InlineData("Three soldiers and a civilian were killed.", 3, Qualifier.Exact, "killed", "coordinated subject shares the verb")]
    [InlineData("\u201cSeven of our colleagues were killed,\u201d the director said.", 7, Qualifier.Exact, "killed", "partitive: role after the group")]
    [InlineData("Officials put the number of injured at 57.", 57, Qualifier.Exact, "injured", "number of injured")]
    [InlineData("Of the 300 passengers on board, 12 were hurt.", 12, Qualifier.Exact, "injured", "bare figure with a passive role")]
    [InlineData("Gunmen abducted 17 schoolchildren from a village.", 17, Qualifier.Exact, "abducted", "abducted")]
    [InlineData("Four firefighters died battling the blaze.", 4, Qualifier.Exact, "killed", "a group noun takes the role")]
    [InlineData("Nearly 2,000 people have died since the outbreak began.", 2000, Qualifier.About, "killed", "have died")]
    [InlineData("The police detained 45 people after the clashes.", 45, Qualifier.Exact, "arrested", "detained means arrested")]
    [InlineData("Twenty or more people were injured.", 20, Qualifier.AtLeast, "injured", "or more after the figure")]
    public void Reads_figure_with_qualifier_and_fact(string text, double value, Qualifier qualifier, string? fact, string why)
    {
        var m = Single(text, value);
        Assert.True(qualifier == m.Qualifier, $"{why}: qualifier {m.Qualifier}");
        Assert.True(fact == m.FactName, $"{why}: fact {m.FactName}");
    }

    [Theory]
    [InlineData("The epicentre was about 5km from the border.", 5, Qualifier.About, "km", "distance_km", "glued km")]
    [InlineData("Kharkiv lies some 30 kilometres (18 miles) from the frontier.", 30, Qualifier.About, "km", "distance_km", "conversion in brackets kept once")]
    [InlineData("The convoy travelled 10 miles.", 16.09344, Qualifier.Exact, "km", "distance_km", "miles to km")]
    [InlineData("Waves reached 6 feet in the harbour.", 1.8288, Qualifier.Exact, "m", "height_m", "feet to metres")]
    [InlineData("Parts of the coast received 150mm of rain in a day.", 150, Qualifier.Exact, "mm", "rainfall_mm", "rainfall")]
    [InlineData("Up to 4 inches of rain fell overnight.", 101.6, Qualifier.AtMost, "mm", "rainfall_mm", "inches to mm")]
    [InlineData("Another 20cm of snow is expected.", 200, Qualifier.Exact, "mm", "snowfall_mm", "cm to mm")]
    [InlineData("Fires burned 12,000 hectares of forest.", 120, Qualifier.Exact, "km2", "area_km2", "hectares to km2")]
    [InlineData("A 6.2-magnitude earthquake struck the coast.", 6.2, Qualifier.Exact, "magnitude", "magnitude", "hyphenated magnitude")]
    [InlineData("The quake had a magnitude of 7.1.", 7.1, Qualifier.Exact, "magnitude", "magnitude", "magnitude of N")]
    [InlineData("A magnitude 5.4 tremor shook the city.", 5.4, Qualifier.Exact, "magnitude", "magnitude", "magnitude before the number")]
    [InlineData("The two firms signed a $2.5 billion deal.", 2.5e9, Qualifier.Exact, "usd", "amount_usd", "dollars with a scale word")]
    [InlineData("The bank lost $2.5bn last year.", 2.5e9, Qualifier.Exact, "usd", "amount_usd", "glued bn")]
    [InlineData("The fund holds more than US$400 million.", 4e8, Qualifier.MoreThan, "usd", "amount_usd", "US$ prefix")]
    [InlineData("Brussels pledged €3m in aid.", 3e6, Qualifier.Exact, "eur", "amount_eur", "euro sign with m")]
    [InlineData("The ministry set aside UAH 2bn for repairs.", 2e9, Qualifier.Exact, "uah", "amount_uah", "currency code before")]
    [InlineData("Damage was put at 3 billion dollars.", 3e9, Qualifier.Exact, "usd", "amount_usd", "dollars after")]
    [InlineData("Turnout was 61.5% in the capital.", 61.5, Qualifier.Exact, "percent", "percent", "percent sign")]
    [InlineData("Prices rose 4 per cent in May.", 4, Qualifier.Exact, "percent", "percent", "per cent")]
    [InlineData("Kyiv proposed a 30-day nationwide ceasefire.", 30, Qualifier.Exact, "day", "ceasefire_days", "duration names its noun")]
    [InlineData("Talks lasted less than two hours.", 2, Qualifier.LessThan, "hour", null, "a duration of nothing named")]
    [InlineData("Rescuers have 48 hours to reach the miners.", 48, Qualifier.Exact, "hour", null, "hours")]
    [InlineData("Temperatures hit 41C on Tuesday.", 41, Qualifier.Exact, "c", "temperature_c", "glued Celsius")]
    [InlineData("The storm dumped 2 feet of snow on the hills.", 609.6, Qualifier.Exact, "mm", "snowfall_mm", "snow depth in feet to mm")]
    [InlineData("The quake struck at a depth of 10 km.", 10, Qualifier.Exact, "km", "depth_km", "depth")]
    [InlineData("The earthquake measured 7.8 on the Richter scale.", 7.8, Qualifier.Exact, "magnitude", "magnitude", "Richter scale")]
    [InlineData("The hurricane brought winds of 140 mph.", 225.30816, Qualifier.Exact, "km/h", "wind_speed_kmh", "mph to km/h")]
    [InlineData("A 24-hour curfew was imposed.", 24, Qualifier.Exact, "hour", "curfew_hours", "hyphenated hours")]
    [InlineData("Prices fell 3.5 per cent.", 3.5, Qualifier.Exact, "percent", "percent", "decimal percent")]
    [InlineData("Gusts of 120 km/h tore roofs off.", 120, Qualifier.Exact, "km/h", "wind_speed_kmh", "wind speed")]
    public void Converts_units_to_one_canonical_unit(string text, double value, Qualifier qualifier, string? unit, string? fact, string why)
    {
        var m = Single(text, value);
        Assert.True(qualifier == m.Qualifier, $"{why}: qualifier {m.Qualifier}");
        Assert.True(unit == m.Unit, $"{why}: unit {m.Unit}");
        Assert.True(fact == m.FactName, $"{why}: fact {m.FactName}");
    }

    [Theory]
    [InlineData("Moscow offered two- to three-day truces on parts of the front.", 2, 3, "day", "truce_days", "hyphenated range with a shared unit")]
    [InlineData("Moscow offered a partial truce of two to three days.", 2, 3, "day", "truce_days", "truce of N days")]
    [InlineData("Forecasters expect 2-3 inches of rain.", 50.8, 76.2, "mm", "rainfall_mm", "digit range with unit")]
    [InlineData("Between 5 and 10 people are thought to be trapped.", 5, 10, null, null, "between ... and")]
    [InlineData("Two or three houses were destroyed.", 2, 3, null, "houses", "or makes a range")]
    [InlineData("The project will cost 1.5 to 2 million euros.", 1.5e6, 2e6, "eur", "amount_eur", "scale word written once")]
    [InlineData("Officials said 10-12 people were killed.", 10, 12, null, "killed", "dash range with a role")]
    [InlineData("Analysts value the deal at $89 to $93 billion.", 89e9, 93e9, "usd", "amount_usd", "currency written twice, scale once")]
    [InlineData("Fines range between $200,000 and $414 million.", 2e5, 4.14e8, "usd", "amount_usd", "currency written twice, between ... and")]
    public void Reads_ranges_as_low_and_high(string text, double low, double high, string? unit, string? fact, string why)
    {
        var m = Single(text, low);
        Assert.True(m.Qualifier == Qualifier.Range, $"{why}: qualifier {m.Qualifier}");
        Assert.True(m.High is { } h && Math.Abs(h - high) < 1e-6 * high, $"{why}: high {m.High}");
        Assert.True(unit == m.Unit, $"{why}: unit {m.Unit}");
        Assert.True(fact == m.FactName, $"{why}: fact {m.FactName}");
    }

    [Theory]
    [InlineData("twenty-one people were hurt.", 21)]
    [InlineData("A hundred people gathered.", 100)]
    [InlineData("Two dozen homes burned.", 24)]
    [InlineData("One hundred and twenty villages were flooded.", 120)]
    [InlineData("The region has 1.2 million inhabitants.", 1.2e6)]
    [InlineData("Three billion people live in the basin.", 3e9)]
    [InlineData("Some 6.000 soldiers took part.", 6000)]
    [InlineData("The rod measured 6.000 metres.", 6)]
    [InlineData("Half a million people fled.", 5e5)]
    [InlineData("The army moved 1.000.000 rounds.", 1e6)]
    public void Reads_number_words_and_separators(string text, double value) => Single(text, value);

    [Theory]
    [InlineData("A 17-year-old child is among the wounded.", 17, "age with digits")]
    [InlineData("A seven -year -old girl was hurt.", 7, "age with spaced hyphens")]
    [InlineData("The driver, aged 42, was arrested.", 42, "aged N")]
    [InlineData("Young men from 18 to 25 years old will be exchanged.", 18, "age range")]
    [InlineData("The strike came early on June 3.", 3, "month then day")]
    [InlineData("The vote was set for 20 June.", 20, "day then month")]
    [InlineData("The next round will take place between June 20 and June 30.", 30, "dates in a between-range")]
    [InlineData("Fighting has raged since 2022.", 2022, "a year")]
    [InlineData("In 2014 protesters were killed in the square.", 2014, "a year before a counted noun")]
    [InlineData("The report was published on Tuesday, June 3, 2025.", 2025, "year after a date")]
    [InlineData("The siren sounded at 10:30 local time.", 10, "time of day")]
    [InlineData("The explosion happened at 4am.", 4, "time with am")]
    [InlineData("It was the 3rd attack this month.", 3, "ordinal digits")]
    [InlineData("Under Article 5 the allies must respond.", 5, "designation")]
    [InlineData("The pilots flew F-16 jets.", 16, "model number")]
    [InlineData("Flight MH17 was shot down.", 17, "letters glued to digits")]
    [InlineData("Call the hotline on +380 44 123 4567.", 380, "phone number")]
    [InlineData("The update to version 2.4.1 fixed it.", 2.4, "version")]
    [InlineData("The notice was dated 16.10.2025.", 16.1, "numeric date")]
    [InlineData("Fighting raged through the 1990s.", 1990, "decade")]
    [InlineData("One of the officials declined to comment.", 1, "one of: not a figure")]
    [InlineData("Roughly 1 in 5 households reported damage.", 5, "a ratio")]
    [InlineData("The summit will run from 5 to 7 September.", 5, "a range of days")]
    [InlineData("Police said two men, aged 19 and 23, were charged.", 23, "two ages")]
    [InlineData("The 2024-25 budget was approved.", 25, "a span of years")]
    [InlineData("The hurricane, a Category 4 storm, made landfall.", 4, "category designation")]
    public void Does_not_read_dates_ages_and_codes_as_figures(string text, double value, string why)
    {
        var all = Recognize(text);
        Assert.True(all.All(m => Math.Abs(m.Value - value) > 1e-9), $"{why}: got " + string.Join("; ", all.Select(m => $"{m.Text}={m.Value}")));
    }

    [Theory]
    [InlineData("Dozens of people were injured.")]
    [InlineData("Hundreds of homes were destroyed.")]
    [InlineData("The war has killed tens of thousands of people.")]
    [InlineData("Several hundred soldiers were captured.")]
    [InlineData("Many people have been wounded.")]
    [InlineData("Scores of villagers fled.")]
    [InlineData("Thousands of residents were evacuated.")]
    public void Vague_amounts_are_not_figures(string text) => Assert.Empty(Recognize(text));

    [Theory]
    [InlineData("The strike killed eight people, including three children.", 3, "including: a part of a total")]
    [InlineData("The toll rose from 10 to 14 overnight.", 10, "old value of a change")]
    [InlineData("He took part in talks with two delegations.", 2, "a count of nothing reportable")]
    [InlineData("The attack killed 4 civilians and 2 soldiers.", 2, "a second group shares the first one's role")]
    [InlineData("Buses carried 120 people; seven of them were killed, 5 of whom were children.", 5, "the cue belongs to the earlier figure")]
    [InlineData("The strike injured 9 people, 2 of them seriously.", 2, "a part with no role of its own")]
    public void Figures_that_state_no_fact_have_a_null_fact_name(string text, double value, string why)
    {
        var m = Single(text, value);
        Assert.True(m.FactName is null, $"{why}: fact {m.FactName}");
    }

    [Fact]
    public void Change_keeps_the_new_value_as_the_fact()
    {
        var m = Single("The toll rose from 10 to 14 overnight.", 14);
        Assert.Equal("killed", m.FactName);
    }

    [Fact]
    public void A_date_in_a_casualty_sentence_never_becomes_a_casualty()
    {
        var all = Recognize("A wave of strikes early on June 3 killed four people in the city.");
        var m = Assert.Single(all);
        Assert.Equal(4, m.Value);
        Assert.Equal("killed", m.FactName);
    }

    [Fact]
    public void Conversion_in_brackets_is_its_own_figure_that_states_no_second_fact()
    {
        var all = Recognize("The town is about 30 kilometres (18 miles) from the border.");
        Assert.Equal(2, all.Count);
        Assert.Equal("about 30 kilometres", all[0].Text);
        Assert.Equal("distance_km", all[0].FactName);
        Assert.Equal("18 miles", all[1].Text);
        Assert.Null(all[1].FactName);
    }

    [Theory]
    [InlineData("In Europe: the index closed -1.3% lower.", -1.3, "percent", "a minus sign set off from the word before")]
    [InlineData("The offence finished the half at minus 5 yards.", -4.572, "m", "minus as a word")]
    [InlineData("The trade balance fell to $-50.8bn in April.", -50.8e9, "usd", "a sign after the currency")]
    [InlineData("Nights can dip to minus-40 degrees.", -40, "c", "minus joined by a hyphen")]
    public void Keeps_the_sign_of_negative_figures(string text, double value, string unit, string why)
    {
        var m = Single(text, value);
        Assert.True(unit == m.Unit, $"{why}: unit {m.Unit}");
    }

    [Theory]
    [InlineData("Shares in the S&P 500 fell on Monday.", 500, "an index name")]
    [InlineData("The new iPhone 14 went on sale.", 14, "a product name")]
    [InlineData("The team finished third in the Big 12 this season.", 12, "a league name")]
    [InlineData("The shop at 575 Elm Road closed last year.", 575, "an address")]
    [InlineData("The offices at 16-18 Mill Avenue were sold.", 16, "an address with a range of numbers")]
    [InlineData("Ana Ruiz, 34, was injured in the crash.", 34, "an age in apposition")]
    [InlineData("The parcel code 9AB8 was wrong.", 9, "digits, letters and digits glued: a code")]
    public void Numbers_that_are_part_of_a_name_an_address_or_an_age_are_not_figures(string text, double value, string why)
    {
        var all = Recognize(text);
        Assert.True(all.All(m => Math.Abs(m.Value - value) > 1e-9), $"{why}: got " + string.Join("; ", all.Select(m => $"{m.Text}={m.Value}")));
    }

    [Fact]
    public void A_bare_count_after_a_capitalised_word_that_opens_the_sentence_is_kept()
    {
        Assert.Equal(40, Single("Nearly 40 people were evacuated.", 40).Value);
        Assert.Equal("killed", Single("Police said Tuesday 3 people were killed.", 3).FactName);
    }

    [Theory]
    [InlineData("The upper limit is between 15kHz and 17kHz.", 15, 17, "a glued unit the pack does not know, on both ends")]
    [InlineData("Cook it for ~25 \u2013 40min.", 25, 40, "an en dash set off by spaces")]
    [InlineData("Guidance was cut from between $US160 million and $US171 million.", 160e6, 171e6, "the country after the dollar sign")]
    public void Reads_more_range_forms(string text, double low, double high, string why)
    {
        var m = Single(System.Text.RegularExpressions.Regex.Unescape(text), low);
        Assert.True(m.Qualifier == Qualifier.Range && m.High is { } h && Math.Abs(h - high) < 1e-6 * high, $"{why}: {m.Qualifier} {m.High}");
    }

    [Theory]
    [InlineData("Shares rose 6.5% to 164p.", 6.5, "a change then a level in pence")]
    [InlineData("The stock tumbled 10 per cent to 18.97 yuan.", 10, "a change then a level in a currency")]
    public void A_change_followed_by_a_level_in_another_unit_is_no_range(string text, double value, string why)
    {
        var m = Single(text, value);
        Assert.True(m.Qualifier != Qualifier.Range, $"{why}: {m.Text}");
        Assert.Equal(2, Recognize(text).Count);
    }

    [Theory]
    [InlineData("There were 4 hundred people.", 400, Qualifier.Exact)]
    [InlineData("There were 4 hundred million people.", 4e8, Qualifier.Exact)]
    [InlineData("The false positive rate fell to .001 per cent.", 0.001, Qualifier.Exact)]
    [InlineData("The trail adds 1/2 mile.", 0.804672, Qualifier.Exact)]
    [InlineData("Chipmakers will produce sub-7 nanometre chips.", 7, Qualifier.LessThan)]
    public void Reads_hundreds_after_digits_leading_decimals_fractions_and_sub_prefixes(string text, double value, Qualifier qualifier)
    {
        Assert.Equal(qualifier, Single(text, value).Qualifier);
    }

    [Fact]
    public void Swap_figure_each_side_and_n_for_n()
    {
        var m = Single("The deal exceeds the 1,000-for-1,000 POW swap agreed in May.", 1000);
        Assert.Equal("prisoners_exchanged_each_side", m.FactName);
        Assert.Equal("POW", m.Noun);
    }

    [Theory]
    [InlineData("\"Four people were killed,\" the governor said.", 4, true)]
    [InlineData("The governor said four people were killed.", 4, false)]
    [InlineData("He called it \u201cat least 1,000\u201d on each side.", 1000, true)]
    [InlineData("\u201cWe lost two homes\u201d, she said, adding 30 more were damaged.", 30, false)]
    public void Marks_figures_inside_quotations(string text, double value, bool inQuote) =>
        Assert.Equal(inQuote, Single(text, value).InQuote);

    [Theory]
    [InlineData("More than 40 military aircraft were hit.", 40, "aircraft")]
    [InlineData("The 20 injured were taken to hospital.", 20, "injured")]
    [InlineData("They handed over 6,000 fallen troops.", 6000, "troops")]
    [InlineData("The two parties seem far apart.", 2, "parties")]
    public void Keeps_the_counted_noun_as_written(string text, double value, string noun) =>
        Assert.Equal(noun, Single(text, value).Noun);

    [Fact]
    public void Span_covers_qualifier_number_and_unit_and_points_into_the_text()
    {
        const string text = "Header line\nThe quake left at least 20 people dead and $2.5bn in damage.";
        var all = Recognize(text);
        Assert.Equal(["at least 20", "$2.5bn"], all.Select(m => m.Text));
        foreach (var m in all) Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length));
        Assert.All(all, m => Assert.Equal(1, m.Sentence));
    }
}
