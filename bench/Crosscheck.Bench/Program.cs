using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Crosscheck.Bench;
using Crosscheck.Cluster;
using Crosscheck.Dedup;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Text;

// crosscheck-bench [--reports N] [--stage all|dedup|cluster] [--format md|json] [--seed S]
var reportsCount = 10_000;
var stage = "all";
var format = "md";
var seed = 20250603;
for (var i = 0; i < args.Length - 1; i++)
{
    switch (args[i])
    {
        case "--reports": reportsCount = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--stage": stage = args[++i]; break;
        case "--format": format = args[++i]; break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
    }
}
if (stage is not ("all" or "dedup" or "cluster" or "every"))
{
    Console.Error.WriteLine("--stage must be all, dedup, cluster or every");
    return 2;
}

List<GeneratedReport> Fresh() => new CorpusGenerator(seed).Generate(reportsCount);

var corpus = Fresh();
var words = corpus.Sum(g => g.Report.Text.Count(c => c == ' ') + 1);
var results = new List<Measurement>();

// The baseline: tokenise every report once. Machines differ; the ratio to this pass does less.
var baseline = Measure("baseline: tokenize", corpus.Count, () =>
{
    Parallel.ForEach(corpus, g => Tokenizer.Tokenize(g.Report.Text));
});
results.Add(baseline);

if (stage is "all" or "every")
{
    var reports = Fresh().Select(g => g.Report).ToList();
    CorpusAnalysis? analysis = null;
    results.Add(Measure("pipeline: all stages", reports.Count, () => analysis = DefaultPipeline.Build().Run(reports)));
}
if (stage is "dedup" or "cluster" or "every")
{
    var reports = Fresh().Select(g => g.Report).ToList();
    var segmenter = new TextSegmenter();
    Parallel.ForEach(reports, segmenter.Process);
    var context = new CorpusContext(reports, PipelineOptions.Default);
    var dedup = Measure("dedup", reports.Count, () => new CopyDetector().Process(context));
    if (stage is "dedup" or "every") results.Add(dedup);
    if (stage is "cluster" or "every") results.Add(Measure("cluster", reports.Count, () => new StoryClusterer().Process(context)));
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
        results = results.Select(r => new { r.Name, r.Reports, wallSeconds = r.Seconds, reportsPerSecond = r.PerSecond, peakWorkingSetMb = r.PeakMb, ratioToBaseline = r.Seconds / baseline.Seconds, r.Note }),
    }, new JsonSerializerOptions { WriteIndented = true }));
}
else
{
    Console.WriteLine($"{reportsCount:N0} synthetic reports, {words / Math.Max(1, corpus.Count)} words on average, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    Console.WriteLine();
    Console.WriteLine("| stage | reports | wall (s) | reports/s | peak working set (MB) | × baseline | note |");
    Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
    foreach (var r in results)
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Reports:N0} | {r.Seconds:0.000} | {r.PerSecond:N0} | {r.PeakMb:N0} | {r.Seconds / baseline.Seconds:0.0} | {r.Note} |"));
}
return 0;

static Measurement Measure(string name, int count, Action action)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    using var process = Process.GetCurrentProcess();
    long peak = Environment.WorkingSet;
    using var done = new ManualResetEventSlim();
    var sampler = new Thread(() =>
    {
        while (!done.Wait(5)) peak = Math.Max(peak, Environment.WorkingSet);
    }) { IsBackground = true };
    sampler.Start();
    var watch = Stopwatch.StartNew();
    action();
    watch.Stop();
    done.Set();
    sampler.Join();
    peak = Math.Max(peak, Environment.WorkingSet);
    return new Measurement(name, count, watch.Elapsed.TotalSeconds, count / watch.Elapsed.TotalSeconds, peak / 1048576.0, "");
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

internal sealed record Measurement(string Name, int Reports, double Seconds, double PerSecond, double PeakMb, string Note);
