using System.Threading.Channels;
using Crosscheck.Pipeline;
using Crosscheck.Store;

namespace Crosscheck.Web.Hosting;

/// <summary>
/// Re-analyses the stored corpus in the background whenever reports are added, so that requests
/// never wait for the pipeline. Requests arriving during an analysis are coalesced into one more
/// run; readers see the previous stories until the new ones are committed in one transaction.
/// </summary>
public sealed class AnalysisWorker(StoreAccess stores, ILogger<AnalysisWorker> log) : BackgroundService
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly List<Channel<long>> _subscribers = [];
    private volatile bool _running;

    /// <summary>True while an analysis runs.</summary>
    public bool Analysing => _running;

    /// <summary>Asks for an analysis of the current corpus (returns at once).</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>A stream of the corpus versions analysed from now on (for server-sent events).</summary>
    public async IAsyncEnumerable<long> Updates([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        var channel = Channel.CreateBounded<long>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_subscribers) _subscribers.Add(channel);
        try
        {
            await foreach (var version in channel.Reader.ReadAllAsync(cancel).ConfigureAwait(false)) yield return version;
        }
        finally
        {
            lock (_subscribers) _subscribers.Remove(channel);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Request(); // a store from another engine build, or one ingested while the server was down
        try
        {
            await foreach (var _ in _requests.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                _running = true;
                try
                {
                    // The pipeline is CPU-bound and synchronous: keep it off the request threads' pool queue head.
                    await Task.Run(AnalyseUntilCurrent, stoppingToken).ConfigureAwait(false);
                }
#pragma warning disable CA1031 // a failed analysis is logged; the server keeps serving the previous stories
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    log.LogError(e, "analysis failed: {Message}", e.Message);
                }
                finally
                {
                    _running = false;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void AnalyseUntilCurrent()
    {
        // Another batch may land while the pipeline runs: ReplaceStories then refuses the stale
        // result, and the loop analyses again.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var lease = stores.Rent();
        var store = lease.Store;
            if (store.StoriesAreCurrent) return;
            var corpus = store.LoadCorpus();
            var started = System.Diagnostics.Stopwatch.StartNew();
            var analysis = DefaultPipeline.Build().Run(corpus.Reports, []);
            if (store.ReplaceStories(analysis, corpus.Version))
            {
                log.LogInformation("analysed {Reports} reports into {Stories} stories in {Seconds:0.0} s (corpus version {Version})",
                    corpus.Reports.Count, analysis.Stories.Count, started.Elapsed.TotalSeconds, corpus.Version);
                Publish(corpus.Version);
                return;
            }
        }
    }

    private void Publish(long version)
    {
        lock (_subscribers)
        {
            foreach (var channel in _subscribers) channel.Writer.TryWrite(version);
        }
    }
}
