using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Ingest.Formats;

/// <summary>
/// Plain text with an optional header: <c>date YYYY-MM-DD</c>, <c>title ...</c>, <c>source ...</c>,
/// <c>url ...</c> lines, then a blank line. Also accepted: the date written on the first line of the
/// text (" date 2025-06-03 Russia said..."), and a bare headline line followed by a blank line.
/// The header never reaches <see cref="Report.RawText"/>.
/// </summary>
internal static partial class PlainTextFormat
{
    /// <summary>A headline longer than this is more likely the lede paragraph.</summary>
    private const int MaxHeadlineChars = 200;

    public static Report Parse(string text, string id, string origin)
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var bodyStart = ReadHeader(text, header);
        var body = text[bodyStart..];

        string? title = header.GetValueOrDefault("title");
        if (title is null && TrySplitHeadline(body, out var headline, out var rest))
        {
            title = headline;
            body = rest;
        }

        PublishedDate? published = header.TryGetValue("date", out var d) && MetadataDate.TryParse(d, out var date)
            ? new PublishedDate(date, DateBasis.Header)
            : null;
        return new Report(id, body)
        {
            Origin = origin,
            Title = title,
            Url = header.GetValueOrDefault("url"),
            Outlet = header.GetValueOrDefault("source"),
            Published = published,
        };
    }

    /// <summary>Fills <paramref name="header"/> and returns where the body starts (0 when there is no header).</summary>
    internal static int ReadHeader(string text, Dictionary<string, string> header)
    {
        var pos = 0;
        var strictOnly = true; // every line so far is a date or URL in its exact form
        while (pos < text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text[pos..lineEnd].TrimEnd('\r');
            var next = end < 0 ? text.Length : end + 1;

            if (line.Trim().Length == 0)
            {
                if (header.Count == 0) { pos = next; continue; }
                return SkipBlankLines(text, next);
            }

            var inline = InlineDate().Match(line);
            if (inline.Success && MetadataDate.TryParse(inline.Groups[1].Value, out _))
            {
                header.TryAdd("date", inline.Groups[1].Value);
                return pos + inline.Length;
            }

            var m = HeaderLine().Match(line);
            if (!m.Success) break;
            var key = Canonical(m.Groups[1].Value.ToLowerInvariant());
            var value = m.Groups[2].Value.Trim();
            bool valid = key switch
            {
                "date" => MetadataDate.TryParse(value, out _),
                "url" => value.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !value.Contains(' ', StringComparison.Ordinal),
                _ => value.Length > 0,
            };
            if (!valid) break;
            strictOnly &= key is "date" or "url";
            header.TryAdd(key, value);
            pos = next;
        }

        // Header lines with no blank line after them: trust only those that cannot be prose.
        if (header.Count > 0 && strictOnly) return pos;
        header.Clear();
        return 0;
    }

    private static int SkipBlankLines(string text, int pos)
    {
        var p = pos;
        while (p < text.Length)
        {
            var end = text.IndexOf('\n', p);
            var lineEnd = end < 0 ? text.Length : end;
            if (text.AsSpan(p, lineEnd - p).Trim().Length > 0) return p;
            if (end < 0) return text.Length;
            p = end + 1;
        }
        return p;
    }

    private static string Canonical(string key) => key switch
    {
        "published" or "pubdate" => "date",
        "headline" => "title",
        "outlet" or "site" or "publisher" => "source",
        "link" => "url",
        _ => key,
    };

    /// <summary>A first line that reads as a headline: short, no closing punctuation, a blank line and more text after it.</summary>
    private static bool TrySplitHeadline(string body, out string headline, out string rest)
    {
        headline = rest = "";
        var start = SkipBlankLines(body, 0);
        var end = body.IndexOf('\n', start);
        if (end < 0) return false;
        var first = body[start..end].Trim();
        if (first.Length is 0 or > MaxHeadlineChars) return false;
        if (first[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2019' or '\'' or '\u2026') return false;
        var afterFirst = end + 1;
        var blank = body.IndexOf('\n', afterFirst);
        if (blank < 0 || body.AsSpan(afterFirst, blank - afterFirst).Trim().Length != 0) return false;
        var restStart = SkipBlankLines(body, blank + 1);
        if (restStart >= body.Length) return false;
        headline = first;
        rest = body[restStart..];
        return true;
    }

    [GeneratedRegex(@"^\s*(date|published|pubdate|title|headline|source|outlet|site|publisher|url|link)\s*[:=]?\s+(\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    /// <summary>" date 2025-06-03 Russia said..." — the header date written on the first line of the text.</summary>
    [GeneratedRegex(@"^\s*(?:date|published)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?[ \t]+(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineDate();
}
