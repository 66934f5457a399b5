using Crosscheck.Model;

namespace Crosscheck.Evaluation;

/// <summary>
/// Carries spans of the cleaned text back to the raw text the gold offsets point into. The cleaner
/// drops lines and evens out spaces but keeps the words of the lines it keeps, so a span is found
/// by its own text, searched from a little before where the shift of the last span found puts it
/// (then anywhere).
/// </summary>
internal sealed class OffsetMap(string raw, string cleaned)
{
    private readonly bool _identity = string.Equals(raw, cleaned, StringComparison.Ordinal);
    private int _shift;

    public TextSpan? ToRaw(TextSpan span)
    {
        if (_identity) return span;
        if (span.End > cleaned.Length) return null;
        var needle = cleaned.Substring(span.Start, span.Length);
        if (needle.Length == 0) return null;
        var from = Math.Clamp(span.Start + _shift - 200, 0, raw.Length);
        var at = raw.IndexOf(needle, from, StringComparison.Ordinal);
        if (at < 0) at = raw.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) return null;
        _shift = at - span.Start;
        return new TextSpan(at, needle.Length);
    }
}
