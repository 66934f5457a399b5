using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crosscheck.Ingest.Formats;
using Crosscheck.Model;

namespace Crosscheck.Ingest;

/// <summary>
/// Reads files, folders and standard input ("-") into reports: plain text (with or without a small
/// header), HTML pages, JSON Lines and RSS/Atom feeds. Never throws for bad input: each input that
/// cannot be used becomes a <see cref="ReadResult"/> with a one-line reason, and the others are still read.
/// </summary>
public static class ReportReader
{
    /// <summary>Read in folders; anything else in a folder is sniffed (a text file without extension is still read).</summary>
    private static readonly HashSet<string> SkippedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".json", ".md", ".markdown", ".rst", ".csv", ".tsv", ".yml", ".yaml", ".toml", ".ini", ".cfg", ".log", ".lock",
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".avif", ".heic",
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt",
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".tar", ".rar", ".zst",
        ".mp3", ".mp4", ".mov", ".avi", ".wav", ".ogg", ".webm", ".mkv",
        ".css", ".js", ".mjs", ".ts", ".py", ".cs", ".java", ".sh", ".exe", ".dll", ".so", ".dylib", ".bin", ".o", ".class",
        ".db", ".sqlite", ".sqlite3", ".parquet", ".pickle", ".pkl", ".woff", ".woff2", ".ttf", ".otf",
    };

    private static readonly HashSet<string> SkippedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "gold.json", "README", "README.txt", "LICENSE", "LICENSE.txt", "LICENCE", "NOTICE", "COPYING", "CHANGELOG", "Makefile", "Dockerfile",
    };

    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths) => Read(paths, ReadOptions.Default);

    /// <summary>Reads each path: a file, a folder (recursively; hidden and non-report files skipped) or "-" for standard input.</summary>
    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, ReadOptions options, Func<Stream>? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return Unique(ReadStdin(standardInput ?? Console.OpenStandardInput, options), ids, null);
                continue;
            }
            if (Directory.Exists(path))
            {
                var any = false;
                var files = ReportFiles(path, out var problem);
                foreach (var file in files)
                {
                    var result = ReadFile(file, options);
                    // A file that turns out not to be text inside a folder is reported, but only when it
                    // could have been a report: files without an extension are skipped quietly when binary.
                    if (result.Problem?.Reason == "binary file, not text" && Path.GetExtension(file).Length == 0) continue;
                    any = true;
                    yield return Unique(result, ids, Path.GetRelativePath(path, file).Replace('\\', '/'));
                }
                if (problem is not null) yield return ReadResult.Fail(path, problem);
                else if (!any) yield return ReadResult.Fail(path, "no reports found");
                continue;
            }
            yield return Unique(ReadFile(path, options), ids, null);
        }
    }

    public static ReadResult ReadFile(string path) => ReadFile(path, ReadOptions.Default);

    public static ReadResult ReadFile(string path, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            if (Directory.Exists(path)) return ReadResult.Fail(path, "is a folder");
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Fail(path, "no such file or folder");
            if (info.Length == 0) return ReadResult.Fail(path, "empty file");
            if (info.Length > options.MaxFileBytes) return ReadResult.Fail(path, TooLarge(info.Length, options));
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var bytes = ReadAtMost(stream, options.MaxFileBytes);
            if (bytes is null) return ReadResult.Fail(path, TooLarge(Math.Max(info.Length, options.MaxFileBytes + 1), options));
            return Parse(bytes, path, Path.GetFileName(path), options);
        }
        catch (UnauthorizedAccessException)
        {
            return ReadResult.Fail(path, "permission denied");
        }
        catch (IOException e)
        {
            return ReadResult.Fail(path, $"cannot read: {JsonLinesFormat.OneLine(e.Message)}");
        }
    }

    /// <summary>Reads a stream (standard input, an upload) as one input named <paramref name="origin"/>.</summary>
    public static ReadResult ReadStream(Stream stream, string origin, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(origin);
        options ??= ReadOptions.Default;
        try
        {
            var bytes = ReadAtMost(stream, options.MaxFileBytes);
            if (bytes is null) return ReadResult.Fail(origin, $"input too large (over the {Size(options.MaxFileBytes)} limit)");
            return Parse(bytes, origin, origin, options);
        }
        catch (IOException e)
        {
            return ReadResult.Fail(origin, $"cannot read: {JsonLinesFormat.OneLine(e.Message)}");
        }
    }

    /// <summary>SHA-256 (lower-case hex) of raw input bytes: the same file read twice hashes the same.</summary>
    public static string ContentHash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// SHA-256 of a report's decoded text before cleaning: stable for one record of a multi-record input
    /// (a feed item, a JSON line), where the file hash would change when other records do.
    /// </summary>
    public static string ContentHash(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ContentHash(Encoding.UTF8.GetBytes(report.RawText));
    }

    private static ReadResult ReadStdin(Func<Stream> open, ReadOptions options)
    {
        try
        {
            using var stream = open();
            return ReadStream(stream, "stdin", options);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            return ReadResult.Fail("stdin", $"cannot read: {JsonLinesFormat.OneLine(e.Message)}");
        }
    }

    internal static ReadResult Parse(byte[] bytes, string origin, string name, ReadOptions options)
    {
        var hash = ContentHash(bytes);
        var text = TextDecoding.Decode(bytes, options, out var reason);
        if (text is null) return ReadResult.Fail(origin, reason!) with { ContentHash = hash };
        ReadResult result;
        try
        {
            result = Detect(name, text) switch
            {
                InputKind.Html => HtmlFormat.Parse(text, name, origin),
                InputKind.Feed => FeedFormat.Parse(text, name, origin),
                InputKind.JsonLines => JsonLinesFormat.Parse(text, name, origin),
                _ => ReadResult.Ok(PlainTextFormat.Parse(text, name, origin)),
            };
        }
#pragma warning disable CA1031 // a parser bug on one odd input must not stop the batch; the reason is kept
        catch (Exception e)
#pragma warning restore CA1031
        {
            result = ReadResult.Fail(origin, $"could not parse: {JsonLinesFormat.OneLine(e.Message)}");
        }
        if (result.Reports.Count > 0 && result.Reports.All(r => string.IsNullOrWhiteSpace(r.RawText)))
            result = ReadResult.Fail(origin, "no text after the header");
        return result with { ContentHash = hash };
    }

    private enum InputKind { Text, Html, Feed, JsonLines }

    private static InputKind Detect(string name, string text)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart().ToString();
        switch (ext)
        {
            case ".rss" or ".atom" or ".rdf": return InputKind.Feed;
            case ".jsonl" or ".ndjson" or ".json": return InputKind.JsonLines;
            case ".xml": return FeedFormat.LooksLikeFeed(head) ? InputKind.Feed : InputKind.Html;
            case ".html" or ".htm" or ".xhtml" or ".shtml" or ".php" or ".asp" or ".aspx":
                return FeedFormat.LooksLikeFeed(head) && !head.Contains("<html", StringComparison.OrdinalIgnoreCase) ? InputKind.Feed : InputKind.Html;
        }
        // Any other name: the content decides. Prose never starts with a tag or a JSON object.
        if (head.StartsWith('<'))
        {
            if (FeedFormat.LooksLikeFeed(head) && !head.Contains("<html", StringComparison.OrdinalIgnoreCase)) return InputKind.Feed;
            if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.Contains("<html", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase)
                || head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase))
                return InputKind.Html;
        }
        if (head.StartsWith('{') && head.Contains('"', StringComparison.Ordinal)) return InputKind.JsonLines;
        return InputKind.Text;
    }

    private static IEnumerable<string> ReportFiles(string folder, out string? problem)
    {
        problem = null;
        try
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                IgnoreInaccessible = true,
                ReturnSpecialDirectories = false,
            };
            return Directory.EnumerateFiles(folder, "*", options)
                .Where(f => IsReportCandidate(folder, f))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot list folder: {JsonLinesFormat.OneLine(e.Message)}";
            return [];
        }
    }

    private static bool IsReportCandidate(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file);
        foreach (var part in relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
            if (part.StartsWith('.') || part.StartsWith('~')) return false;
        var name = Path.GetFileName(file);
        if (name.EndsWith('~') || SkippedNames.Contains(name) || SkippedNames.Contains(Path.GetFileNameWithoutExtension(name))) return false;
        return !SkippedExtensions.Contains(Path.GetExtension(name));
    }

    /// <summary>
    /// Keeps report ids unique within one read: a second "index.html" from another folder takes its
    /// relative path, and any remaining clash a numeric suffix.
    /// </summary>
    private static ReadResult Unique(ReadResult result, HashSet<string> ids, string? relativePath)
    {
        if (result.Reports.Count == 0) return result;
        var renamed = false;
        var reports = new List<Report>(result.Reports.Count);
        foreach (var report in result.Reports)
        {
            var id = report.Id;
            if (!ids.Add(id))
            {
                id = relativePath is not null && result.Reports.Count == 1 && ids.Add(relativePath) ? relativePath : NextFree(ids, report.Id);
                reports.Add(report.WithId(id));
                renamed = true;
            }
            else reports.Add(report);
        }
        return renamed ? result with { Reports = reports } : result;
    }

    private static string NextFree(HashSet<string> ids, string id)
    {
        for (var n = 2; ; n++)
        {
            var candidate = string.Create(CultureInfo.InvariantCulture, $"{id}~{n}");
            if (ids.Add(candidate)) return candidate;
        }
    }


    /// <summary>The whole stream, or null when it holds more than <paramref name="limit"/> bytes (never reads past limit + 1).</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - total))) > 0)
        {
            total += n;
            if (total > limit) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    private static string TooLarge(long length, ReadOptions options) => $"file too large ({Size(length)} > {Size(options.MaxFileBytes)} limit)";

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };
}
