using Crosscheck.Clean;
using Crosscheck.Model;

namespace Crosscheck.Tests.Clean;

public class ReportCleanerTests
{
    private const string ScrapedArticle = """
        Heavy rains triggered landslides across the hill district on Thursday, killing at least 11 people, officials said.

        Rescue teams were searching for 23 people still missing in two villages, the district commissioner told reporters.
        Residents dig through mud in a village after the landslide. Photo / Getty Images
        READ MORE | Why the monsoon is getting harder to predict
        “We heard a roar and then the houses were gone,” said a farmer who lost his brother.
        A woman waits outside a relief camp. Photo: Jane Okafor/Reuters
        Rescue efforts (AFP via Getty Images)
        Roads remain blocked
        The army has sent 300 soldiers and four helicopters to reach cut-off areas.
        ALSO READ | Five things to know about landslides
        Share this article
        Sign up for our newsletter to get the latest updates.
        Follow us on Twitter and Facebook
        Satellite images by the space agency showed scars across three hillsides.
        -Agence France-Presse
        Forum
        """;

    private static Report Clean(string raw, string? outlet = null)
    {
        var report = new Report("r.txt", raw) { Outlet = outlet };
        new ReportCleaner().Process(report);
        return report;
    }

    [Theory]
    [InlineData("Heavy rains triggered landslides across the hill district on Thursday, killing at least 11 people, officials said.")]
    [InlineData("Rescue teams were searching for 23 people still missing")]
    [InlineData("“We heard a roar and then the houses were gone,” said a farmer")]
    [InlineData("Roads remain blocked")]
    [InlineData("The army has sent 300 soldiers")]
    [InlineData("Satellite images by the space agency showed scars")]
    public void Cleaned_text_keeps_the_article(string snippet)
    {
        Assert.Contains(snippet, Clean(ScrapedArticle).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Photo / Getty Images", "caption with credit")]
    [InlineData("Photo: Jane Okafor/Reuters", "caption with photographer and agency")]
    [InlineData("AFP via Getty Images", "parenthesised credit")]
    [InlineData("READ MORE |", "teaser")]
    [InlineData("ALSO READ |", "teaser")]
    [InlineData("Share this article", "share prompt")]
    [InlineData("Sign up for our newsletter", "newsletter prompt")]
    [InlineData("Follow us on", "follow prompt")]
    [InlineData("Agence France-Presse", "byline")]
    [InlineData("Forum", "trailing site chrome")]
    public void Cleaned_text_drops_scraping_noise(string snippet, string what)
    {
        Assert.False(Clean(ScrapedArticle).Text.Contains(snippet, StringComparison.Ordinal), $"{what} was kept");
    }

    [Fact]
    public void Removed_lines_are_logged_with_reasons_and_captions_kept_for_names()
    {
        var report = Clean(ScrapedArticle);
        var log = report.Require(Layers.Cleaned);
        Assert.Equal(3, log.Removed.Count(l => l.Reason == "caption"));
        Assert.Equal(2, log.Removed.Count(l => l.Reason == "teaser"));
        Assert.Contains(log.Removed, l => l.Reason == "byline" && l.Text == "-Agence France-Presse");
        Assert.Contains(log.Removed, l => l.Reason == "site chrome" && l.Text == "Forum");
        Assert.Contains(log.Removed, l => l.Reason == "share prompt" && l.Text == "Share this article");
        Assert.Contains("Residents dig through mud in a village after the landslide. Photo / Getty Images", report.Captions);
        Assert.Contains("READ MORE | Why the monsoon is getting harder to predict", report.Captions);
    }

    [Fact]
    public void Text_is_one_paragraph_per_line_with_spaces_collapsed()
    {
        var report = Clean("First  paragraph\u00A0here.\r\n\r\n\r\n  Second\tparagraph. \r\nThird\u200B one.");
        Assert.Equal("First paragraph here.\nSecond paragraph.\nThird one.", report.Text);
    }

    [Fact]
    public void Unicode_quotes_and_dashes_are_kept_as_written()
    {
        var report = Clean("“It’s over,” she said — and left.");
        Assert.Equal("“It’s over,” she said — and left.", report.Text);
    }

    [Theory]
    [InlineData("The minister spoke.\n-Agence France-Presse", "Agence France-Presse", "dash and full name")]
    [InlineData("The minister spoke.\n— AFP", "Agence France-Presse", "em dash and acronym")]
    [InlineData("The minister spoke.\n(Reuters)", "Reuters", "parenthesised")]
    [InlineData("By Jane Doe, Associated Press\nThe minister spoke.", "Associated Press", "byline with agency")]
    [InlineData("The minister spoke.\nReporting by Jane Doe for Reuters; Editing by John Roe", "Reuters", "sign-off naming the agency")]
    [InlineData("The minister spoke.\nWith AFP", "Agence France-Presse", "with agency")]
    [InlineData("The minister spoke.\n- dpa", "Deutsche Presse-Agentur", "lower-case acronym")]
    [InlineData("The minister spoke.\nAFP/Reuters", "Agence France-Presse", "two agencies: the first")]
    public void Byline_lines_become_the_wire_and_leave_the_body(string raw, string wire, string why)
    {
        var report = Clean(raw);
        Assert.True(wire == report.Wire, $"{why}: got {report.Wire}");
        Assert.Equal("The minister spoke.", report.Text);
    }

    [Theory]
    [InlineData("KYIV, June 3 (Reuters) - Drones struck the city overnight.", "Reuters")]
    [InlineData("BEIJING (Xinhua) -- The bridge opened to traffic on Monday.", "Xinhua")]
    [InlineData("NEW YORK (AP) — Stocks fell sharply on Friday.", "Associated Press")]
    public void Dateline_names_the_wire_and_stays_in_the_text(string raw, string wire)
    {
        var report = Clean(raw);
        Assert.Equal(wire, report.Wire);
        Assert.Equal(raw, report.Text);
    }

    [Theory]
    [InlineData("By Tuesday evening, rescuers had pulled 12 people from the rubble.", "a sentence that starts with By")]
    [InlineData("The AP reported that 40 homes were destroyed.", "an agency named in prose")]
    [InlineData("Zelenskyy wrote on X, Facebook and Telegram that aid was coming.", "social networks named in prose")]
    [InlineData("Subscribers to the service lost access on Monday.", "word that starts like a prompt")]
    [InlineData("More than 40 aircraft were damaged.", "More is not a teaser")]
    [InlineData("Copyright law changes were approved by parliament.", "Copyright as a subject")]
    public void Prose_that_resembles_noise_is_kept(string line, string why)
    {
        var report = Clean("Opening line of the story.\n" + line + "\nClosing line of the story.");
        Assert.True(report.Text.Contains(line, StringComparison.Ordinal), why);
        Assert.Null(report.Wire);
    }

    [Fact]
    public void Outlet_that_is_a_wire_sets_the_wire()
    {
        Assert.Equal("Reuters", Clean("Text.", outlet: "Reuters").Wire);
        Assert.Null(Clean("Text.", outlet: "Valley Tribune").Wire);
    }

    [Fact]
    public void Byline_without_agency_is_removed_and_sets_no_wire()
    {
        var report = Clean("By Maria Lopez and Tom Reed\nThe council met on Monday.");
        Assert.Equal("The council met on Monday.", report.Text);
        Assert.Null(report.Wire);
    }

    [Fact]
    public void Stage_declares_the_cleaned_layer()
    {
        var stage = new ReportCleaner();
        Assert.Equal([Layers.Cleaned], stage.Assigns);
        Assert.Empty(stage.Requires);
    }
}
