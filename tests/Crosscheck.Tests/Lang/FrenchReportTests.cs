using Crosscheck.Extract.Quantities;
using Crosscheck.Extract.Time;
using Crosscheck.Ingest;
using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Lang;

/// <summary>
/// French reports go through the same stages as English ones, with the French pack's words:
/// figures, dates, quotes and events. The texts are invented.
/// </summary>
public class FrenchReportTests
{
    private static Report Annotate(string text, string published = "2025-06-04")
    {
        var report = new Report("fr.txt", text) { Published = new PublishedDate(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), DateBasis.Header) };
        DefaultPipeline.Build().Annotate(report);
        return report;
    }

    // Long enough for the language to be told (a lone short sentence is "und", read as English), and
    // without dates, figures or triggers of its own.
    private const string Lead =
        "Les autorités régionales ont donné de nouvelles informations sur la situation dans la ville portuaire de Velmont, selon un communiqué de la préfecture.\n";

    [Theory]
    // text, value, qualifier, fact, why
    [InlineData("Le bilan fait état d'au moins 12 morts.", 12, Qualifier.AtLeast, "killed", "au moins + role noun")]
    [InlineData("Les secours ont pris en charge une vingtaine de blessés.", 20, Qualifier.About, "injured", "round-number word")]
    [InlineData("Plus de 300 habitants ont été évacués.", 300, Qualifier.MoreThan, "evacuated", "plus de + passive role")]
    [InlineData("Quelque 1 200 personnes ont été évacuées.", 1200, Qualifier.About, "evacuated", "space-grouped thousands")]
    [InlineData("Douze personnes ont été tuées.", 12, Qualifier.Exact, "killed", "number word")]
    [InlineData("Vingt-trois personnes sont portées disparues.", 23, Qualifier.Exact, "missing", "hyphenated number word")]
    [InlineData("Quatre drones ont été abattus par la défense.", 4, Qualifier.Exact, "drones", "counted noun class")]
    public void Reads_French_figures(string sentence, double value, Qualifier qualifier, string fact, string why)
    {
        var figures = Annotate(Lead + sentence).Require(Layers.Quantities);
        var f = Assert.Single(figures, q => q.Value == value);
        Assert.True(qualifier == f.Qualifier, $"{why}: qualifier {f.Qualifier}");
        Assert.True(fact == f.FactName, $"{why}: fact {f.FactName}");
    }

    [Fact]
    public void Reads_a_decimal_comma_and_a_scale_before_an_elided_currency()
    {
        var figures = Annotate(Lead + "Les dégâts sont estimés à 2,5 millions d'euros.").Require(Layers.Quantities);
        var money = Assert.Single(figures, q => q.Unit == "eur");
        Assert.Equal(2_500_000, money.Value);
    }

    [Theory]
    // text, expected date (published Wednesday 2025-06-04), why
    [InlineData("L'attaque a eu lieu le 3 juin 2025 à l'aube.", "2025-06-03", "full date")]
    [InlineData("L'attaque a eu lieu le 1er juin.", "2025-06-01", "ordinal day without year")]
    [InlineData("L'attaque a eu lieu mardi.", "2025-06-03", "weekday, the latest before publication")]
    [InlineData("L'attaque a eu lieu hier.", "2025-06-03", "deictic word")]
    [InlineData("L'attaque a eu lieu il y a deux jours.", "2025-06-02", "counted offset")]
    public void Resolves_French_dates(string sentence, string expected, string why)
    {
        var times = Annotate(Lead + sentence).Require(Layers.Times);
        var time = Assert.Single(times);
        var resolved = time.Reference.Resolve(new DateOnly(2025, 6, 4), null);
        Assert.True(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture) == resolved?.Date, $"{why}: {time.Text} → {resolved}");
    }

    [Fact]
    public void Reads_a_calendar_period()
    {
        var time = Assert.Single(Annotate(Lead + "La semaine dernière, le gouvernement a annoncé un accord.").Require(Layers.Times));
        Assert.Equal("La semaine dernière", time.Text);
        Assert.Equal(DateGranularity.Week, time.Reference.Resolve(new DateOnly(2025, 6, 4), null)?.Granularity);
    }

    [Fact]
    public void Finds_a_quote_in_guillemets_with_their_spaces_and_its_speaker()
    {
        var report = Annotate(Lead + "La préfète Odile Marchetti s'est rendue sur place.\n« Notre première tâche est de retrouver les ouvriers disparus », a déclaré Odile Marchetti.");
        var quote = Assert.Single(report.Require(Layers.Quotes));
        Assert.StartsWith("Notre première tâche", quote.Text, StringComparison.Ordinal);
        Assert.True("Odile Marchetti" == quote.Speaker, $"speaker {quote.Speaker}, cue {quote.Cue}");
    }

    [Theory]
    [InlineData("Un attentat a frappé le centre de Velmont mardi.", "attack")]
    [InlineData("Un séisme de magnitude 6 a secoué la région de Velmont mardi.", "natural_disaster")]
    [InlineData("De violentes inondations ont touché la région de Velmont mardi.", "natural_disaster")]
    [InlineData("Les négociations entre les deux pays ont repris mardi à Velmont.", "negotiation")]
    public void Finds_French_event_triggers(string sentence, string type)
    {
        var events = Annotate(Lead + sentence).Require(Layers.Events);
        Assert.Contains(events, e => e.Type == type);
    }

    [Fact]
    public void An_English_and_a_French_report_of_one_event_reconcile_their_figures()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpora", "bilingual");
        var reports = ReportReader.Read([folder]).SelectMany(r => r.Reports).ToList();
        var analysis = DefaultPipeline.Build().Run(reports);
        var blast = Assert.Single(analysis.Stories.SelectMany(s => s.Events), e => e.Sources.Count >= 2);
        Assert.Equal(new DateOnly(2025, 6, 3), blast.Date?.Date); // "on Tuesday" / "mardi"
        foreach (var (fact, value) in new[] { ("killed", 12.0), ("injured", 20.0), ("missing", 3.0), ("evacuated", 300.0), ("amount_eur", 2_500_000.0) })
        {
            var reconciled = blast.Facts[fact];
            Assert.Equal(value, reconciled.Best);
            Assert.False(reconciled.Conflict, fact);
            Assert.NotNull(reconciled.ByReport["a-en.txt"]);
            Assert.NotNull(reconciled.ByReport["b-fr.txt"]);
        }
        Assert.Contains(analysis.Quotes, q => q.Speaker == "Odile Marchetti" && q.Text.StartsWith("Toute la ville", StringComparison.Ordinal));
    }

    [Fact]
    public void A_German_report_is_read_and_clustered_but_not_analysed()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpora", "bilingual");
        var reports = ReportReader.Read([folder]).SelectMany(r => r.Reports).ToList();
        var analysis = DefaultPipeline.Build().Run(reports);
        var german = Assert.Single(reports, r => r.Language == "de");
        Assert.Equal("no language pack for de", german.NotAnalysed);
        Assert.Empty(german.Require(Layers.Quantities));
        Assert.Empty(german.Require(Layers.Events));
        Assert.Contains(analysis.Stories, s => s.Reports.Contains(german.Id));
        Assert.All(reports.Where(r => r.Language != "de"), r => Assert.Null(r.NotAnalysed));
    }
}
