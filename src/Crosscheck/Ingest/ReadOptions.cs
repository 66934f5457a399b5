namespace Crosscheck.Ingest;

/// <summary>
/// Limits and tolerances for reading inputs. Defaults are documented on each property; change them
/// with <c>with</c>: <c>ReadOptions.Default with { MaxFileBytes = 1024 }</c>.
/// </summary>
public sealed record ReadOptions
{
    public static ReadOptions Default { get; } = new();

    /// <summary>
    /// Files larger than this are refused before they are read (default 20 MB): a news report is a
    /// few kilobytes, a multi-megabyte input is a dump or a mistake, and it must not be loaded to find out.
    /// </summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>
    /// Share of bytes that may be invalid UTF-8 (each replaced by U+FFFD) before a file is refused
    /// (default 0.001, one bad byte per thousand). A stray bad byte in a scraped page is tolerated;
    /// a file in a legacy encoding, where every accented letter is invalid, is not.
    /// </summary>
    public double MaxInvalidUtf8Share { get; init; } = 0.001;

    /// <summary>
    /// Share of control characters (other than tab, new line, carriage return, form feed) above which
    /// decoded content counts as binary (default 0.02).
    /// </summary>
    public double MaxControlCharShare { get; init; } = 0.02;

    /// <summary>How many leading bytes are inspected for NUL bytes and magic numbers (default 8 KB).</summary>
    public int SniffBytes { get; init; } = 8192;
}
