using System.Text.Json;

namespace Crosscheck.Web.Tests.Api;

/// <summary>One server with the demo corpus posted and analysed, shared by the read-only API tests.</summary>
public sealed class DemoServer : IAsyncLifetime
{
    public TestServerFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The demo's one story (the demo is six reports of one event).</summary>
    public string StoryId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        using var posted = await Client.PostDemoAsync();
        Assert.Equal(System.Net.HttpStatusCode.Created, posted.StatusCode);
        await Client.WaitForAnalysisAsync();
        var list = await Client.GetJsonAsync("/api/stories");
        StoryId = list.GetProperty("stories")[0].GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    public async Task<JsonElement> StoryAsync() => await Client.GetJsonAsync($"/api/stories/{StoryId}");
}
