using System.Globalization;
using System.Text;

namespace Crosscheck.Store;

/// <summary>
/// The passage of a report around the first word of a search, with every searched word marked
/// <c>[like this]</c>: what a results list shows under a title.
/// </summary>
internal static class SearchSnippet
{
    private const int Before = 60;
    private const int Length = 200;

    public static string Cut(string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var first = words.Select(w => FindWord(text, w, 0)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - Before);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--; // do not cut a word
        var end = Math.Min(text.Length, start + Length);
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;

        var passage = text[start..end].ReplaceLineEndings(" ");
        var marked = new StringBuilder(passage.Length + 16);
        if (start > 0) marked.Append('…');
        var at = 0;
        while (at < passage.Length)
        {
            var (hit, length) = NextHit(passage, words, at);
            if (hit < 0) { marked.Append(passage, at, passage.Length - at); break; }
            marked.Append(passage, at, hit - at).Append('[').Append(passage, hit, length).Append(']');
            at = hit + length;
        }
        if (end < text.Length) marked.Append('…');
        return marked.ToString();
    }

    private static (int At, int Length) NextHit(string text, IReadOnlyList<string> words, int from)
    {
        var best = (-1, 0);
        foreach (var word in words)
        {
            var i = FindWord(text, word, from);
            if (i >= 0 && (best.Item1 < 0 || i < best.Item1)) best = (i, word.Length);
        }
        return best;
    }

    /// <summary>The next whole-word, case- and accent-insensitive occurrence, as FTS5 matched it.</summary>
    private static int FindWord(string text, string word, int from)
    {
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        while (from < text.Length)
        {
            var i = compare.IndexOf(text, word, from, options);
            if (i < 0) return -1;
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]))) return i;
            from = i + 1;
        }
        return -1;
    }
}
