using System.Net.Http.Headers;

namespace Crosscheck.Web.Tests.Api;

/// <summary>Reports that arrive without a request: a watched folder, and the update stream that tells the UI.</summary>
public sealed class WatchAndUpdatesTests
{
    [Fact]
    public async Task A_file_dropped_into_the_watched_folder_lands_in_a_story()
    {
        var watched = Path.Combine(Path.GetTempPath(), "crosscheck-watch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(watched);
        try
        {
            using var server = new TestServerFactory(watch: watched);
            using var client = server.CreateClient();
            Assert.Equal(0, (await client.GetJsonAsync("/api/status")).GetProperty("reports").GetInt32());

            var source = TestServerFactory.DemoReports().First();
            // Written under a temporary name and renamed, as a careful producer does; the settle
            // time covers producers that write in place.
            var temporary = Path.Combine(watched, ".incoming");
            await File.WriteAllTextAsync(temporary, await File.ReadAllTextAsync(source));
            File.Move(temporary, Path.Combine(watched, Path.GetFileName(source)));

            var deadline = DateTime.UtcNow.AddSeconds(30);
            string? story = null;
            while (DateTime.UtcNow < deadline && story is null)
            {
                await Task.Delay(200);
                using var response = await client.GetAsync(new Uri("/api/reports/" + Path.GetFileName(source), UriKind.Relative));
                if (!response.IsSuccessStatusCode) continue;
                var report = await response.ReadJsonAsync();
                story = report.GetProperty("story").GetString();
            }
            Assert.NotNull(story);
            Assert.Equal(1, (await client.GetJsonAsync("/api/status")).GetProperty("reports").GetInt32());
        }
        finally
        {
            Directory.Delete(watched, recursive: true);
        }
    }

    [Fact]
    public async Task The_update_stream_announces_each_analysis()
    {
        using var server = new TestServerFactory();
        using var client = server.CreateClient();
        await client.WaitForAnalysisAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/updates");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stream = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());

        (await client.PostDemoAsync()).Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string? line;
        var sawEvent = false;
        while ((line = await reader.ReadLineAsync(timeout.Token)) is not null)
        {
            if (line == "event: analysed") sawEvent = true;
            if (sawEvent && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                Assert.Contains("\"corpus_version\":1", line, StringComparison.Ordinal);
                return;
            }
        }
        Assert.Fail("the stream ended without an analysed event");
    }
}
