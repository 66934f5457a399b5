using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Crosscheck.Web.Tests;

/// <summary>
/// A server over a fresh store in a temporary folder. <see cref="TestHost"/> hosts it in memory
/// (API tests); the browser tests start it on a real loopback port (<c>UseKestrel(0)</c>, then <c>StartServer()</c>).
/// </summary>
public sealed class TestServerFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crosscheck-web-" + Guid.NewGuid().ToString("N"));

    public TestServerFactory(string? token = null, string? watch = null)
    {
        Directory.CreateDirectory(_folder);
        StorePath = Path.Combine(_folder, "store.db");
        Token = token;
        Watch = watch;
    }

    public string StorePath { get; }

    public string? Token { get; }

    public string? Watch { get; }

    public string Folder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Crosscheck:Store", StorePath);
        if (Token is not null) builder.UseSetting("Crosscheck:Token", Token);
        if (Watch is not null)
        {
            builder.UseSetting("Crosscheck:Watch", Watch);
            builder.UseSetting("Crosscheck:WatchInterval", "00:00:00.200");
            builder.UseSetting("Crosscheck:WatchSettle", "00:00:00.300");
        }
    }

    /// <summary>The demo reports shipped beside the tests (demo/reports, written for this project).</summary>
    public static IEnumerable<string> DemoReports() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "demo")).Order(StringComparer.Ordinal);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a slow shutdown: the temp folder is cleaned by the OS
        }
    }
}
