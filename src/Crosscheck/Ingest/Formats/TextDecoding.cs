using System.Text;
using System.Text.Unicode;

namespace Crosscheck.Ingest.Formats;

/// <summary>
/// Bytes to text, or the reason they are not text. Order matters: NUL bytes and magic numbers are
/// checked before decoding (a PNG is not "invalid UTF-8", it is binary), control characters after.
/// </summary>
internal static partial class TextDecoding
{
    private static readonly byte[][] BinaryMagic =
    [
        "%PDF"u8.ToArray(), [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], "GIF8"u8.ToArray(),
        [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46], "BZh"u8.ToArray(),
        [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], [0x37, 0x7A, 0xBC, 0xAF], "MZ"u8.ToArray(),
        [0xD0, 0xCF, 0x11, 0xE0], "SQLite format"u8.ToArray(), "RIFF"u8.ToArray(), "OggS"u8.ToArray(),
        [0x00, 0x00, 0x00], "ID3"u8.ToArray(),
    ];

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns null and a one-line reason.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, ReadOptions options, out string? reason)
    {
        reason = null;
        if (bytes.IsEmpty)
        {
            reason = "empty file";
            return null;
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]))
            text = Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            if (LooksBinary(bytes, options))
            {
                reason = "binary file, not text";
                return null;
            }
            // Valid UTF-8 wins over a declaration (sites often mis-declare); invalid UTF-8 with a
            // declared legacy charset (windows-1252, ISO-8859-x, KOI8-R, Shift_JIS, Big5, ...) is
            // decoded as declared.
            var declared = Utf8.IsValid(bytes) ? null : DeclaredEncoding(bytes);
            if (declared is null && !Utf8.IsValid(bytes))
            {
                var bad = CountInvalidUtf8Bytes(bytes);
                if (bad > Math.Max(1, bytes.Length * options.MaxInvalidUtf8Share))
                {
                    reason = $"invalid UTF-8 ({bad} bad bytes)";
                    return null;
                }
            }
            // Encoding.UTF8 replaces what is left of invalid sequences by U+FFFD.
            text = (declared ?? Encoding.UTF8).GetString(bytes);
        }

        if (ControlCharShare(text) > options.MaxControlCharShare)
        {
            reason = "binary file, not text";
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "empty file";
            return null;
        }
        return text;
    }

    private static readonly Lazy<bool> CodePages = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>
    /// The charset the bytes declare in their first few kilobytes: an XML prolog
    /// (<c>encoding="koi8-r"</c>) or an HTML meta tag (<c>charset=windows-1251</c>); null when none
    /// is declared, the name is unknown, or it is UTF-8 itself.
    /// </summary>
    internal static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = CharsetDeclaration().Match(head);
        if (!m.Success) return null;
        _ = CodePages.Value;
        try
        {
            var encoding = Encoding.GetEncoding(m.Groups[1].Value);
            return encoding.CodePage == Encoding.UTF8.CodePage ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name: treat as undeclared
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:<\?xml[^>]*\bencoding\s*=\s*[""']|<meta[^>]*\bcharset\s*=\s*[""']?)([A-Za-z0-9._:-]+)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CharsetDeclaration();

    private static bool LooksBinary(ReadOnlySpan<byte> bytes, ReadOptions options)
    {
        foreach (var magic in BinaryMagic)
            if (bytes.StartsWith(magic)) return true;
        var head = bytes[..Math.Min(bytes.Length, options.SniffBytes)];
        return head.Contains((byte)0);
    }

    internal static int CountInvalidUtf8Bytes(ReadOnlySpan<byte> bytes)
    {
        var bad = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) bad += Math.Max(consumed, 1);
            bytes = bytes[Math.Max(consumed, 1)..];
        }
        return bad;
    }

    private static double ControlCharShare(string text)
    {
        var n = Math.Min(text.Length, 65536);
        if (n == 0) return 0;
        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' or '\f') continue;
            if (c < ' ' || c is >= '\u007F' and <= '\u009F') control++;
        }
        return (double)control / n;
    }
}
