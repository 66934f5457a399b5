namespace Crosscheck.Model;

/// <summary>A half-open character range [Start, Start+Length) in a report's cleaned text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start}..{End})";
}
