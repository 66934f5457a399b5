using System.Collections.Concurrent;
using Crosscheck.Store;
using Microsoft.Extensions.Options;

namespace Crosscheck.Web.Hosting;

/// <summary>
/// Lends store connections to requests. A <see cref="SqliteReportStore"/> is one connection and not
/// thread-safe, so each request rents one for its duration; SQLite's WAL mode lets any number of
/// readers run beside the one writer. Opening a store costs milliseconds (the schema is parsed and
/// checked each time), so connections go back to a pool instead of being closed.
/// </summary>
public sealed class StoreAccess : IDisposable
{
    /// <summary>More idle connections than this are closed: a burst of requests leaves no lasting cost.</summary>
    private const int MaxIdle = 32;

    private readonly ConcurrentBag<SqliteReportStore> _idle = [];
    private volatile bool _disposed;

    public StoreAccess(IOptions<ServerSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Path = settings.Value.Store;
        if (string.IsNullOrWhiteSpace(Path)) throw new InvalidOperationException("no store: set Crosscheck:Store (crosscheck serve --store FILE)");
        // Create and migrate once at start-up, so that requests only ever open an existing store.
        _idle.Add(SqliteReportStore.Open(Path));
    }

    public string Path { get; }

    /// <summary>A store for one unit of work; dispose the lease to give it back.</summary>
    public Lease Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new Lease(this, _idle.TryTake(out var store) ? store : SqliteReportStore.OpenExisting(Path));
    }

    private void Return(SqliteReportStore store)
    {
        if (_disposed || _idle.Count >= MaxIdle) store.Dispose();
        else _idle.Add(store);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var store)) store.Dispose();
    }

    /// <summary>A rented store.</summary>
    public readonly struct Lease : IDisposable
    {
        private readonly StoreAccess _owner;

        internal Lease(StoreAccess owner, SqliteReportStore store)
        {
            _owner = owner;
            Store = store;
        }

        public SqliteReportStore Store { get; }

        public void Dispose() => _owner?.Return(Store);
    }
}
