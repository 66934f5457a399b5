using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Crosscheck.Web.Tests.Browser;

/// <summary>
/// The web UI in a real browser over the demo corpus: the views a fact-checker uses, found by their
/// structure (classes, roles, data attributes), never by a figure from the corpus. A full-page
/// screenshot of each view is saved as a test artefact.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UiBrowserTests(BrowserFixture fixture)
{
    private async Task<IPage> OpenFirstStoryAsync(int width = 1280, int height = 900)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync("/");
        // the demo story: the one whose figures disagree (other tests may have added stories)
        var first = page.Locator(".story-list .story-item.has-conflict .story-title a").First;
        await first.ClickAsync();
        await page.WaitForURLAsync("**/stories/**");
        await page.Locator("table.figures").WaitForAsync();
        return page;
    }

    private void NoScriptErrors() => Assert.Empty(fixture.PageErrors);

    [BrowserFact]
    public async Task The_story_list_shows_each_story_with_its_counts_and_a_mark_when_figures_disagree()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        var item = page.Locator(".story-list .story-item.has-conflict").First;
        await Expect(item.Locator(".badge.conflict")).ToBeVisibleAsync();
        await Expect(item.Locator(".story-meta")).ToContainTextAsync(new Regex(@"\d+ reports"));
        await Expect(item.Locator(".story-meta")).ToContainTextAsync(new Regex(@"\d+ independent sources"));
        await Expect(page.Locator("#status")).ToContainTextAsync(new Regex(@"\d+ reports"));

        // the "only disagreeing figures" filter keeps it; a search for nonsense empties the list
        await page.Locator("#f-conflicts").CheckAsync();
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/?conflicts=true");
        await Expect(page.Locator(".story-list .story-item").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "01-stories");
        await page.Locator("#f-q").FillAsync("zzzqqqxxnotaword");
        await page.Locator("#f-q").PressAsync("Enter");
        await Expect(page.Locator("main p.summary")).ToHaveTextAsync("No stories match.");
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_figures_table_highlights_the_death_toll_the_sources_disagree_on()
    {
        var page = await OpenFirstStoryAsync();
        var killed = page.Locator("table.figures tr[data-fact='killed']").First;
        await Expect(killed).ToHaveClassAsync(new Regex(@"\bconflict\b"));
        await Expect(killed.Locator(".badge.conflict")).ToBeVisibleAsync();
        // the sources' own values: at least two different ones, those off the best figure marked
        var values = await killed.Locator("td.value").AllInnerTextsAsync();
        Assert.True(values.Distinct().Count() >= 2, string.Join(" | ", values));
        Assert.True(await killed.Locator("td.value.differs").CountAsync() > 0);
        // low, best, high
        Assert.Equal(3, await killed.Locator("td.num").CountAsync());
        // a sum of money reads as the briefs write it ("€2,000,000", not "2,000,000 EUR")
        var amount = page.Locator("table.figures tr[data-fact^='amount'] td.num.best").First;
        await Expect(amount).ToHaveTextAsync("€2,000,000");
        // selecting a value shows the sentence it comes from
        await killed.Locator("td.value.differs").First.ClickAsync();
        await Expect(page.Locator("section#figures .evidence a.cite")).ToBeVisibleAsync();
        // the other sections of the story page are there
        foreach (var id in (string[])["brief", "timeline", "coverage", "quotes", "entities", "map", "sources", "exports"])
            await Expect(page.Locator($"section#{id}")).ToBeVisibleAsync();
        await Expect(page.Locator("svg.map .countries path").First).ToBeAttachedAsync();
        Assert.True(await page.Locator("section#brief a.cite").CountAsync() > 0);
        // the brief names the disputed death toll and links to its row in the table
        var disputed = page.Locator("section#brief .brief-summary a[href$='-killed']");
        await Expect(disputed).ToHaveCountAsync(1);
        Assert.NotNull(await page.Locator("table.figures tr[data-fact='killed']").First.GetAttributeAsync("id"));
        Assert.True(await page.Locator("table.coverage td.cov.yes").CountAsync() > 0);
        Assert.True(await page.Locator("section#quotes .speaker").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "02-story");
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_story_page_offers_every_export_and_each_one_downloads()
    {
        var page = await OpenFirstStoryAsync();
        var hrefs = await page.Locator("section#exports a[download]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["brief.md", "brief.html", "report.json", "events.csv", "events.geojson"], hrefs.Select(h => h[(h.LastIndexOf('/') + 1)..]));
        foreach (var href in hrefs)
        {
            var response = await page.APIRequest.GetAsync(href);
            Assert.True(response.Ok, $"{href}: {response.Status}");
            Assert.NotEmpty(await response.BodyAsync());
        }
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_sources_table_groups_the_copies_under_their_wire_story()
    {
        var page = await OpenFirstStoryAsync();
        var group = page.Locator("table.sources tbody.wire-group").First;
        await Expect(group.Locator("tr.original")).ToHaveCountAsync(1);
        Assert.True(await group.Locator("tr.copy").CountAsync() >= 1);
        // the original comes first, its copies after it, each with a link to compare them
        var classes = await group.Locator("tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.className)");
        Assert.Equal("original", classes[0]);
        Assert.All(classes.Skip(1), c => Assert.Equal("copy", c));
        Assert.Equal(classes.Length - 1, await group.Locator("tr.copy a.compare").CountAsync());
        await page.Locator("section#sources").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserEnvironment.ScreenshotFolder, "03-sources.png") });
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_report_view_highlights_the_names_dates_figures_and_quotes_in_the_text()
    {
        var page = await OpenFirstStoryAsync();
        await page.Locator("table.sources tr.copy td.title a").First.ClickAsync();
        await page.WaitForURLAsync("**/reports/**");
        var text = page.Locator(".report-text");
        await Expect(text.Locator("mark.ann-entity").First).ToBeVisibleAsync();
        foreach (var kind in (string[])["PERSON", "PLACE", "time", "quantity", "quote"])
            Assert.True(await text.Locator($"mark.ann-{kind}").CountAsync() > 0, kind);
        // a date carries its resolved day, a figure its fact
        Assert.Matches(@"^date: \d{4}-\d{2}-\d{2}$", await text.Locator("mark.ann-time[title^='date']").First.GetAttributeAsync("title") ?? "");
        // the text is the report's own: highlighting adds no characters
        var plain = await text.InnerTextAsync();
        Assert.DoesNotContain("<mark", plain, StringComparison.Ordinal);
        // a toggle turns a kind's highlighting off
        await page.Locator("#show-PERSON").UncheckAsync();
        await Expect(text).ToHaveClassAsync(new Regex(@"\bhide-PERSON\b"));
        await page.Locator("#show-PERSON").CheckAsync();
        await BrowserFixture.ScreenshotAsync(page, "04-report");
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_compare_view_shows_what_a_copy_changed_from_its_wire_story()
    {
        var page = await OpenFirstStoryAsync();
        await page.Locator("table.sources tr.copy a.compare").First.ClickAsync();
        await page.WaitForURLAsync("**/compare/**");
        await Expect(page.Locator(".similarity")).ToContainTextAsync(new Regex(@"\d+% similar"));
        Assert.Equal(2, await page.Locator(".diff .diff-side").CountAsync());
        var changes = await page.Locator(".diff del").CountAsync() + await page.Locator(".diff ins").CountAsync();
        Assert.True(changes > 0);
        await BrowserFixture.ScreenshotAsync(page, "05-compare");
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task A_report_pasted_into_the_add_form_appears_in_its_story_and_the_open_list_refreshes()
    {
        // a story list left open in another tab: it must refresh itself when the analysis is done
        var list = await fixture.NewPageAsync();
        await list.GotoAsync("/");
        var demoMeta = list.Locator(".story-list .story-item.has-conflict .story-meta").First;
        var reportsBefore = ReportCount(await demoMeta.InnerTextAsync());

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/add");
        var title = "Rescuers end search at the ruined plant " + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)[^6..];
        await page.Locator("#p-title").FillAsync(title);
        await page.Locator("#p-outlet").FillAsync("Test Valley Gazette");
        await page.Locator("#p-published").FillAsync("2025-03-12");
        await page.Locator("#p-text").FillAsync(PastedReport);
        await BrowserFixture.ScreenshotAsync(page, "06-add-form");
        await page.Locator("#paste-form button[type=submit]").ClickAsync();
        await Expect(page.Locator(".add-results .stored li")).ToContainTextAsync("added");
        var storyLink = page.Locator(".add-results a.story-link");
        await storyLink.WaitForAsync(new LocatorWaitForOptions { Timeout = 45_000 });
        await BrowserFixture.ScreenshotAsync(page, "07-add-result");
        await storyLink.ClickAsync();
        await page.WaitForURLAsync("**/stories/**");
        await Expect(page.Locator("table.sources")).ToContainTextAsync(title);

        // the pasted report joined the demo story: the open list shows the new count without a reload
        await Expect(list.Locator(".story-list .story-item.has-conflict .story-meta").First)
            .ToContainTextAsync(new Regex($@"(?<!\d)({string.Join('|', Enumerable.Range(reportsBefore + 1, 20))}) reports"));
        NoScriptErrors();
        await list.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static int ReportCount(string meta) =>
        int.Parse(Regex.Match(meta, @"(\d+) reports").Groups[1].Value, CultureInfo.InvariantCulture);

    [BrowserFact]
    public async Task Text_from_reports_is_shown_as_text_never_as_markup()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        const string Hostile = "Council <img src=x onerror=\"window.__pwned=1\"> votes <script>window.__pwned=2</script>";
        using var body = new StringContent(System.Text.Json.JsonSerializer.Serialize(new
        {
            name = "markup-in-title.txt",
            title = Hostile,
            text = "The city council voted on Tuesday to approve the budget <b>after</b> a long debate, the mayor said.",
        }), System.Text.Encoding.UTF8, "application/json");
        using var posted = await http.PostAsync(new Uri("/api/reports", UriKind.Relative), body);
        posted.EnsureSuccessStatusCode();

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/reports/markup-in-title.txt");
        await Expect(page.Locator("main h1")).ToHaveTextAsync(Hostile);
        Assert.Equal(0, await page.Locator("main img, main script, main b").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        await Expect(page.Locator(".report-text")).ToContainTextAsync("<b>after</b>");
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Search_finds_reports_with_the_hits_marked_and_the_entities_page_lists_names()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/search");
        await page.Locator("#s-q").FillAsync("explosion");
        await page.Locator("#s-q").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=explosion");
        await Expect(page.Locator(".search-results > li").First).ToBeVisibleAsync();
        Assert.True(await page.Locator(".search-results > li").CountAsync() > 0);
        Assert.True(await page.Locator(".search-results .snippet mark").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, "09-search");

        await page.Locator(".site-nav a[href='/entities']").ClickAsync();
        await page.WaitForURLAsync("**/entities");
        await page.Locator("#e-type").SelectOptionAsync("PERSON");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/entities?type=PERSON");
        await Expect(page.Locator(".entities-table tbody tr").First).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => !document.getElementById('main').hasAttribute('aria-busy')");
        var types = await page.Locator(".entities-table tbody td .tag").AllInnerTextsAsync();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("PERSON", t));
        await BrowserFixture.ScreenshotAsync(page, "10-entities");
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task Files_uploaded_through_the_form_are_stored_and_unreadable_ones_rejected()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/add");
        await page.Locator("#u-files").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "uploaded-note.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes("title Harbour crane collapses\nsource Test Wire\n\nA crane collapsed at the harbour on Friday, injuring two dock workers, the port authority said.\n") },
            new FilePayload { Name = "picture.bin", MimeType = "application/octet-stream", Buffer = [0, 1, 2, 3, 0, 0, 255, 254, 0, 7] },
        });
        await page.Locator("#upload-form button[type=submit]").ClickAsync();
        await Expect(page.Locator(".add-results .stored li")).ToContainTextAsync("added");
        await Expect(page.Locator(".add-results .rejected li")).ToContainTextAsync("picture.bin");
        await BrowserFixture.ScreenshotAsync(page, "07-upload-result");
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    // Written for this test: a follow-up on the demo corpus's blast, so that it joins that story.
    private const string PastedReport =
        "MARROWICK, March 12 - Rescue teams at the Velta Agrochem fertiliser plant in Marrowick ended their search on Wednesday " +
        "after recovering the body of the last missing worker, bringing the death toll from Sunday's explosion to eight, " +
        "regional officials said.\n" +
        "Regional governor Mykola Sherstiuk said the inquiry into the blast would report within three months.\n" +
        "\"We will find out how this happened,\" Sherstiuk told reporters outside the plant.\n";

    [BrowserFact]
    public async Task On_a_phone_the_pages_fit_the_screen_without_sideways_scrolling()
    {
        var page = await OpenFirstStoryAsync(390, 844);
        await AssertNoHorizontalScrollAsync(page, "story");
        await BrowserFixture.ScreenshotAsync(page, "08-phone-story");
        var reportHref = await page.Locator("table.sources tr.copy td.title a").First.GetAttributeAsync("href");
        var compareHref = await page.Locator("table.sources tr.copy a.compare").First.GetAttributeAsync("href");
        foreach (var (path, name) in (ValueTuple<string, string>[])[("/", "stories"), (reportHref!, "report"), (compareHref!, "compare"), ("/add", "add")])
        {
            await page.GotoAsync(path);
            await page.Locator("main h1").WaitForAsync();
            await page.WaitForFunctionAsync("() => !document.getElementById('main').hasAttribute('aria-busy')");
            await AssertNoHorizontalScrollAsync(page, name);
            await BrowserFixture.ScreenshotAsync(page, "08-phone-" + name);
        }
        NoScriptErrors();
        await page.Context.CloseAsync();
    }

    private static async Task AssertNoHorizontalScrollAsync(IPage page, string view)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{view}: the page is {widths[0]}px wide on a {widths[1]}px screen");
    }

    [BrowserFact]
    public async Task The_keyboard_reaches_the_first_story_from_the_skip_link_and_Enter_opens_it()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator(".story-list .story-title a").First.WaitForAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        var reached = false;
        for (var i = 0; i < 60 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.story-list .story-title')");
        }
        Assert.True(reached, "Tab never reached the first story link");
        var focusedStyle = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", focusedStyle);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/stories/**");
        await page.Locator("section#sources").WaitForAsync();
        // the new page's heading has the focus, so a screen reader announces it
        Assert.Equal("H1", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        NoScriptErrors();
        await page.Context.CloseAsync();
    }
}
