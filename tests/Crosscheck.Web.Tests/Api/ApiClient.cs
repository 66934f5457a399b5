using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Crosscheck.Web.Tests.Api;

/// <summary>Test helpers over an HttpClient: post reports, wait for the analysis, read JSON.</summary>
internal static class ApiClient
{
    public static async Task<HttpResponseMessage> PostReportsAsync(this HttpClient client, IEnumerable<(string Name, string Text)> reports)
    {
        var body = new JsonObject
        {
            ["reports"] = new JsonArray(reports.Select(r => (JsonNode)new JsonObject { ["name"] = r.Name, ["text"] = r.Text }).ToArray()),
        };
        return await client.PostAsync(new Uri("/api/reports", UriKind.Relative),
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    public static Task<HttpResponseMessage> PostDemoAsync(this HttpClient client) =>
        client.PostReportsAsync(TestServerFactory.DemoReports().Select(p => (Path.GetFileName(p), File.ReadAllText(p))));

    /// <summary>Waits until the stories come from the current corpus (the analysis runs in the background).</summary>
    public static async Task WaitForAnalysisAsync(this HttpClient client, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            var status = await client.GetJsonAsync("/api/status");
            if (!status.GetProperty("analysing").GetBoolean()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the analysis did not finish");
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Asserts an RFC 7807 answer with this status, and no stack trace in it.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
