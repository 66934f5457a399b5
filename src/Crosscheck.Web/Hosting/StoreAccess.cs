using Crosscheck.Store;
using Microsoft.Extensions.Options;

namespace Crosscheck.Web.Hosting;

/// <summary>
/// Opens the store for one unit of work. A <see cref="SqliteReportStore"/> is one connection and not
/// thread-safe; SQLite's WAL mode lets any number of readers run beside the one writer, so each
/// request opens its own (opening costs well under a millisecond) and disposes it.
/// </summary>
public sealed class StoreAccess
{
    public StoreAccess(IOptions<ServerSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Path = settings.Value.Store;
        if (string.IsNullOrWhiteSpace(Path)) throw new InvalidOperationException("no store: set Crosscheck:Store (crosscheck serve --store FILE)");
        // Create and migrate once at start-up, so that requests only ever open an existing store.
        using var store = SqliteReportStore.Open(Path);
    }

    public string Path { get; }

    public SqliteReportStore Open() => SqliteReportStore.OpenExisting(Path);
}
