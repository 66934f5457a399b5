using System.Net;
using System.Text.Json;

namespace Crosscheck.Web.Tests.Api;

public sealed class StatusApiTests
{
    [Fact]
    public async Task A_new_store_reports_no_reports_and_accepts_local_writes()
    {
        using var server = new TestServerFactory();
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/status", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, doc.RootElement.GetProperty("reports").GetInt32());
        Assert.True(doc.RootElement.GetProperty("writable").GetBoolean());
        Assert.False(doc.RootElement.GetProperty("token_required").GetBoolean());
    }
}
