using Crosscheck.Extract.Time;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using static Crosscheck.Tests.Extract.Time.TimeTestText;

namespace Crosscheck.Tests.Extract.Time;

public class PublicationDateTests
{
    // Columns: report text, expected stated date or "none", why.
    [Theory]
    [InlineData("KYSTAD, June 3, 2025 (Wire) - Floodwater reached the town hall.", "2025-06-03", "dateline with a full date")]
    [InlineData("Tuesday, June 3, 2025\nA strike closed the port.", "2025-06-03", "date line above the body")]
    [InlineData("Published: 16.10.2025\nThe mill will close.", "2025-10-16", "'Published:' stamp with a dotted date")]
    [InlineData("Updated Tue, 11/03/2025 10:15\nThe ferry resumed service.", "2025-03-11", "update stamp: the weekday settles the order")]
    [InlineData("Published 2 June 2025, updated 3 June 2025\nThe bridge reopened.", "2025-06-02", "published beats updated")]
    [InlineData("KYSTAD, June 3 (Wire) - Floodwater reached the town hall.", "none", "no year: left to inference")]
    [InlineData("Tuesday, June 3\nA strike closed the port.", "none", "a weekday does not fix the year by itself")]
    [InlineData("The summit will be held on June 20, 2025, the ministry said.", "none", "a future date is not the publication date")]
    public void Finds_a_stated_date_near_the_top(string text, string expected, string why)
    {
        var found = PublicationDateFinder.TryFindStated(new Report("r", text), out var date);
        Assert.True(expected == (found ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "none"), why);
    }

    [Fact]
    public void Ignores_a_full_date_far_below_the_top()
    {
        var text = new string('x', 500) + "\nThe plan dates from June 3, 2025.";
        Assert.False(PublicationDateFinder.TryFindStated(new Report("r", text), out _));
    }

    private static CorpusContext Corpus(params (string Id, string Text, string? Header, string Story)[] reports)
    {
        var list = new List<Report>();
        foreach (var (id, text, header, _) in reports)
        {
            var r = Annotated(text, id, header is null ? null : new PublishedDate(Day(header), DateBasis.Header));
            // The per-report stage before the corpus: what the text itself states.
            new StatedDating().Process(r);
            list.Add(r);
        }
        var context = new CorpusContext(list, PipelineOptions.Default);
        context.Set(CorpusKeys.Stories, reports.GroupBy(r => r.Story).Select(g => new Story(g.Key, g.Key, g.Select(r => r.Id).ToList())).ToList());
        return context;
    }

    private static string Dated(CorpusContext context, string id) =>
        context.ById[id].Published is { } p ? $"{p.Date:yyyy-MM-dd}/{p.Basis}" : "none";

    [Fact]
    public void Header_dates_are_kept_and_datelines_are_stated_before_the_corpus_stages()
    {
        var context = Corpus(
            ("a", "Rain fell for days.", "2025-06-04", "s"),
            ("b", "KYSTAD, June 5, 2025 (Wire) - The river rose.", null, "s"));
        // Stated by the per-report stage: dedup and clustering, which run before inference, see it.
        Assert.Equal("2025-06-05/Dateline", Dated(context, "b"));
        new PublicationDating().Process(context);
        Assert.Equal("2025-06-04/Header", Dated(context, "a"));
        Assert.Equal("2025-06-05/Dateline", Dated(context, "b"));
    }

    // Columns: undated report text, story's header dates (comma-separated), expected, why.
    [Theory]
    [InlineData("A levee broke early on June 3, flooding two districts.", "2025-06-04", "2025-06-03/InferredFromText", "month-day takes its year from the story")]
    [InlineData("The flood on June 2 killed three. Repairs will take place between June 20 and June 30.", "2025-06-04", "2025-06-02/InferredFromText", "dates in a future sentence are ignored")]
    [InlineData("Crews worked on Tuesday, June 3, and again on June 1.", "2025-06-05", "2025-06-03/InferredFromText", "the latest past date wins")]
    [InlineData("The mayor said the 1998 flood was worse. Water rose on 2 June.", "2025-06-04", "2025-06-02/InferredFromText", "a year alone is not day-level")]
    [InlineData("A rocket hit the depot on Tuesday.", "2025-06-03,2025-06-04,2025-06-04", "2025-06-03/InferredFromStory", "'on Tuesday' fits the Tuesday report best, though Wednesday is commoner")]
    [InlineData("A rocket hit the depot overnight.", "2025-06-03,2025-06-04,2025-06-04", "2025-06-04/InferredFromStory", "no weekday: the most common story date")]
    [InlineData("A rocket hit the depot overnight.", "2025-06-05,2025-06-03", "2025-06-03/InferredFromStory", "tie: the earliest story date")]
    [InlineData("A rocket hit the depot overnight.", "", "none", "a story with no dated report leaves the report undated")]
    [InlineData("Officials met on June 20, 2014 to sign the accord.", "2025-06-04", "2025-06-04/InferredFromStory", "a dated background event far from the story is not the report's date")]
    public void Infers_missing_dates_from_text_then_story(string text, string storyDates, string expected, string why)
    {
        var reports = new List<(string, string, string?, string)> { ("x", text, null, "s") };
        var n = 0;
        foreach (var d in storyDates.Split(',', StringSplitOptions.RemoveEmptyEntries))
            reports.Add(($"o{n++}", "Officials gave an update.", d, "s"));
        var context = Corpus([.. reports]);
        new PublicationDating().Process(context);
        Assert.True(expected == Dated(context, "x"), $"{why}: got {Dated(context, "x")}");
    }

    [Fact]
    public void A_story_without_stated_dates_lends_its_inferred_dates()
    {
        var context = Corpus(
            ("a", "Engineers said the levee broke on June 3, 2025, after a week of rain.", null, "s"),
            ("b", "The levee broke on Tuesday, engineers said.", null, "s"));
        new PublicationDating().Process(context);
        Assert.Equal("2025-06-03/InferredFromText", Dated(context, "a"));
        Assert.Equal("2025-06-03/InferredFromStory", Dated(context, "b"));
    }

    [Fact]
    public void Weekday_fixes_the_year_nearest_the_latest_stated_year_when_the_story_has_no_date()
    {
        // June 3 was a Monday in 2024 and 2030; the only stated date (another story) is in 2026.
        var context = Corpus(
            ("x", "Shelling resumed on Monday, June 3, the army said.", null, "s1"),
            ("y", "Markets were calm.", "2026-01-10", "s2"));
        new PublicationDating().Process(context);
        Assert.Equal("2024-06-03/InferredFromText", Dated(context, "x"));
    }

    [Fact]
    public void Never_guesses_a_year_without_a_stated_date_or_an_injected_today()
    {
        var context = Corpus(("x", "The dyke broke on June 3.", null, "s"));
        new PublicationDating().Process(context);
        Assert.Equal("none", Dated(context, "x"));

        var injected = Corpus(("x", "The dyke broke on June 3.", null, "s"));
        new PublicationDating(new TimeOptions { Today = Day("2031-02-01") }).Process(injected);
        Assert.Equal("2031-06-03/InferredFromText", Dated(injected, "x"));
    }
}
