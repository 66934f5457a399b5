using Crosscheck.Gazetteer;

namespace Crosscheck.Extract.Entities.Model;

/// <summary>
/// Training settings: feature buckets 2^Bits, passes over the data, shuffling seed, and the number
/// of coarse and fine word classes built from the text (0: none).
/// </summary>
public sealed record NerTrainingOptions(int Bits = 20, int Epochs = 10, int Seed = 1, int CoarseClasses = 0, int FineClasses = 0);

/// <summary>
/// Averaged structured perceptron (Collins 2002): decode each training sentence with the current
/// weights, and where the best path differs from the gold one, add the gold path's features and
/// transitions and subtract the predicted ones. The returned model holds the weights averaged over
/// every step, which generalises far better than the last weights. Deterministic for a seed.
/// </summary>
public static class NerTrainer
{
    /// <param name="sentences">Labelled training sentences; those of one document (see <see cref="NerSentence.Document"/>) next to each other.</param>
    /// <param name="options">Settings.</param>
    /// <param name="unlabeled">Extra tokenised plain text for the word classes (the training sentences are used too).</param>
    /// <param name="afterEpoch">Called after each pass with its number and the averaged model so far (for dev scores).</param>
    public static NerModel Train(IReadOnlyList<NerSentence> sentences, NerTrainingOptions options,
        IReadOnlyList<IReadOnlyList<string>>? unlabeled = null, Action<int, NerModel>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(options);
        const int L = NerLabels.Count;
        var gazetteer = GazetteerIndex.Default;
        var clusters = WordClusters.Empty;
        if (options.CoarseClasses > 0 && options.FineClasses > 0)
        {
            var text = sentences.Select(s => s.Tokens).Concat(unlabeled ?? [])
                .Select(s => s.Select(t => t.ToLowerInvariant()).ToArray()).ToList();
            clusters = WordClusters.Build(text, options.CoarseClasses, options.FineClasses, options.Seed);
        }
        var features = new int[sentences.Count][][];
        var extractor = new NerFeatures(gazetteer, clusters);
        // Each sentence sees the facts of its document (see NerSentence.Document): sentences with the same number in a row.
        var documents = new NerDocument[sentences.Count];
        for (var start = 0; start < sentences.Count;)
        {
            var end = start + 1;
            while (end < sentences.Count && sentences[end].Document == sentences[start].Document) end++;
            var document = extractor.Document(Enumerable.Range(start, end - start).Select(k => sentences[k].Tokens));
            for (var k = start; k < end; k++) documents[k] = document;
            start = end;
        }
        Parallel.For(0, sentences.Count, i => features[i] = extractor.Extract(sentences[i].Tokens, options.Bits, sentences[i].Scheme, documents[i]));

        var size = (1 << options.Bits) * L;
        var w = new float[size];
        var u = new double[size]; // sum of step * update, for the lazy average w - u / steps
        var tw = new float[L * L];
        var tu = new double[L * L];
        var sw = new float[L];
        var su = new double[L];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        long step = 1;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var feats = features[s];
                var gold = sentences[s].Labels;
                var predicted = NerModel.Decode(feats, w, tw, sw);
                var differs = false;
                for (var i = 0; i < gold.Count && !differs; i++) differs = gold[i] != predicted[i];
                if (differs)
                {
                    for (var i = 0; i < gold.Count; i++)
                    {
                        int g = gold[i], p = predicted[i];
                        if (g != p)
                        {
                            foreach (var f in feats[i])
                            {
                                Update(w, u, f * L + g, 1, step);
                                Update(w, u, f * L + p, -1, step);
                            }
                        }
                        if (i == 0)
                        {
                            Update(sw, su, g, 1, step);
                            Update(sw, su, p, -1, step);
                        }
                        else
                        {
                            Update(tw, tu, gold[i - 1] * L + g, 1, step);
                            Update(tw, tu, predicted[i - 1] * L + p, -1, step);
                        }
                    }
                }
                step++;
            }
            if (afterEpoch is not null || epoch == options.Epochs)
            {
                var model = new NerModel(options.Bits, Average(w, u, step), Average(tw, tu, step), Average(sw, su, step), clusters);
                afterEpoch?.Invoke(epoch, model);
                if (epoch == options.Epochs) return model;
            }
        }
        return new NerModel(options.Bits, new float[size], new float[L * L], new float[L], clusters);
    }

    private static void Update(float[] w, double[] u, int index, int delta, long step)
    {
        w[index] += delta;
        u[index] += (double)step * delta;
    }

    private static float[] Average(float[] w, double[] u, long steps)
    {
        var result = new float[w.Length];
        for (var i = 0; i < w.Length; i++) result[i] = (float)(w[i] - u[i] / steps);
        return result;
    }
}
