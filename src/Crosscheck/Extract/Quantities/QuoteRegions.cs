namespace Crosscheck.Extract.Quantities;

/// <summary>
/// Character ranges of a text that lie inside double quotation marks. Quotes never span lines: a
/// quotation left open at a line's end (the news habit for a quote running on into the next
/// paragraph) closes there.
/// </summary>
internal sealed class QuoteRegions
{
    private readonly List<(int Start, int End)> _regions = [];

    public QuoteRegions(string text)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (open >= 0) _regions.Add((open, i));
                open = -1;
            }
            else if (c is '\u201c' or '\u00ab' or '\u201e')
            {
                if (open < 0) open = i + 1;
            }
            else if (c is '\u201d' or '\u00bb')
            {
                if (open >= 0) _regions.Add((open, i));
                open = -1;
            }
            else if (c == '"')
            {
                if (open < 0) open = i + 1;
                else
                {
                    _regions.Add((open, i));
                    open = -1;
                }
            }
        }
        if (open >= 0) _regions.Add((open, text.Length));
    }

    public bool Contains(int position)
    {
        int lo = 0, hi = _regions.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var (s, e) = _regions[mid];
            if (position < s) hi = mid - 1;
            else if (position >= e) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
