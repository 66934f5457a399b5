using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>
/// Carries spans of the cleaned text back to the raw text the gold offsets point into. The cleaner
/// drops lines and evens out spaces but keeps the words of the lines it keeps, so a span is found
/// by its own text, searched from a little before where the shift of the last span found puts it
/// (then anywhere). A short span ("he") is searched with the words around it first, so that it is
/// not found inside another word ("the") just before.
/// </summary>
internal sealed class OffsetMap(string raw, string cleaned)
{
    private readonly bool _identity = string.Equals(raw, cleaned, StringComparison.Ordinal);
    private int _shift;

    public TextSpan? ToRaw(TextSpan span)
    {
        if (_identity) return span;
        if (span.End > cleaned.Length) return null;
        if (span.Length == 0) return null;
        var from = Math.Clamp(span.Start + _shift - 200, 0, raw.Length);
        foreach (var context in Contexts)
        {
            var left = Math.Min(context, span.Start);
            var right = Math.Min(context, cleaned.Length - span.End);
            var needle = cleaned.Substring(span.Start - left, span.Length + left + right);
            var at = raw.IndexOf(needle, from, StringComparison.Ordinal);
            if (at < 0) at = raw.IndexOf(needle, StringComparison.Ordinal);
            if (at < 0) continue;
            at += left;
            _shift = at - span.Start;
            return new TextSpan(at, span.Length);
        }
        return null;
    }

    /// <summary>Characters of context either side tried in turn: the cleaner may have changed the spaces around a span.</summary>
    private static readonly int[] Contexts = [12, 4, 0];
}
