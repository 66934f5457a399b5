namespace Crosscheck.Web.Hosting;

/// <summary>The server's settings: the configuration section <c>Crosscheck</c> (arguments like
/// <c>--Crosscheck:Store=FILE</c>, or environment variables <c>Crosscheck__Store</c>).</summary>
public sealed class ServerSettings
{
    public const string Section = "Crosscheck";

    /// <summary>The SQLite store file; created when missing.</summary>
    public string Store { get; set; } = "";

    /// <summary>The bearer token writes need. Empty: writes only from loopback clients.</summary>
    public string? Token { get; set; }

    /// <summary>A folder whose report files are ingested as they appear or change.</summary>
    public string? Watch { get; set; }

    /// <summary>The largest request body, in megabytes.</summary>
    public double MaxRequestMb { get; set; } = 25;

    /// <summary>The largest single report, in megabytes (as the CLI's --max-file-mb).</summary>
    public double MaxReportMb { get; set; } = 20;

    /// <summary>How long a new or changed file in the watched folder must stay unchanged before it is read
    /// (a file still being written is not read half-way).</summary>
    public TimeSpan WatchSettle { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the watched folder is rescanned, whatever the file system reports.</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(2);
}
