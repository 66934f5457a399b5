using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Extract.Quotes;

/// <summary>
/// Quotes merged across the reports of a story, through the whole pipeline (speakers must be
/// linked across reports, so the merger cannot be tested on one report).
/// </summary>
public class QuoteMergerTests
{
    private const string FloodA = "Flood waters swept through the town of Carvalho Verde on Sunday, destroying hundreds of homes. {0} Rescue teams searched flooded streets for survivors.";
    private const string FloodB = "Floods destroyed hundreds of homes in the town of Carvalho Verde on Sunday. {0} Rescue teams searched the flooded streets for survivors.";
    private const string Rebuild = "We will rebuild every bridge and every school in this town";

    private static IReadOnlyList<Quote> Merge(string textA, string textB)
    {
        var a = new Report("a", textA) { Published = new PublishedDate(new DateOnly(2025, 4, 8), DateBasis.Header) };
        var b = new Report("b", textB) { Published = new PublishedDate(new DateOnly(2025, 4, 8), DateBasis.Header) };
        return DefaultPipeline.Build().Run([a, b]).Quotes;
    }

    private static string Flood(string template, string sentence) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, sentence);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Show(IReadOnlyList<Quote> quotes) =>
        string.Join(" | ", quotes.Select(q => $"{q.Speaker}: '{q.Text}' [{string.Join(",", q.Reports)}]"));

    [Theory]
    [InlineData("\"" + Rebuild + ",\" Mayor Yuliya Savchenko said on Monday.", "\"" + Rebuild + ",\" Savchenko told reporters.", "Yuliya Savchenko", "full name in one report, surname in the other")]
    [InlineData("\"" + Rebuild + ",\" Mayor Yuliya Savchenko said on Monday.", "\"" + Rebuild + ",\" Yulia Savchenko said.", "Yuliya Savchenko", "transliterated first names (Yuliya/Yulia)")]
    [InlineData("\"" + Rebuild + ",\" said Mayor Yuliya Savchenko.", "\u201c" + Rebuild + "!\u201d Savchenko said at a news conference.", "Yuliya Savchenko", "curly quotes and different end punctuation")]
    [InlineData("\"" + Rebuild + ",\" Mayor Yuliya Savchenko said on Monday.", "Yulia Savchenko said the town would \"rebuild every bridge\" before winter.", "Yuliya Savchenko", "a short partial quote inside the full one")]
    [InlineData("\"" + Rebuild + ",\" Mayor Yuliya Savchenko said on Monday.", "Savchenko said the town would \"rebuild every bridge and every school\" before winter.", "Yuliya Savchenko", "a longer partial quote shares a six-word run")]
    [InlineData("\"" + Rebuild + ",\" said Mayor Yuliya Savchenko.", "\"" + Rebuild + ",\" the mayor said.", "Yuliya Savchenko", "a title resolves to the person the story names next to it")]
    [InlineData("\"" + Rebuild + ",\" Mayor Yuliya Savchenko said on Monday.", "\"Honestly, we will rebuild every bridge and every school in this town, whatever it costs,\" Savchenko said.", "Yuliya Savchenko", "an edited quote: neither contains the other, but they share a six-word run")]
    public void One_quotation_in_two_reports_is_one_quote_with_both_sources(string sentenceA, string sentenceB, string speaker, string why)
    {
        var quotes = Merge(Flood(FloodA, sentenceA), Flood(FloodB, sentenceB));
        Assert.True(quotes.Count == 1, $"{why}: {Show(quotes)}");
        Assert.Equal(speaker, quotes[0].Speaker);
        // The merged quote reads as its longest version.
        Assert.Contains(Rebuild[1..], quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal(quotes[0].Citations.Max(c => WordCount(c.Text)), WordCount(quotes[0].Text));
        Assert.Equal(["a", "b"], quotes[0].Reports.Order());
        Assert.Equal(2, quotes[0].Citations.Count);
    }

    [Theory]
    [InlineData("Acme Foods agreed to acquire Bolt Industries in a $2 billion deal on Monday. \"This merger creates the strongest food group in the region,\" Acme chief executive Henrik Dahlberg said. Shares of Bolt Industries jumped.",
                "Acme Foods will acquire Bolt Industries for $2 billion, the companies said on Monday. \"This merger creates the strongest food group in the region,\" Dahlberg told analysts. Shares of Bolt Industries rose sharply.",
                "Henrik Dahlberg", "a business story: chief executive named in full, then by surname")]
    [InlineData("Voters in Zaragoza went to the polls in a regional election on Sunday. \"The people have chosen change and we will deliver it,\" the winning candidate, Luc\u00eda Ferr\u00e1ndiz, told supporters. Turnout in Zaragoza was high.",
                "The regional election in Zaragoza on Sunday handed the opposition most seats. \"The people have chosen change and we will deliver it,\" said Lucia Ferrandiz. Turnout in Zaragoza was the highest in years.",
                "Lucia Ferrandiz", "an election story: accented name in one report, plain in the other")]
    public void Quotes_merge_across_domains(string textA, string textB, string speaker, string why)
    {
        var quotes = Merge(textA, textB);
        Assert.True(quotes.Count == 1, $"{why}: {Show(quotes)}");
        Assert.Equal(speaker, quotes[0].Speaker);
        Assert.Equal(["a", "b"], quotes[0].Reports.Order());
    }

    [Theory]
    [InlineData("\"" + Rebuild + ",\" Mayor Yuliya Savchenko said on Monday. \"Nobody will be left without a roof this winter,\" Savchenko added.",
                "\"" + Rebuild + ",\" Savchenko said.", 2, "two different quotations of one speaker stay apart")]
    [InlineData("\"" + Rebuild + ",\" Mayor Yuliya Savchenko said on Monday.",
                "\"" + Rebuild + ",\" Governor Pavel Orlov said.", 2, "the same words from two speakers are two quotes")]
    [InlineData("\"The river rose faster than anyone expected last night,\" Mayor Yuliya Savchenko said on Monday.",
                "\"We will rebuild every road before the winter comes,\" Savchenko said.", 2, "no shared run of six words: two quotes")]
    [InlineData("\"Honestly, we will rebuild every bridge in this town,\" Mayor Yuliya Savchenko said on Monday. \"We will rebuild every bridge in this town by the spring,\" Savchenko added.",
                "Rescue teams worked through the night.", 2, "two quotations of one report that share a run stay two")]
    public void Different_quotations_stay_apart(string sentenceA, string sentenceB, int count, string why)
    {
        var quotes = Merge(Flood(FloodA, sentenceA), Flood(FloodB, sentenceB));
        Assert.True(quotes.Count == count, $"{why}: {Show(quotes)}");
    }

    [Theory]
    [InlineData("\"" + Rebuild + ",\" said Mayor Yuliya Savchenko.", "\"Every family will get help from the town,\" the mayor said.", "Yuliya Savchenko", "the mayor's own quote is credited to the mayor the other report names")]
    [InlineData("Governor Pavel Orlov toured the flooded streets on Monday.", "\"Every family will get help from the region,\" the regional governor said.", "Pavel Orlov", "'the regional governor' resolves through its last word")]
    public void A_quote_attributed_only_by_title_is_credited_to_the_person_the_story_names_with_that_title(string sentenceA, string sentenceB, string speaker, string why)
    {
        var quotes = Merge(Flood(FloodA, sentenceA), Flood(FloodB, sentenceB));
        var fromB = Assert.Single(quotes, q => q.Reports.Contains("b"));
        Assert.True(speaker == fromB.Speaker, $"{why}: {Show(quotes)}");
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz met Governor Maximiliano Ortega in the flooded town on Monday.", "\"Every family will get help from the town,\" the mayor said.", "Ana Ruiz", "the title belongs to the name right after it, not to any name nearby")]
    public void A_title_resolves_to_the_person_who_holds_it_not_a_neighbour(string sentenceA, string sentenceB, string speaker, string why)
    {
        var quotes = Merge(Flood(FloodA, sentenceA), Flood(FloodB, sentenceB));
        var fromB = Assert.Single(quotes, q => q.Reports.Contains("b"));
        Assert.True(speaker == fromB.Speaker, $"{why}: {Show(quotes)}");
    }

    [Fact]
    public void An_unresolvable_title_leaves_the_quote_out()
    {
        var quotes = Merge(Flood(FloodA, "Rescue workers pumped water out of the cellars."), Flood(FloodB, "\"Every family will get help from the region,\" the governor said."));
        Assert.Empty(quotes);
    }

    [Fact]
    public void Quote_words_fold_accents_through_the_name_key()
    {
        Assert.Equal(["lucia", "ferrandiz", "dijo", "cafe"], Crosscheck.Extract.Quotes.QuoteMerger.Words("Luc\u00eda Ferr\u00e1ndiz dijo: caf\u00e9"));
    }
}
