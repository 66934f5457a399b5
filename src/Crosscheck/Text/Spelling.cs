namespace Crosscheck.Text;

/// <summary>Nearest-name suggestions for a misspelled command, option or query parameter
/// ("did you mean --format?"), shared by the CLI and the HTTP API so both suggest alike.</summary>
public static class Spelling
{
    /// <summary>The candidate closest to <paramref name="given"/> (case-insensitive, leading dashes
    /// ignored) when it is within one typo per three letters, at least one; else null.</summary>
    public static string? Nearest(string given, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(candidates);
        var bare = given.TrimStart('-');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(bare, candidate.TrimStart('-'));
            if (distance < bestDistance || (distance == bestDistance && candidate.Length > best!.Length))
                (best, bestDistance) = (candidate, distance);
        }
        return bestDistance <= Math.Max(1, bare.Length / 3) ? best : null;
    }

    /// <summary>Optimal string alignment distance: Levenshtein with a swap of two neighbours counted
    /// as one edit, the commonest typo ("fromat"); letters compared case-insensitively.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2])
                    && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
