using System.Runtime.CompilerServices;

namespace Crosscheck.Dedup;

/// <summary>
/// A fast, well-mixed 64-bit hash for shingles and fingerprints (System.IO.Hashing is not
/// available). FNV-1a over UTF-16 code units, then the SplitMix64 finaliser so that every output
/// bit depends on every input bit; not cryptographic, and not needed to be.
/// </summary>
internal static class Hash64
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h ^= c;
            h *= Prime;
        }
        return Mix(h);
    }

    /// <summary>Appends one value to a running hash; order matters, so "a b" and "b a" differ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong seed, ulong value) => Mix(seed ^ (value + 0x9E3779B97F4A7C15UL + (seed << 6) + (seed >> 2)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
