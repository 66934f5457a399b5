using Crosscheck.Cli;

namespace Crosscheck.Tests.Cli;

/// <summary>The outcome of one in-process `crosscheck` run.</summary>
internal sealed record CliRun(int Code, string Out, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>
/// Runs the command in-process with its own streams and environment (no global Console
/// redirection, no real environment variables), so CLI tests can run in parallel.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("crosscheck-cli-test-");

    public CliHarness() => Home = Directory.CreateDirectory(Path.Combine(_root.FullName, "home")).FullName;

    public string Home { get; }

    public Dictionary<string, string> Environment { get; } = [];

    public string Root => _root.FullName;

    public string StorePath => Path.Combine(Root, "store.db");

    /// <summary>Whether the command is told that stderr is a terminal (progress bars are drawn only then).</summary>
    public bool ErrorIsTerminal { get; set; }

    public CliRun Run(params string[] args) => RunWithStdin([], args);

    public CliRun RunWithStdin(string stdin, params string[] args) => RunWithStdin(System.Text.Encoding.UTF8.GetBytes(stdin), args);

    public CliRun RunWithStdin(byte[] stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var host = new CliHost(output, error, () => new MemoryStream(stdin, writable: false), OutIsTerminal: false, ErrorIsTerminal,
            name => Environment.TryGetValue(name, out var v) ? v : null, Home)
        {
            // A terminal here is a modern one: the test must not depend on the machine's TERM.
            ErrorAnsi = ErrorIsTerminal ? true : null,
        };
        var code = CommandLine.Run(args, host);
        return new CliRun(code, output.ToString(), error.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>Writes a file under the test's folder and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteBytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Folder(string relativePath) => Directory.CreateDirectory(Path.Combine(Root, relativePath)).FullName;

    public void Dispose()
    {
        try { _root.Delete(recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    /// <summary>A small plain-text report with the header the readers understand.</summary>
    public static string Article(string date, string title, string source, string body) =>
        $"date {date}\ntitle {title}\nsource {source}\n\n{body}\n";

    public const string FloodBody =
        "Floodwaters swept through the valley town on Tuesday, killing at least two people and forcing "
        + "about 300 residents from their homes, the mayor said. \"We have never seen the river this high,\" she said.";

    public const string StormBody =
        "A storm tore roofs off dozens of houses in the coastal district late on Monday. Three people were injured, "
        + "officials said on Tuesday, and power was cut to 4,000 homes.";
}
