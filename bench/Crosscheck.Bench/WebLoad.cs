using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Pipeline;
using Crosscheck.Store;
using Crosscheck.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Crosscheck.Bench;

/// <summary>
/// The server under load: a store of N generated reports, ingested and analysed as `crosscheck
/// ingest` would, served on loopback, then C concurrent clients per endpoint for a fixed time.
/// Latency percentiles and requests per second per endpoint; the baseline is the static page
/// shell (no store work), measured in the same run, so figures compare across machines as ratios.
/// </summary>
internal static class WebLoad
{
    private sealed record Scenario(string Name, Func<Random, string> Path);

    private sealed record Result(string Name, int Requests, int Failures, double Seconds, double P50, double P95, double P99, double Max);

    /// <param name="keepStore">A store file to build once and reuse on later runs (else a temporary one).</param>
    public static async Task<int> RunAsync(List<GeneratedReport> corpus, int clients, TimeSpan duration, bool json, string? keepStore)
    {
        var folder = Path.Combine(Path.GetTempPath(), "crosscheck-webload-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var storePath = keepStore ?? Path.Combine(folder, "store.db");
        try
        {
            // Ingest and analyse, timed: what `crosscheck ingest` of this corpus costs.
            var watch = Stopwatch.StartNew();
            if (keepStore is null || !File.Exists(keepStore))
            {
                using var store = SqliteReportStore.Open(storePath);
                store.Add(corpus.Select(g => g.Report.WithId(g.Report.Id)));
                var added = watch.Elapsed.TotalSeconds;
                var stored = store.LoadCorpus();
                var analysis = DefaultPipeline.Build().Run(stored.Reports, []);
                var analysed = watch.Elapsed.TotalSeconds;
                store.ReplaceStories(analysis, stored.Version);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"store: {corpus.Count:N0} reports added in {added:0.0} s, analysed in {analysed - added:0.0} s, stories written in {watch.Elapsed.TotalSeconds - analysed:0.0} s; {new FileInfo(storePath).Length / 1048576.0:0} MB"));
            }

            await using var app = CrosscheckServer.Create([$"--Crosscheck:Store={storePath}", "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = new Uri(address),
            };

            // Ids to draw from: every story (paging through the list) and every report.
            var stories = new List<string>();
            var words = new List<string>();
            for (var page = 1; ; page++)
            {
                using var doc = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/stories?page_size=200&page={page}", UriKind.Relative)));
                var rows = doc.RootElement.GetProperty("stories");
                if (rows.GetArrayLength() == 0) break;
                foreach (var row in rows.EnumerateArray())
                {
                    stories.Add(row.GetProperty("id").GetString()!);
                    words.AddRange(row.GetProperty("title").GetString()!.Split(' ').Where(w => w.Length > 5 && w.All(char.IsLetter)).Take(1));
                }
            }
            var reports = corpus.Select(g => g.Report.Id).ToList();
            if (words.Count == 0) words.Add("report");
            string Pick(List<string> list, Random r) => Uri.EscapeDataString(list[r.Next(list.Count)]);

            Scenario[] scenarios =
            [
                new("baseline: UI page shell (static)", _ => "/"),
                new("GET /api/stories (first page of 50)", _ => "/api/stories"),
                new("GET /api/stories?page=P (random page)", r => $"/api/stories?page={r.Next(1, Math.Max(2, stories.Count / 50))}"),
                new("GET /api/stories?q=WORD&conflicts=true", r => $"/api/stories?q={Pick(words, r)}&conflicts=true"),
                new("story page data: GET /api/stories/{id}", r => $"/api/stories/{Pick(stories, r)}"),
                new("GET /api/reports/{id} (annotated report)", r => $"/api/reports/{Pick(reports, r)}"),
                new("GET /api/reports?q=WORD (full-text search)", r => $"/api/reports?q={Pick(words, r)}"),
            ];

            var results = new List<Result>();
            foreach (var scenario in scenarios)
            {
                await Drive(http, scenario, clients, TimeSpan.FromSeconds(1)); // warm-up: JIT, caches
                results.Add(await Drive(http, scenario, clients, duration));
            }
            await app.StopAsync();
            Print(results, corpus.Count, stories.Count, clients, json);
            return results.Any(r => r.Failures > 0) ? 1 : 0;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<Result> Drive(HttpClient http, Scenario scenario, int clients, TimeSpan duration)
    {
        var latencies = new List<double>[clients];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(async c =>
        {
            var random = new Random(c * 7919 + 1);
            var mine = latencies[c] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri(scenario.Path(random), UriKind.Relative), HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
            }
        }).ToArray();
        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double At(double q) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(q * all.Length))];
        return new Result(scenario.Name, all.Length, failures, seconds, At(0.50), At(0.95), At(0.99), all.Length == 0 ? double.NaN : all[^1]);
    }

    private static void Print(List<Result> results, int reports, int stories, int clients, bool json)
    {
        var baseline = results[0];
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                reports, stories, clients, cores = Environment.ProcessorCount,
                endpoints = results.Select(r => new
                {
                    name = r.Name, requests = r.Requests, failures = r.Failures, rps = Math.Round(r.Requests / r.Seconds, 1),
                    p50_ms = Math.Round(r.P50, 2), p95_ms = Math.Round(r.P95, 2), p99_ms = Math.Round(r.P99, 2), max_ms = Math.Round(r.Max, 2),
                    p95_x_baseline = Math.Round(r.P95 / baseline.P95, 1),
                }),
            }, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reports:N0} generated reports in {stories:N0} stories; {clients} concurrent clients on loopback; {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        Console.WriteLine();
        Console.WriteLine("| endpoint | requests | failures | req/s | p50 (ms) | p95 (ms) | p99 (ms) | p95 × baseline |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Requests:N0} | {r.Failures} | {r.Requests / r.Seconds:N0} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {r.P95 / baseline.P95:0.0} |"));
        }
    }
}
