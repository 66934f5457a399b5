using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Text;

/// <summary>Adds the sentence and token layers.</summary>
public sealed class TextSegmenter : IReportStage
{
    public string Name => "segment";

    public IReadOnlyList<IDataKey> Requires => [];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Sentences, Layers.Tokens];

    public void Process(Report report)
    {
        var (sentences, tokens) = Segment(report.Text);
        report.Set(Layers.Sentences, sentences);
        report.Set(Layers.Tokens, tokens);
    }

    private static (List<Sentence>, List<Token>) Segment(string text)
    {
        var sentences = new List<Sentence>();
        var tokens = new List<Token>();
        foreach (var (span, paragraph) in SentenceSplitter.Split(text))
        {
            var index = sentences.Count;
            sentences.Add(new Sentence(index, span, paragraph));
            foreach (var (tspan, kind) in Tokenizer.Tokenize(text, span.Start, span.End))
            {
                tokens.Add(new Token(tokens.Count, tspan, text.Substring(tspan.Start, tspan.Length), kind, index));
            }
        }
        return (sentences, tokens);
    }
}
