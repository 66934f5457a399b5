using System.Text.RegularExpressions;

namespace Crosscheck.Web.Api;

/// <summary>
/// A word-level comparison of two texts (Myers' O(ND) difference algorithm over word-and-space
/// tokens), for showing what an outlet changed in its copy of a wire story. Copies differ in a few
/// places, so D is small and the run is near-linear; two unrelated long texts are cut off at a bound
/// and reported as one deletion and one insertion.
/// </summary>
internal static partial class WordDiff
{
    public enum Op { Equal, Delete, Insert }

    public sealed record Piece(Op Op, string Text);

    /// <summary>Beyond this many edits the texts are not copies: report them as replaced wholesale.</summary>
    private const int MaxEdits = 1000;

    public static IReadOnlyList<Piece> Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var a = Tokens(left);
        var b = Tokens(right);

        // Common prefix and suffix first: copies share most of their text.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;

        var pieces = new List<Piece>();
        Emit(pieces, Op.Equal, a.AsSpan(0, prefix));
        var middle = Middle(a[prefix..^suffix], b[prefix..^suffix]);
        foreach (var (op, tokens) in middle) Emit(pieces, op, tokens);
        Emit(pieces, Op.Equal, a.AsSpan(a.Length - suffix));
        return pieces;
    }

    /// <summary>The share of the two texts' tokens that are unchanged (0..1).</summary>
    public static double Similarity(IReadOnlyList<Piece> pieces, string left, string right)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        var total = Tokens(left ?? "").Length + Tokens(right ?? "").Length;
        if (total == 0) return 1;
        var equal = pieces.Where(p => p.Op == Op.Equal).Sum(p => Tokens(p.Text).Length);
        return Math.Round(2.0 * equal / total, 3);
    }

    private static List<(Op, string[])> Middle(string[] a, string[] b)
    {
        if (a.Length == 0 && b.Length == 0) return [];
        if (a.Length == 0) return [(Op.Insert, b)];
        if (b.Length == 0) return [(Op.Delete, a)];

        var n = a.Length;
        var m = b.Length;
        var max = Math.Min(n + m, MaxEdits);
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y]) { x++; y++; }
                v[offset + k] = x;
                if (x >= n && y >= m) return Backtrack(trace, a, b, offset, d);
            }
        }
        return [(Op.Delete, a), (Op.Insert, b)];
    }

    private static List<(Op, string[])> Backtrack(List<int[]> trace, string[] a, string[] b, int offset, int depth)
    {
        var steps = new List<(Op Op, string Token)>();
        int x = a.Length, y = b.Length;
        for (var d = depth; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var prevK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var prevX = v[offset + prevK];
            var prevY = prevX - prevK;
            while (x > prevX && y > prevY) { steps.Add((Op.Equal, a[--x])); y--; }
            if (x == prevX) steps.Add((Op.Insert, b[--y]));
            else steps.Add((Op.Delete, a[--x]));
        }
        while (x > 0 && y > 0) { steps.Add((Op.Equal, a[--x])); y--; }
        steps.Reverse();

        var runs = new List<(Op, string[])>();
        var i = 0;
        while (i < steps.Count)
        {
            var j = i;
            while (j < steps.Count && steps[j].Op == steps[i].Op) j++;
            runs.Add((steps[i].Op, steps.Skip(i).Take(j - i).Select(s => s.Token).ToArray()));
            i = j;
        }
        return runs;
    }

    private static void Emit(List<Piece> pieces, Op op, ReadOnlySpan<string> tokens)
    {
        if (tokens.IsEmpty) return;
        var text = string.Concat(tokens);
        if (pieces.Count > 0 && pieces[^1].Op == op) pieces[^1] = new Piece(op, pieces[^1].Text + text);
        else pieces.Add(new Piece(op, text));
    }

    /// <summary>Words, runs of white space and single punctuation marks: concatenated, they give the text back.</summary>
    private static string[] Tokens(string text) => TokenPattern().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"\w+|\s+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
