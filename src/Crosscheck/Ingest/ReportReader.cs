using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// Reads files and folders into reports. STUB: plain text with the optional header only; the ingest
/// stage replaces this with text, HTML, feeds, JSON Lines and WARC.
/// </summary>
public static class ReportReader
{
    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return ReadFile(file);
            }
            else yield return ReadFile(path);
        }
    }

    public static ReadResult ReadFile(string path)
    {
        try
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            return ReadResult.Ok(new Report(Path.GetFileName(path), text) { Origin = path });
        }
        catch (IOException e)
        {
            return ReadResult.Fail(path, e.Message);
        }
    }
}
