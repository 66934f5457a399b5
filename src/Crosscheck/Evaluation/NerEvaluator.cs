using Crosscheck.Extract.Entities.Model;

namespace Crosscheck.Evaluation;

/// <summary>Counts of one entity type (or of all): true positives, false positives, false negatives.</summary>
public sealed record NerScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Entity-level exact-span scoring (CoNLL style): a predicted name counts only when its first
/// token, last token and type all match a gold name. Per type (PERSON, ORG, PLACE) and micro over
/// all three. Accumulates over as many sentences as it is given.
/// </summary>
public sealed class NerEvaluator
{
    private readonly int[] _tp = new int[3];
    private readonly int[] _fp = new int[3];
    private readonly int[] _fn = new int[3];

    /// <summary>Adds one sentence: gold and predicted BIO label ids (see <see cref="NerLabels"/>), one per token.</summary>
    public void Add(IReadOnlyList<int> gold, IReadOnlyList<int> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted differ in length", nameof(predicted));
        var g = Spans(gold);
        var p = Spans(predicted);
        foreach (var span in p)
        {
            if (g.Contains(span)) _tp[span.Type]++;
            else _fp[span.Type]++;
        }
        foreach (var span in g)
        {
            if (!p.Contains(span)) _fn[span.Type]++;
        }
    }

    /// <summary>Tags the sentence's tokens with the model (the sentence alone) and scores them against its gold labels.</summary>
    public void Add(NerModel model, NerSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentence);
        Add(sentence.Labels, model.TagIds(sentence.Tokens, sentence.Scheme));
    }

    /// <summary>
    /// Tags every sentence with the model, each with the facts of its document (the sentences with its
    /// <see cref="NerSentence.Document"/> number in a row), and scores them; returns the predictions, in order.
    /// </summary>
    public List<int[]> AddDocuments(NerModel model, IReadOnlyList<NerSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        var predictions = new List<int[]>(sentences.Count);
        for (var start = 0; start < sentences.Count;)
        {
            var end = start + 1;
            while (end < sentences.Count && sentences[end].Document == sentences[start].Document) end++;
            var document = model.Document(Enumerable.Range(start, end - start).Select(k => sentences[k].Tokens));
            for (var k = start; k < end; k++)
            {
                var predicted = model.TagIds(sentences[k].Tokens, sentences[k].Scheme, document);
                Add(sentences[k].Labels, predicted);
                predictions.Add(predicted);
            }
            start = end;
        }
        return predictions;
    }

    /// <summary>Per type, in <see cref="NerLabels.Types"/> order.</summary>
    public IReadOnlyList<NerScore> ByType =>
        [.. Enumerable.Range(0, 3).Select(t => new NerScore(NerLabels.Types[t], _tp[t], _fp[t], _fn[t]))];

    /// <summary>Micro-averaged over the three types.</summary>
    public NerScore Overall => new("ALL", _tp.Sum(), _fp.Sum(), _fn.Sum());

    /// <summary>The names in one sentence's BIO labels: first token, end (exclusive), type index.</summary>
    public static IReadOnlyCollection<(int Start, int End, int Type)> Names(IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return Spans(labels);
    }

    /// <summary>Names as (start, end exclusive, type) from BIO labels; an I- that does not continue its type starts a name.</summary>
    internal static HashSet<(int Start, int End, int Type)> Spans(IReadOnlyList<int> labels)
    {
        var spans = new HashSet<(int, int, int)>();
        var start = -1;
        var type = -1;
        for (var i = 0; i <= labels.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : NerLabels.Outside;
            var t = NerLabels.TypeOf(label);
            var continues = t >= 0 && t == type && !NerLabels.IsBegin(label);
            if (continues) continue;
            if (type >= 0) spans.Add((start, i, type));
            start = i;
            type = t;
        }
        return spans;
    }
}
