namespace Crosscheck.Model;

/// <summary>A sentence of the cleaned text. Paragraph is the index of the line block it sits in.</summary>
public sealed record Sentence(int Index, TextSpan Span, int Paragraph);

public enum TokenKind { Word, Number, Punctuation, Symbol }

public sealed record Token(int Index, TextSpan Span, string Text, TokenKind Kind, int Sentence)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}
