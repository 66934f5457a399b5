using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Crosscheck.Web.Tests.Browser;

/// <summary>
/// One server (on a real loopback port, over a temporary store holding the demo corpus, analysed)
/// and one headless Chromium, shared by every browser test: starting them is most of the time.
/// Debian's Chromium is driven as is — no <c>playwright install</c>, no download.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly TimeSpan AnalysisTimeout = TimeSpan.FromSeconds(60);

    private TestServerFactory? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!BrowserEnvironment.Available && !BrowserEnvironment.Required) return; // every test is skipped

        _server = new TestServerFactory();
        _server.UseKestrel(0);
        _server.StartServer();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));

        using var http = new HttpClient { BaseAddress = BaseAddress };
        using (var form = new MultipartFormDataContent())
        {
            foreach (var file in TestServerFactory.DemoReports())
            {
                var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
                content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
                form.Add(content, "files", Path.GetFileName(file));
            }
            using var posted = await http.PostAsync(new Uri("/api/reports", UriKind.Relative), form);
            posted.EnsureSuccessStatusCode();
        }
        await WaitForAnalysisAsync(http);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(BrowserEnvironment.ScreenshotFolder);
    }

    /// <summary>Until the stories include every stored report.</summary>
    public async Task WaitForAnalysisAsync(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/status", UriKind.Relative)));
            var root = doc.RootElement;
            if (!root.GetProperty("analysing").GetBoolean()
                && root.GetProperty("analysed_version").GetInt64() >= root.GetProperty("corpus_version").GetInt64()
                && root.GetProperty("stories").GetInt32() > 0)
                return;
            if (clock.Elapsed > AnalysisTimeout) throw new TimeoutException("the demo corpus was not analysed in time");
            await Task.Delay(100);
        }
    }

    /// <summary>A fresh page (own context: no shared cookies or storage) at the given size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => PageErrors.Enqueue(error);
        return page;
    }

    /// <summary>Uncaught script errors on any page: a test asserts there were none.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> PageErrors { get; } = new();

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserEnvironment.ScreenshotFolder, name + ".png"),
            FullPage = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
