using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Crosscheck.Web.Tests.Api;

/// <summary>POST /api/reports: what is stored, what is refused and why, and who may write.</summary>
public sealed class WriteApiTests
{
    private const string Report = """
        title Ferry runs aground off Kestrel Point
        date 2024-08-02

        KESTREL POINT, Aug 2 - A passenger ferry carrying 212 people ran aground off Kestrel Point on Thursday,
        the coastguard said. At least 14 passengers were injured, two of them seriously.
        "The vessel is stable and everyone is off," coastguard spokeswoman Ida Brenner said.
        """;

    private static Uri Reports => new("/api/reports", UriKind.Relative);

    [Fact]
    public async Task Posting_reports_stores_them_and_they_land_in_a_story()
    {
        using var server = new TestServerFactory();
        using var client = server.CreateClient();
        using var response = await client.PostReportsAsync([("ferry.txt", Report)]);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = await response.ReadJsonAsync();
        var stored = result.GetProperty("stored")[0];
        Assert.Equal("ferry.txt", stored.GetProperty("id").GetString());
        Assert.Equal("added", stored.GetProperty("status").GetString());

        // At once: the report is there, not yet in a story.
        var before = await client.GetJsonAsync("/api/reports/ferry.txt");
        Assert.Contains("ran aground", before.GetProperty("text").GetString(), StringComparison.Ordinal);

        await client.WaitForAnalysisAsync();
        var after = await client.GetJsonAsync("/api/reports/ferry.txt");
        var storyId = after.GetProperty("story").GetString();
        Assert.NotNull(storyId);
        var story = await client.GetJsonAsync($"/api/stories/{storyId}");
        Assert.Equal("ferry.txt", story.GetProperty("articles")[0].GetProperty("file").GetString());
    }

