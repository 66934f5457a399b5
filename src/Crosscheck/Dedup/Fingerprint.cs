using System.Globalization;
using System.Text;
using Crosscheck.Gazetteer;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Dedup;

/// <summary>
/// What copy detection knows of one report: a hash of its normalised body, its word shingles (with
/// a MinHash signature of them), and its skeleton — the numbers, names and quote openings in
/// reading order, which survive translation when the words do not.
/// </summary>
internal sealed class Fingerprint
{
    private Fingerprint(ulong textHash, int words, ulong[] shingles, ulong[] skeleton, ulong[] skeletonGrams, DateOnly? published, ParagraphOutline? outline)
    {
        Outline = outline;
        TextHash = textHash;
        Words = words;
        Shingles = shingles;
        Skeleton = skeleton;
        SkeletonGrams = skeletonGrams;
        Published = published;
    }

    public ulong TextHash { get; }

    /// <summary>Word and number tokens in the body; zero means nothing to compare.</summary>
    public int Words { get; }

    /// <summary>Distinct word-shingle hashes, sorted.</summary>
    public ulong[] Shingles { get; }

    /// <summary>Skeleton token hashes in reading order.</summary>
    public ulong[] Skeleton { get; }

    /// <summary>Distinct skeleton-shingle hashes, sorted.</summary>
    public ulong[] SkeletonGrams { get; }

    public DateOnly? Published { get; }

    /// <summary>Paragraph lengths, numbers and names per paragraph, for translated copies; null without sentences.</summary>
    public ParagraphOutline? Outline { get; }

    public ulong[] MinHash { get; private set; } = [];

    public static Fingerprint Of(Report report, DedupOptions options)
    {
        var tokens = report.Require(Layers.Tokens);
        var words = new List<ulong>(tokens.Count);
        var textHash = 14695981039346656037UL;
        foreach (var t in tokens)
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var h = Hash64.Of(Fold(t.Text));
            words.Add(h);
            textHash = Hash64.Combine(textHash, h);
        }
        var shingles = Shingle(words, options.ShingleSize);
        var skeleton = SkeletonBuilder.Build(report, tokens);
        var grams = skeleton.Count >= options.SkeletonGram ? Shingle(skeleton, options.SkeletonGram) : [];
        return new Fingerprint(words.Count == 0 ? 0 : textHash, words.Count, shingles, [.. skeleton], grams, report.Published?.Date,
            ParagraphOutline.Of(report, tokens));
    }

    public void ComputeMinHash(MinHasher hasher) => MinHash = hasher.Signature(Shingles);

    /// <summary>The segmenter's tokens when present; a local segmentation otherwise (the stage must not depend on it).</summary>

    /// <summary>Sorted distinct hashes of every run of <paramref name="size"/> items; one shingle for a shorter sequence.</summary>
    internal static ulong[] Shingle(IReadOnlyList<ulong> items, int size)
    {
        if (items.Count == 0) return [];
        var count = Math.Max(1, items.Count - size + 1);
        var result = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var h = (ulong)size;
            var end = Math.Min(items.Count, i + size);
            for (var k = i; k < end; k++) h = Hash64.Combine(h, items[k]);
            result[i] = h;
        }
        Array.Sort(result);
        var n = 1;
        for (var i = 1; i < result.Length; i++)
            if (result[i] != result[n - 1]) result[n++] = result[i];
        return n == result.Length ? result : result[..n];
    }

    /// <summary>
    /// Lower case without accents: "Café" and "cafe" are one word. Accents are folded by
    /// <see cref="NameKey"/>'s table because FormD does not decompose under InvariantGlobalization.
    /// </summary>
    internal static string Fold(string word) => NameKey.FoldWord(word);

    /// <summary>Size of the intersection of two sorted distinct arrays.</summary>
    internal static int Intersect(ulong[] a, ulong[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    /// <summary>Length of the longest common subsequence (two-row dynamic programme).</summary>
    internal static int Lcs(ulong[] a, ulong[] b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        foreach (var x in a)
        {
            for (var j = 1; j <= b.Length; j++)
                cur[j] = x == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
