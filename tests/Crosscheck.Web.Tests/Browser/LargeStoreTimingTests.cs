using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Crosscheck.Web.Tests.Browser;

/// <summary>
/// Opt-in timings on a large store: set <c>CROSSCHECK_LARGE_STORE</c> to a store file (for example
/// 10,000 reports ingested with <c>crosscheck ingest</c>); a copy is served. Measures how long the
/// story list and the largest story take to show in the browser, and fails past generous bounds.
/// </summary>
public sealed class LargeStoreTimingTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PageBound = TimeSpan.FromSeconds(5);

    private static string? StoreFile => Environment.GetEnvironmentVariable("CROSSCHECK_LARGE_STORE") is { Length: > 0 } path ? path : null;

    [LargeStoreFact]
    public async Task The_story_list_and_the_largest_story_open_within_seconds_on_a_large_store()
    {
        using var server = new TestServerFactory();
        File.Copy(StoreFile!, server.StorePath, overwrite: true);
        server.UseKestrel(0);
        server.StartServer();
        var address = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        var clock = Stopwatch.StartNew();
        string largest;
        while (true)
        {
            using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/status", UriKind.Relative)));
            if (!status.RootElement.GetProperty("analysing").GetBoolean() && status.RootElement.GetProperty("analysed_version").ValueKind == JsonValueKind.Number) break;
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(4), "the store was not analysed in time");
            await Task.Delay(500);
        }
        output.WriteLine($"server analysed the store in {clock.Elapsed.TotalSeconds:0.0} s");
        using (var stories = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/stories?page_size=200", UriKind.Relative))))
        {
            largest = stories.RootElement.GetProperty("stories").EnumerateArray()
                .OrderByDescending(s => s.GetProperty("report_count").GetInt32()).First().GetProperty("id").GetString()!;
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath, Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = address.ToString() });
        page.SetDefaultTimeout(30_000);

        foreach (var (path, ready) in (ValueTuple<string, string>[])[("/", ".story-list .story-item"), ("/?page=3", ".story-list .story-item"), ($"/stories/{largest}", "section#sources table"), ($"/stories/{largest}", "section#sources table")])
        {
            clock.Restart();
            await page.GotoAsync(path);
            await page.Locator(ready).First.WaitForAsync();
            await page.WaitForFunctionAsync("() => !document.getElementById('main').hasAttribute('aria-busy')");
            var took = clock.Elapsed;
            var elements = await page.EvaluateAsync<int>("() => document.getElementsByTagName('*').length");
            output.WriteLine($"{path}: {took.TotalMilliseconds:0} ms, {elements} elements");
            Assert.True(took < PageBound, $"{path} took {took.TotalSeconds:0.0} s");
        }
        await BrowserFixture.ScreenshotAsync(page, "11-large-story");
    }
}

/// <summary>Runs only when <c>CROSSCHECK_LARGE_STORE</c> names a store file and Chromium is there.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LargeStoreFactAttribute : FactAttribute
{
    public LargeStoreFactAttribute()
    {
        var store = Environment.GetEnvironmentVariable("CROSSCHECK_LARGE_STORE");
        if (string.IsNullOrEmpty(store) || !File.Exists(store)) Skip = "set CROSSCHECK_LARGE_STORE to a store file to time the UI on it";
        else if (!BrowserEnvironment.Available) Skip = $"Chromium not found at {BrowserEnvironment.ChromiumPath}";
    }
}
