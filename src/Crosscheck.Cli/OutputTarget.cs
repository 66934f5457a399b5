using System.Text;

namespace Crosscheck.Cli;

/// <summary>Writes a command's result to stdout or to --out FILE.</summary>
internal static class OutputTarget
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// A file is written beside its destination under a temporary name and then moved over it, so a
    /// failed run leaves no half-written file and an existing one untouched.
    /// </summary>
    public static void Write(CliHost host, string? outPath, string content)
    {
        if (!content.EndsWith('\n')) content += "\n";
        if (string.IsNullOrEmpty(outPath) || outPath == "-")
        {
            host.Out.Write(content);
            host.Out.Flush();
            return;
        }

        var full = Path.GetFullPath(outPath);
        var temp = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, content, Utf8NoBom);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temp);
            throw new CliException(ExitCodes.OutputError, $"{outPath}: cannot write output: {e.Message}");
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* nothing was there, or it is already gone */ }
        catch (UnauthorizedAccessException) { /* the folder is not writable: nothing was created */ }
    }
}
