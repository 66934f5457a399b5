using Crosscheck.Ingest;
using Microsoft.Extensions.Options;

namespace Crosscheck.Web.Hosting;

/// <summary>
/// Ingests report files dropped into a folder (<c>--watch DIR</c>, subfolders included). The folder
/// is rescanned on every file-system event and every few seconds (events can be lost, and network
/// folders send none); a file is read once its size and time have stayed the same for a moment, so
/// a file being copied in is not read half-way. Adding is idempotent, so a rescan of unchanged files
/// stores nothing.
/// </summary>
public sealed class FolderWatcher(IOptions<ServerSettings> options, StoreAccess stores, AnalysisWorker analysis, ILogger<FolderWatcher> log)
    : BackgroundService
{
    private readonly ServerSettings _settings = options.Value;
    private readonly Dictionary<string, (long Size, DateTime Time, bool Done)> _seen = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(_settings.Watch)) return;
        var folder = Path.GetFullPath(_settings.Watch);
        Directory.CreateDirectory(folder);
        log.LogInformation("watching {Folder} for reports", folder);
        using var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, _) => _wake.Release();
        watcher.Changed += (_, _) => _wake.Release();
        watcher.Renamed += (_, _) => _wake.Release();

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Scan(folder);
            }
#pragma warning disable CA1031 // one bad scan (a file vanished, a permission changed) must not stop the watcher
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                log.LogWarning("watch {Folder}: {Message}", folder, e.Message.ReplaceLineEndings(" "));
            }
            try
            {
                // Wake on an event or after the interval; a settling file needs another look soon.
                await _wake.WaitAsync(_settings.WatchInterval, stoppingToken).ConfigureAwait(false);
                while (_wake.CurrentCount > 0) await _wake.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Scan(string folder)
    {
        var ready = new List<string>();
        var now = DateTime.UtcNow;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || name.EndsWith('~')) continue; // editor and partial-download files
            var info = new FileInfo(path);
            if (!info.Exists) continue;
            var state = (info.Length, info.LastWriteTimeUtc);
            if (_seen.TryGetValue(path, out var seen) && seen.Size == state.Length && seen.Time == state.LastWriteTimeUtc)
            {
                if (!seen.Done && now - state.LastWriteTimeUtc >= _settings.WatchSettle) ready.Add(path);
                continue;
            }
            _seen[path] = (state.Length, state.LastWriteTimeUtc, false);
            if (now - state.LastWriteTimeUtc >= _settings.WatchSettle && seen == default) ready.Add(path);
        }
        if (ready.Count == 0) return;

        var readOptions = ReadOptions.Default with { MaxFileBytes = (long)(_settings.MaxReportMb * 1024 * 1024) };
        var reports = new List<Model.Report>();
        foreach (var result in ReportReader.Read(ready, readOptions))
        {
            if (result.Problem is { } problem) log.LogWarning("watch: {Problem}", problem.ToString());
            reports.AddRange(result.Reports);
        }
        foreach (var path in ready)
        {
            var s = _seen[path];
            _seen[path] = (s.Size, s.Time, true);
        }
        if (reports.Count == 0) return;
        using var lease = stores.Rent();
        var store = lease.Store;
        var added = store.Add(reports);
        log.LogInformation("watch: {Added} reports added, {Unchanged} unchanged", added.Added.Count, added.Unchanged.Count);
        if (added.Added.Count > 0) analysis.Request();
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
