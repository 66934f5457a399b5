using System.Net;
using System.Text.Json;

namespace Crosscheck.Web.Tests.Api;

/// <summary>The read side of the API over the analysed demo corpus (docs/api.md).</summary>
public sealed class ReadApiTests(DemoServer demo) : IClassFixture<DemoServer>
{
    private HttpClient Client => demo.Client;

    [Fact]
    public async Task Story_list_counts_reports_and_independent_sources_and_marks_disagreement()
    {
        var list = await Client.GetJsonAsync("/api/stories");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(list.GetProperty("corpus_version").GetInt64(), list.GetProperty("analysed_version").GetInt64());
        var story = list.GetProperty("stories")[0];
        var reports = TestServerFactory.DemoReports().Count();
        Assert.Equal(reports, story.GetProperty("report_count").GetInt32());
        // Copies of one wire story count once: fewer independent sources than reports.
        Assert.InRange(story.GetProperty("source_count").GetInt32(), 1, reports - 1);
        Assert.True(story.GetProperty("has_conflict").GetBoolean());
        Assert.NotEmpty(story.GetProperty("event_types").EnumerateArray());
        Assert.NotNull(story.GetProperty("first_date").GetString());
    }

    [Theory]
    [InlineData("q=explosion", 1)]                   // a word in the reports
    [InlineData("q=zzyzxnotaword", 0)]
    [InlineData("q=%22%29%28*%20NEAR%20zzq", 0)]     // FTS syntax in the input is only text, not an error
    [InlineData("type=accident", 1)]
    [InlineData("type=election", 0)]
    [InlineData("conflicts=true", 1)]
    [InlineData("from=2025-03-01&to=2025-03-31", 1)] // overlaps the story's span
    [InlineData("from=2030-01-01", 0)]
    [InlineData("to=2001-01-01", 0)]
    [InlineData("page=2", 0)]                        // past the last page: an empty page, not an error
    public async Task Story_list_filters(string query, int expected)
    {
        var list = await Client.GetJsonAsync("/api/stories?" + query);
        Assert.Equal(expected, list.GetProperty("stories").GetArrayLength());
        if (query != "page=2") Assert.Equal(expected, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Story_list_filters_by_a_place_of_its_events_case_insensitively()
    {
        var story = (await Client.GetJsonAsync("/api/stories")).GetProperty("stories")[0];
        var place = story.GetProperty("places")[0].GetString()!;
        var list = await Client.GetJsonAsync("/api/stories?place=" + Uri.EscapeDataString(place.ToUpperInvariant()));
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var none = await Client.GetJsonAsync("/api/stories?place=Nowhereville");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/stories?from=March")]
    [InlineData("/api/stories?to=2025-13-01")]
    [InlineData("/api/stories?page=0")]
    [InlineData("/api/stories?page_size=1000")]
    [InlineData("/api/reports")]
    [InlineData("/api/entities?type=WEAPON")]
    public async Task Bad_query_parameters_get_problem_details(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        await response.AssertProblemAsync(400);
    }

    [Theory]
    [InlineData("/api/stories?plcae=Kyiv", "unknown query parameter `plcae`", "did you mean `place`?")]
    [InlineData("/api/reports?q=flood&limt=5", "unknown query parameter `limt`", "did you mean `limit`?")]
    [InlineData("/api/status?verbose=1", "unknown query parameter `verbose` (it takes none)", "")]
    public async Task An_unknown_query_parameter_is_refused_naming_the_nearest_real_one(string path, string problem, string suggestion)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var detail = (await response.AssertProblemAsync(400)).GetProperty("detail").GetString()!;
        Assert.StartsWith(problem, detail, StringComparison.Ordinal);
        Assert.EndsWith(suggestion, detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/stories/story-none")]
    [InlineData("/api/stories/story-none/brief.md")]
    [InlineData("/api/reports/none.txt")]
    [InlineData("/api/reports/none.txt/compare/other.txt")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Unknown_things_are_404_problem_details(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        await response.AssertProblemAsync(404);
    }

    [Fact]
    public async Task Story_is_the_json_report_contract_for_that_story()
    {
        var story = await demo.StoryAsync();
        Assert.Equal(1, story.GetProperty("version").GetInt32());
        Assert.Equal(demo.StoryId, story.GetProperty("stories")[0].GetProperty("id").GetString());
        Assert.Equal(TestServerFactory.DemoReports().Count(), story.GetProperty("articles").GetArrayLength());
        var events = story.GetProperty("events");
        Assert.NotEqual(0, events.GetArrayLength());
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("facts").EnumerateObject().Any(f => f.Value.GetProperty("conflict").GetBoolean()));
    }

    [Theory]
    [InlineData("brief.md", "text/markdown", "# ")]
    [InlineData("brief.html", "text/html", "<!DOCTYPE html>")]
    [InlineData("report.json", "application/json", "\"version\": 1")]
    [InlineData("events.csv", "text/csv", "story,event,type,date")]
    [InlineData("events.geojson", "application/geo+json", "\"FeatureCollection\"")]
    public async Task Exports_are_downloads_in_their_format(string file, string mediaType, string start)
    {
        using var response = await Client.GetAsync(new Uri($"/api/stories/{demo.StoryId}/{file}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(start, body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Report_view_offsets_point_at_the_text_they_name()
    {
        var story = await demo.StoryAsync();
        var checkedSpans = 0;
        foreach (var article in story.GetProperty("articles").EnumerateArray())
        {
            var id = article.GetProperty("file").GetString()!;
            var report = await Client.GetJsonAsync("/api/reports/" + Uri.EscapeDataString(id));
            Assert.Equal(demo.StoryId, report.GetProperty("story").GetString());
            var text = report.GetProperty("text").GetString()!;
            foreach (var layer in report.GetProperty("annotations").EnumerateObject())
            {
                foreach (var span in layer.Value.EnumerateArray())
                {
                    var start = span.GetProperty("start").GetInt32();
                    var end = span.GetProperty("end").GetInt32();
                    Assert.InRange(start, 0, end);
                    Assert.InRange(end, start, text.Length);
                    var covered = text[start..end];
                    Assert.Equal(span.GetProperty("text").GetString(), covered);
                    // A highlight covers the words, not the space or the comma around them.
                    Assert.False(string.IsNullOrWhiteSpace(covered), $"{layer.Name} {start}-{end} is empty");
                    Assert.False(char.IsWhiteSpace(covered[0]) || char.IsWhiteSpace(covered[^1]), $"{layer.Name} '{covered}' has space at an end");
                    Assert.False(covered[^1] == ',', $"{layer.Name} '{covered}' ends with a comma");
                    checkedSpans++;
                }
            }
        }
        Assert.True(checkedSpans > 20, $"only {checkedSpans} annotations in the demo");
    }

    [Fact]
    public async Task Report_view_names_copies_of_the_same_wire_story()
    {
        var story = await demo.StoryAsync();
        var copy = story.GetProperty("articles").EnumerateArray().First(a => a.GetProperty("copy_of").ValueKind == JsonValueKind.String);
        var report = await Client.GetJsonAsync("/api/reports/" + Uri.EscapeDataString(copy.GetProperty("file").GetString()!));
        var original = copy.GetProperty("copy_of").GetString();
        Assert.Equal(original, report.GetProperty("copy_of").GetString());
        Assert.Contains(report.GetProperty("copies").EnumerateArray(), c => c.GetString() == original);
    }

    [Fact]
    public async Task Comparison_ops_rebuild_both_texts()
    {
        var story = await demo.StoryAsync();
        var copy = story.GetProperty("articles").EnumerateArray().First(a => a.GetProperty("copy_of").ValueKind == JsonValueKind.String);
        var left = copy.GetProperty("copy_of").GetString()!;
        var right = copy.GetProperty("file").GetString()!;
        var comparison = await Client.GetJsonAsync($"/api/reports/{Uri.EscapeDataString(left)}/compare/{Uri.EscapeDataString(right)}");
        var ops = comparison.GetProperty("ops").EnumerateArray().Select(o => (Op: o.GetProperty("op").GetString(), Text: o.GetProperty("text").GetString()!)).ToList();
        var leftText = (await Client.GetJsonAsync("/api/reports/" + Uri.EscapeDataString(left))).GetProperty("text").GetString();
        var rightText = (await Client.GetJsonAsync("/api/reports/" + Uri.EscapeDataString(right))).GetProperty("text").GetString();
        Assert.Equal(leftText, string.Concat(ops.Where(o => o.Op != "insert").Select(o => o.Text)));
        Assert.Equal(rightText, string.Concat(ops.Where(o => o.Op != "delete").Select(o => o.Text)));
        Assert.Contains(ops, o => o.Op == "equal");
        Assert.InRange(comparison.GetProperty("similarity").GetDouble(), 0.3, 1.0);
    }

    [Fact]
    public async Task Full_text_search_finds_reports_and_marks_the_hits()
    {
        var result = await Client.GetJsonAsync("/api/reports?q=explosion");
        var hits = result.GetProperty("results");
        Assert.NotEqual(0, hits.GetArrayLength());
        Assert.Contains("[", hits[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Equal(demo.StoryId, hits[0].GetProperty("story").GetString());
    }

    [Fact]
    public async Task Entities_are_found_by_part_of_a_name_with_their_stories()
    {
        var all = await Client.GetJsonAsync("/api/entities?type=PLACE");
        var place = all.GetProperty("entities")[0];
        var name = place.GetProperty("canonical").GetString()!;
        var found = await Client.GetJsonAsync("/api/entities?q=" + Uri.EscapeDataString(name[..Math.Min(4, name.Length)].ToLowerInvariant()));
        Assert.Contains(found.GetProperty("entities").EnumerateArray(), e => e.GetProperty("canonical").GetString() == name);
        Assert.Equal(demo.StoryId, place.GetProperty("stories")[0].GetProperty("id").GetString());
        Assert.All(all.GetProperty("entities").EnumerateArray(), e => Assert.Equal("PLACE", e.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        var doc = await Client.GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in (string[])["/api/stories", "/api/stories/{id}", "/api/reports", "/api/reports/{id}", "/api/entities", "/api/status"])
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        Assert.True(paths.GetProperty("/api/reports").TryGetProperty("post", out _));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/add")]
    public async Task Ui_routes_serve_the_page_with_a_strict_content_security_policy(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ui_story_deep_link_serves_the_same_page()
    {
        var home = await Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var deep = await Client.GetStringAsync(new Uri($"/stories/{demo.StoryId}", UriKind.Relative));
        Assert.Equal(home, deep);
    }

    [Fact]
    public async Task Missing_ui_file_is_404()
    {
        using var response = await Client.GetAsync(new Uri("/ui/no-such-file.js", UriKind.Relative));
        await response.AssertProblemAsync(404);
    }
}
