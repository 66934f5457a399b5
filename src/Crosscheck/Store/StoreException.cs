namespace Crosscheck.Store;

/// <summary>
/// The store cannot be opened, read or written (locked, corrupt, written by a newer version, disk
/// full). The message is one user-facing line that names the store.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException() { }

    public StoreException(string message) : base(message) { }

    public StoreException(string message, Exception inner) : base(message, inner) { }
}