    [Fact]
    public async Task A_story_link_keeps_working_after_another_report_of_the_story_is_posted()
    {
        using var server = new TestServerFactory();
        using var client = server.CreateClient();
        using (await client.PostReportsAsync([("ferry.txt", Report)])) { }
        await client.WaitForAnalysisAsync();
        var storyId = (await client.GetJsonAsync("/api/reports/ferry.txt")).GetProperty("story").GetString();

        var second = Report.Replace("ran aground", "struck a sandbank and ran aground", StringComparison.Ordinal)
            .Replace("title Ferry", "title Passenger ferry", StringComparison.Ordinal);
        using (await client.PostReportsAsync([("ferry-2.txt", second)])) { }
        await client.WaitForAnalysisAsync();

        Assert.Equal(storyId, (await client.GetJsonAsync("/api/reports/ferry-2.txt")).GetProperty("story").GetString());
        var story = await client.GetJsonAsync($"/api/stories/{storyId}");
        Assert.Equal(storyId, story.GetProperty("stories")[0].GetProperty("id").GetString());
        Assert.Equal(2, story.GetProperty("stories")[0].GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task Posting_the_same_report_again_changes_nothing()
    {
        using var server = new TestServerFactory();
        using var client = server.CreateClient();
        (await client.PostReportsAsync([("ferry.txt", Report)])).Dispose();
        var version = (await client.GetJsonAsync("/api/status")).GetProperty("corpus_version").GetInt64();
        using var again = await client.PostReportsAsync([("ferry.txt", Report)]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var result = await again.ReadJsonAsync();
        Assert.Equal("unchanged", result.GetProperty("stored")[0].GetProperty("status").GetString());
        Assert.Equal(version, (await client.GetJsonAsync("/api/status")).GetProperty("corpus_version").GetInt64());
    }

    [Fact]
    public async Task Plain_text_html_and_uploaded_files_are_read_like_the_cli_reads_files()
    {
        using var server = new TestServerFactory();
        using var client = server.CreateClient();
        using (var text = await client.PostAsync(new Uri("/api/reports?name=plain.txt", UriKind.Relative), new StringContent(Report, Encoding.UTF8, "text/plain")))
            Assert.Equal(HttpStatusCode.Created, text.StatusCode);

        const string html = "<html><head><title>Storm closes port</title></head><body><article><h1>Storm closes port</h1>"
            + "<p>A storm closed the port of Vardel on Monday, the harbour authority said, stranding 30 ships.</p>"
            + "<p>No injuries were reported, officials said on Monday evening.</p></article></body></html>";
        using (var page = await client.PostAsync(new Uri("/api/reports?name=storm", UriKind.Relative), new StringContent(html, Encoding.UTF8, "text/html")))
        {
            Assert.Equal(HttpStatusCode.Created, page.StatusCode);
            Assert.Equal("storm.html", (await page.ReadJsonAsync()).GetProperty("stored")[0].GetProperty("id").GetString());
        }
        var storm = await client.GetJsonAsync("/api/reports/storm.html");
        Assert.Equal("Storm closes port", storm.GetProperty("title").GetString());
        Assert.DoesNotContain("<p>", storm.GetProperty("text").GetString(), StringComparison.Ordinal);

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Report.Replace("212", "213", StringComparison.Ordinal)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "files", "../../etc/upload.txt"); // a path in the name is dropped
        var binary = new ByteArrayContent([0, 1, 2, 0, 0, 255, 254, 0, 3, 0]);
        form.Add(binary, "files", "image.bin");
        using var upload = await client.PostAsync(Reports, form);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var result = await upload.ReadJsonAsync();
        Assert.Equal("upload.txt", result.GetProperty("stored")[0].GetProperty("id").GetString());
        var rejected = result.GetProperty("rejected")[0];
        Assert.Equal("image.bin", rejected.GetProperty("name").GetString());
        Assert.Contains("binary", rejected.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Json_metadata_overrides_what_the_text_says()
    {
        using var server = new TestServerFactory();
        using var client = server.CreateClient();
        var body = """{"name": "meta.txt", "text": "A bridge collapsed in Orlen on Monday, police said. Nine people were hurt.", "title": "Bridge collapse", "outlet": "Orlen Post", "published": "2024-05-07", "url": "https://example.org/a"}""";
        using var response = await client.PostAsync(Reports, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await client.GetJsonAsync("/api/reports/meta.txt");
        Assert.Equal("Bridge collapse", report.GetProperty("title").GetString());
        Assert.Equal("Orlen Post", report.GetProperty("outlet").GetString());
        Assert.Equal("2024-05-07", report.GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("application/json", "{\"reports\": [", 400)]            // malformed JSON
    [InlineData("application/json", "42", 400)]                         // not a report
    [InlineData("application/json", "[]", 400)]                         // no reports
    [InlineData("application/json", "[{\"name\": \"x.txt\"}]", 422)]    // no text
    [InlineData("application/json", "[{\"text\": \"Quake hits.\", \"published\": \"last week\"}]", 422)]
    [InlineData("text/plain", "", 400)]                                 // empty body
    [InlineData("text/plain", "   \n\n  ", 422)]                       // nothing to read
    public async Task Unusable_bodies_get_problem_details(string contentType, string body, int status)
    {
        using var server = new TestServerFactory();
        using var client = server.CreateClient();
        using var response = await client.PostAsync(Reports, new StringContent(body, Encoding.UTF8, contentType));
        var problem = await response.AssertProblemAsync(status);
        if (status == 422) Assert.NotEqual(0, problem.GetProperty("rejected").GetArrayLength());
        Assert.Equal(0, (await client.GetJsonAsync("/api/status")).GetProperty("reports").GetInt32());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413()
    {
        using var server = new TestServerFactory();
        using var sized = server.WithWebHostBuilder(b => b.UseSetting("Crosscheck:MaxRequestMb", "0.01"));
        using var client = sized.CreateClient();
        using var response = await client.PostAsync(Reports, new StringContent(new string('a', 20_000), Encoding.UTF8, "text/plain"));
        await response.AssertProblemAsync(413);
    }

    [Fact]
    public async Task With_a_token_writes_need_it()
    {
        using var server = new TestServerFactory(token: "s3cret-token");
        using var client = server.CreateClient();
        using (var none = await client.PostReportsAsync([("ferry.txt", Report)])) await none.AssertProblemAsync(401);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        using (var wrong = await client.PostReportsAsync([("ferry.txt", Report)])) await wrong.AssertProblemAsync(401);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        using (var right = await client.PostReportsAsync([("ferry.txt", Report)])) Assert.Equal(HttpStatusCode.Created, right.StatusCode);

        // Reads stay open.
        client.DefaultRequestHeaders.Authorization = null;
        Assert.Equal(1, (await client.GetJsonAsync("/api/status")).GetProperty("reports").GetInt32());
    }

    [Fact]
    public async Task Without_a_token_a_remote_client_cannot_write()
    {
        using var server = new TestServerFactory();
        using var remote = server.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteClient("203.0.113.7"))));
        using var client = remote.CreateClient();
        using var response = await client.PostReportsAsync([("ferry.txt", Report)]);
        await response.AssertProblemAsync(403);
        Assert.False((await client.GetJsonAsync("/api/status")).GetProperty("writable").GetBoolean());
    }

    /// <summary>Makes every request come from another machine.</summary>
    private sealed class RemoteClient(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
