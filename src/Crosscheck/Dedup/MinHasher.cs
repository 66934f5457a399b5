namespace Crosscheck.Dedup;

/// <summary>
/// MinHash signatures over shingle hashes, and their LSH band keys. The hash family is fixed by a
/// constant seed so that signatures, and so the copy groups, are the same on every run.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;

    public MinHasher(int hashes)
    {
        _multipliers = new ulong[hashes];
        _offsets = new ulong[hashes];
        var state = 0x5EED_C0FF_EE15_600DUL;
        for (var i = 0; i < hashes; i++)
        {
            state = Hash64.Mix(state + 0x9E3779B97F4A7C15UL);
            _multipliers[i] = state | 1; // odd: a bijection on 64-bit values
            state = Hash64.Mix(state + 0x9E3779B97F4A7C15UL);
            _offsets[i] = state;
        }
    }

    public ulong[] Signature(ulong[] shingles)
    {
        var sig = new ulong[_multipliers.Length];
        Array.Fill(sig, ulong.MaxValue);
        if (shingles.Length == 0) return sig;
        foreach (var s in shingles)
        {
            for (var i = 0; i < sig.Length; i++)
            {
                var v = (s ^ _offsets[i]) * _multipliers[i];
                v ^= v >> 29;
                if (v < sig[i]) sig[i] = v;
            }
        }
        return sig;
    }

    public static ulong BandKey(ulong[] signature, int band, int rows)
    {
        var h = (ulong)band + 1;
        for (var r = band * rows; r < (band + 1) * rows; r++) h = Hash64.Combine(h, signature[r]);
        return h;
    }
}
