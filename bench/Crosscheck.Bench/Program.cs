using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Bench;
using Crosscheck.Cluster;
using Crosscheck.Dedup;
using Crosscheck.Gazetteer;
using Crosscheck.Model;
using Crosscheck.Output;
using Crosscheck.Pipeline;
using Crosscheck.Text;

// crosscheck-bench [--reports N] [--stage all|dedup|cluster|every|web] [--format md|json] [--seed S] [--outlets K]
//                  [--clients C] [--seconds S] [--keep-store FILE]
//   all:   the whole pipeline once (per-report stages in parallel, then the corpus stages).
//   every: the whole pipeline, then each stage on its own (per-report stages one after another
//          over all reports, then each corpus stage, then the writers), so a reader sees where
//          the time goes; plus dedup and clustering quality against the generator's truth.
//   web:   the server under load (WebLoad.cs): a store of N analysed reports, C concurrent
//          clients (default 16) on loopback for S seconds (default 10) per endpoint.
//   --outlets K: K independent outlets per story (default two to four): a stress test of the
//          per-story stages (events, quote merging, entity linking) on a few huge stories.
var reportsCount = 10_000;
var stage = "all";
var format = "md";
var seed = 20250603;
var outlets = 0;
var clients = 16;
var loadSeconds = 10.0;
string? keepStore = null;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--reports": reportsCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--stage": stage = args[++i]; break;
        case "--format": format = args[++i]; break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--outlets": outlets = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--clients": clients = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--keep-store": keepStore = args[++i]; break;
        case "--seconds": loadSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
    }
}
if (stage is not ("all" or "dedup" or "cluster" or "every" or "web"))
{
    Console.Error.WriteLine("--stage must be all, dedup, cluster, every or web");
    return 2;
}

List<GeneratedReport> Fresh() => new CorpusGenerator(seed, outlets).Generate(reportsCount);
if (stage == "web") return await WebLoad.RunAsync(Fresh(), clients, TimeSpan.FromSeconds(loadSeconds), format == "json", keepStore);

var corpus = Fresh();
var words = corpus.Sum(g => g.Report.Text.Count(c => c == ' ') + 1);
var results = new List<Measurement>();

// The embedded gazetteer loads once per process, on first use; timed on its own so that it does
// not land in whichever stage happens to touch it first.
results.Add(Measure("gazetteer load (once per process)", 0, () => _ = GazetteerIndex.Default.CountryByCode("US")));

// The baseline: tokenise every report once. Machines differ; the ratio to this pass does less.
var baseline = Measure("baseline: tokenize", corpus.Count, () =>
{
    Parallel.ForEach(corpus, g => Tokenizer.Tokenize(g.Report.Text));
});
results.Add(baseline);

if (stage is "all" or "every")
{
    results.Add(RunWhole(Fresh, "pipeline: all stages"));
    // Again in the same process: the first run also pays for JIT compilation (regexes, tiering).
    if (stage is "every") results.Add(RunWhole(Fresh, "pipeline: all stages, second run"));
}
if (stage is "every")
{
    var reports = Fresh().Select(g => g.Report).ToList();
    var pipeline = DefaultPipeline.Build();
    foreach (var s in pipeline.ReportStages)
        results.Add(Measure("report: " + s.Name, reports.Count, () => Parallel.ForEach(reports, s.Process)));
    var context = new CorpusContext(reports, pipeline.Options);
    foreach (var s in pipeline.CorpusStages)
        results.Add(Measure("corpus: " + s.Name, reports.Count, () => s.Process(context)));
    var analysis = context.Freeze();
    results.Add(Measure("output: json", reports.Count, () => JsonReportWriter.Write(analysis, Stream.Null)));
    results.Add(Measure("output: markdown", reports.Count, () => MarkdownReportWriter.Write(analysis)));
    results.Add(Measure("output: html", reports.Count, () => HtmlReportWriter.Write(analysis)));
    results.Add(Quality(corpus, context));
    results.Add(Workload(analysis));
}
if (stage is "dedup" or "cluster")
{
    var reports = Fresh().Select(g => g.Report).ToList();
    var segmenter = new TextSegmenter();
    Parallel.ForEach(reports, segmenter.Process);
    var context = new CorpusContext(reports, PipelineOptions.Default);
    var dedup = Measure("corpus: dedup", reports.Count, () => new CopyDetector().Process(context));
    if (stage is "dedup") results.Add(dedup);
    if (stage is "cluster") results.Add(Measure("corpus: cluster", reports.Count, () => new StoryClusterer().Process(context)));
    else new StoryClusterer().Process(context);
    results.Add(Quality(corpus, context));
}

