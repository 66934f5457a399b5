using System.Text;
using System.Text.Unicode;

namespace Crosscheck.Ingest.Formats;

/// <summary>
/// Bytes to text, or the reason they are not text. Order matters: NUL bytes and magic numbers are
/// checked before decoding (a PNG is not "invalid UTF-8", it is binary), control characters after.
/// </summary>
internal static class TextDecoding
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
            if (!Utf8.IsValid(bytes))
            {
                var bad = CountInvalidUtf8Bytes(bytes);
                if (bad > Math.Max(1, bytes.Length * options.MaxInvalidUtf8Share))
                {
                    reason = $"invalid UTF-8 ({bad} bad bytes)";
                    return null;
                }
            }
            // Encoding.UTF8 replaces what is left of invalid sequences by U+FFFD.
            text = Encoding.UTF8.GetString(bytes);
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
