using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Store;

/// <summary>
/// What makes two inputs the same report (a content hash over the text and the metadata read with
/// it), and how to give two different reports that share a file name distinct, stable ids.
/// </summary>
public static class ReportIdentity
{
    /// <summary>Lower-case hex SHA-256 of the raw text and the reader's metadata (not the origin path:
    /// the same file copied elsewhere is the same report).</summary>
    public static string ContentHash(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(report.RawText.Length + 128);
        // Unit separators keep "ab"+"c" apart from "a"+"bc"; the prefix versions the recipe.
        sb.Append("crosscheck-report-v1").Append('\u001f')
          .Append(report.Metadata.Title).Append('\u001f')
          .Append(report.Metadata.Outlet).Append('\u001f')
          .Append(report.Metadata.Wire).Append('\u001f')
          .Append(report.Metadata.Url).Append('\u001f')
          .Append(report.Metadata.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\u001f')
          .Append(report.Metadata.Published?.Basis.ToString()).Append('\u001f')
          .Append(report.Metadata.Language).Append('\u001f')
          .Append(report.RawText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>
    /// An id not in <paramref name="taken"/>: <paramref name="id"/> itself, else the id with a short
    /// content hash before its extension ("flood.txt" → "flood-1a2b3c4d.txt"), else with a counter.
    /// Deterministic for a given order of inputs.
    /// </summary>
    public static string Unique(string id, string contentHash, Func<string, bool> taken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(contentHash);
        ArgumentNullException.ThrowIfNull(taken);
        if (!taken(id)) return id;
        var shortHash = contentHash.Length > 8 ? contentHash[..8] : contentHash;
        var candidate = WithSuffix(id, shortHash);
        for (var n = 2; taken(candidate); n++)
            candidate = WithSuffix(id, string.Create(CultureInfo.InvariantCulture, $"{shortHash}-{n}"));
        return candidate;
    }

    /// <summary>A copy of a report as read (no annotation layers) under another id.</summary>
    public static Report WithId(Report report, string id)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.WithId(id);
    }

    /// <summary>Gives reports that share an id distinct ids (the first keeps its own).</summary>
    public static IReadOnlyList<Report> MakeIdsUnique(IReadOnlyList<Report> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var used = new HashSet<string>(reports.Count, StringComparer.Ordinal);
        var result = new Report[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            if (used.Add(report.Id)) { result[i] = report; continue; }
            var id = Unique(report.Id, ContentHash(report), used.Contains);
            used.Add(id);
            result[i] = WithId(report, id);
        }
        return result;
    }

    private static string WithSuffix(string id, string suffix)
    {
        var ext = Path.GetExtension(id);
        // Only a short, plain extension counts ("x.txt"); "v1.2 notes" keeps its dot in the stem.
        if (ext.Length is < 2 or > 6 || ext.AsSpan(1).ContainsAnyExcept(AsciiLetters)) ext = "";
        return string.Concat(id.AsSpan(0, id.Length - ext.Length), "-", suffix, ext);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
}