if (format == "json")
{
    Console.WriteLine(JsonSerializer.Serialize(new
    {
        reports = reportsCount,
        averageWords = words / Math.Max(1, corpus.Count),
        processors = Environment.ProcessorCount,
        runtime = Environment.Version.ToString(),
        results = results.Select(r => new
        {
            name = r.Name,
            reports = r.Reports,
            wallSeconds = Finite(r.Seconds),
            cpuSeconds = Finite(r.CpuSeconds),
            reportsPerSecond = Finite(r.PerSecond),
            peakWorkingSetMb = Finite(r.PeakMb),
            ratioToBaseline = Finite(r.Seconds / baseline.Seconds),
            note = r.Note,
        }),
    }, new JsonSerializerOptions { WriteIndented = true }));
}
else
{
    Console.WriteLine($"{reportsCount:N0} synthetic reports, {words / Math.Max(1, corpus.Count)} words on average, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    Console.WriteLine();
    Console.WriteLine("| stage | reports | wall (s) | cpu (s) | reports/s | peak working set (MB) | × baseline | note |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    foreach (var r in results)
    {
        var perSecond = r.Reports == 0 || double.IsNaN(r.PerSecond) ? "" : r.PerSecond.ToString("N0", CultureInfo.InvariantCulture);
        var seconds = double.IsNaN(r.Seconds) ? "" : r.Seconds.ToString("0.000", CultureInfo.InvariantCulture);
        var cpu = double.IsNaN(r.CpuSeconds) ? "" : r.CpuSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var peak = double.IsNaN(r.PeakMb) ? "" : r.PeakMb.ToString("N0", CultureInfo.InvariantCulture);
        var ratio = double.IsNaN(r.Seconds) ? "" : (r.Seconds / baseline.Seconds).ToString("0.0", CultureInfo.InvariantCulture);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Reports:N0} | {seconds} | {cpu} | {perSecond} | {peak} | {ratio} | {r.Note} |"));
    }
}
return 0;

static double? Finite(double d) => double.IsFinite(d) ? Math.Round(d, 4) : null;

// The whole pipeline on a fresh corpus that nothing else holds, so its peak is its own.
static Measurement RunWhole(Func<List<GeneratedReport>> fresh, string name)
{
    var reports = fresh().Select(g => g.Report).ToList();
    return Measure(name, reports.Count, () => DefaultPipeline.Build().Run(reports));
}

static Measurement Measure(string name, int count, Action action)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    long peak = Environment.WorkingSet;
    using var done = new ManualResetEventSlim();
    var sampler = new Thread(() =>
    {
        while (!done.Wait(5)) peak = Math.Max(peak, Environment.WorkingSet);
    }) { IsBackground = true };
    sampler.Start();
    using var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    action();
    watch.Stop();
    process.Refresh();
    cpu = process.TotalProcessorTime - cpu;
    done.Set();
    sampler.Join();
    peak = Math.Max(peak, Environment.WorkingSet);
    return new Measurement(name, count, watch.Elapsed.TotalSeconds, count / watch.Elapsed.TotalSeconds, peak / 1048576.0, "") { CpuSeconds = cpu.TotalSeconds };
}

// How well dedup and clustering recovered the generator's truth (BCubed F1), as a sanity check on the figures above.
static Measurement Quality(List<GeneratedReport> truth, CorpusContext context)
{
    var copyGold = truth.Select(t => t.CopyOf).ToArray();
    var copyPred = truth.Select(t => context.CopyGroupOf[t.Report.Id].Id).ToArray();
    var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
    foreach (var s in context.Stories) foreach (var id in s.Reports) storyOf[id] = s.Id;
    var storyGold = truth.Select(t => t.Story).ToArray();
    var storyPred = truth.Select(t => storyOf[t.Report.Id]).ToArray();
    var copies = ClusterEvaluation.Score(copyGold, copyPred);
    var stories = ClusterEvaluation.Score(storyGold, storyPred);
    return new Measurement("quality (not timed)", truth.Count, double.NaN, double.NaN, double.NaN,
        string.Create(CultureInfo.InvariantCulture, $"copy groups BCubed F1 {copies.BCubedF1:0.000} ({copies.PredictedStories} vs {copies.GoldStories}); stories BCubed F1 {stories.BCubedF1:0.000} ({stories.PredictedStories} vs {stories.GoldStories})"));
}

// What the stages found, so that a fast run can be told from one where the stages saw nothing to do.
static Measurement Workload(CorpusAnalysis analysis)
{
    long Count<T>(DataKey<IReadOnlyList<T>> key) => analysis.Reports.Sum(r => (long)(r.Get(key)?.Count ?? 0));
    var events = analysis.Stories.Sum(s => s.Events.Count);
    var facts = analysis.Stories.Sum(s => s.Events.Sum(e => e.Facts.Count));
    return new Measurement("workload (not timed)", analysis.Reports.Count, double.NaN, double.NaN, double.NaN,
        string.Create(CultureInfo.InvariantCulture,
            $"entity mentions {Count(Layers.Entities):N0}, time mentions {Count(Layers.Times):N0}, quantities {Count(Layers.Quantities):N0}, quotes {Count(Layers.Quotes):N0}, event mentions {Count(Layers.Events):N0}; stories {analysis.Stories.Count:N0}, events {events:N0}, facts {facts:N0}, entities {analysis.Entities.Count:N0}, merged quotes {analysis.Quotes.Count:N0}"));
}

internal sealed record Measurement(string Name, int Reports, double Seconds, double PerSecond, double PeakMb, string Note)
{
    /// <summary>Processor time of the whole process (all threads) while the step ran: on a shared machine, steadier than wall time.</summary>
    public double CpuSeconds { get; init; } = double.NaN;
}
