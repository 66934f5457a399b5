using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Crosscheck.Gazetteer;

namespace Crosscheck.Extract.Entities.Model;

/// <summary>
/// A linear sequence tagger for PERSON/ORG/PLACE names (BIO labels): hashed token features
/// (<see cref="NerFeatures"/>) score each label, label-to-label transition weights join them, and
/// Viterbi decoding finds the best sequence that is valid BIO. Trained as an averaged structured
/// perceptron (<see cref="NerTrainer"/>). Immutable, so one instance serves every thread;
/// <see cref="Default"/> is the model shipped in Data/ner-model.bin.gz, loaded on first use.
/// </summary>
public sealed class NerModel
{
    private const string ResourceName = "Crosscheck.Data.ner-model.bin.gz";
    private const int Magic = 0x52454E43; // "CNER"
    private const int Version = 2;
    private static readonly Lazy<NerModel> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly float[] _rows; // bucket * Stride + label: one feature, one 32-byte load
    private const int Stride = 8;
    private readonly float[] _transitions; // prev * Count + label
    private readonly float[] _start;

    internal NerModel(int bits, float[] weights, float[] transitions, float[] start, WordClusters clusters)
    {
        Clusters = clusters;
        Bits = bits;
        _transitions = transitions;
        _start = start;
        _rows = new float[weights.Length / NerLabels.Count * Stride];
        for (var r = 0; r < weights.Length / NerLabels.Count; r++)
        {
            Array.Copy(weights, r * NerLabels.Count, _rows, r * Stride, NerLabels.Count);
        }
        Features = new NerFeatures(null, clusters);
    }

    /// <summary>The shipped model.</summary>
    public static NerModel Default => Shared.Value;

    /// <summary>The word classes the features use (shipped inside the model file).</summary>
    internal WordClusters Clusters { get; }

    /// <summary>The feature extractor (with its cache of word forms).</summary>
    internal NerFeatures Features { get; }

    /// <summary>Feature buckets are 2^Bits.</summary>
    internal int Bits { get; }

    /// <summary>One BIO label per token ("O", "B-PERSON", "I-ORG", ...; see <see cref="NerLabels.All"/>).</summary>
    public IReadOnlyList<string> Tag(IReadOnlyList<string> tokens)
    {
        var ids = TagIds(tokens);
        var tags = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++) tags[i] = NerLabels.All[ids[i]];
        return tags;
    }

    /// <summary>Label ids of each token (indexes into <see cref="NerLabels.All"/>).</summary>
    public int[] TagIds(IReadOnlyList<string> tokens) => TagIds(tokens, NerScheme.Names);

    /// <summary>Label ids of each token, following an annotation scheme (see <see cref="NerScheme"/>).</summary>
    public int[] TagIds(IReadOnlyList<string> tokens, NerScheme scheme) => TagIds(tokens, scheme, null);

    /// <summary>
    /// Label ids of each token of one sentence of a document whose facts <see cref="Document"/> gathered
    /// (null: the sentence alone, a document of its own). A sentence tags best with its whole document.
    /// </summary>
    public int[] TagIds(IReadOnlyList<string> tokens, NerScheme scheme, NerDocument? document)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return TagIds(tokens, 0, tokens.Count, scheme, document);
    }

    /// <summary>The facts the tagger's document features need, gathered over all of one document's sentences.</summary>
    public NerDocument Document(IEnumerable<IReadOnlyList<string>> sentences) => Features.Document(sentences);

    /// <summary>
    /// Label ids of tokens[from..to) only, decoded as one sequence, the rest of the sentence serving
    /// as the features' context: cheaper than the whole sentence when only a few names need a type.
    /// </summary>
    internal int[] TagIds(IReadOnlyList<string> tokens, int from, int to, NerScheme scheme = NerScheme.Names, NerDocument? document = null)
    {
        if (to <= from) return [];
        var sink = new EmitSink(_rows, new float[(to - from) * Stride]);
        Features.Visit(tokens, from, to, Bits, scheme, ref sink, document);
        return Viterbi(sink.Emissions, Stride, to - from, _transitions, _start);
    }

    /// <summary>Sums the weight rows of each token's features into its label scores.</summary>
    private struct EmitSink(float[] rows, float[] emissions) : NerFeatures.ISink
    {
        private Vector256<float> _sum;
        private int _token = -1;

        public readonly float[] Emissions => emissions;

        public void Token(int index)
        {
            if (_token >= 0) _sum.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(emissions), (nuint)(_token * Stride));
            _sum = Vector256<float>.Zero;
            _token = index;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(int id)
        {
            if (id < 0)
            {
                Token(-1);
                return;
            }
            _sum += Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(rows), (nuint)id * Stride);
        }
    }

    /// <summary>Viterbi over label scores computed from feature arrays (training, tests).</summary>
    internal static int[] Decode(int[][] features, float[] weights, float[] transitions, float[] start)
    {
        const int L = NerLabels.Count;
        var n = features.Length;
        if (n == 0) return [];
        var emissions = new float[n * L];
        for (var i = 0; i < n; i++)
        {
            var e = emissions.AsSpan(i * L, L);
            foreach (var f in features[i])
            {
                var row = weights.AsSpan(f * L, L);
                for (var y = 0; y < L; y++) e[y] += row[y];
            }
        }
        return Viterbi(emissions, L, n, transitions, start);
    }

    /// <summary>Viterbi over label scores (token i's at emissions[i * stride]), with I-X allowed only after B-X or I-X.</summary>
    private static int[] Viterbi(float[] emissions, int stride, int n, float[] transitions, float[] start)
    {
        const int L = NerLabels.Count;
        var score = new float[n * L];
        var back = new int[n * L];
        for (var i = 0; i < n; i++)
        {
            var emit = emissions.AsSpan(i * stride, L);
            for (var y = 0; y < L; y++)
            {
                if (i == 0)
                {
                    score[y] = Allowed(-1, y) ? emit[y] + start[y] : float.NegativeInfinity;
                    continue;
                }
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < L; p++)
                {
                    if (!Allowed(p, y)) continue;
                    var s = score[(i - 1) * L + p] + transitions[p * L + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }
                score[i * L + y] = best + emit[y];
                back[i * L + y] = arg;
            }
        }
        var path = new int[n];
        var last = 0;
        for (var y = 1; y < L; y++)
        {
            if (score[(n - 1) * L + y] > score[(n - 1) * L + last]) last = y;
        }
        path[n - 1] = last;
        for (var i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]];
        return path;
    }

    /// <summary>BIO validity: an I- label continues a name of its own type.</summary>
    internal static bool Allowed(int previous, int label)
    {
        if (label == NerLabels.Outside || NerLabels.IsBegin(label)) return true;
        return previous >= 0 && previous != NerLabels.Outside && NerLabels.TypeOf(previous) == NerLabels.TypeOf(label);
    }

    /// <summary>
    /// Writes the model gzipped: header, transitions, then only the non-zero feature rows
    /// (delta-coded bucket, weights as half floats), which keeps it a few megabytes.
    /// </summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        const int L = NerLabels.Count;
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Bits);
        w.Write(L);
        foreach (var t in _transitions) w.Write(t);
        foreach (var s in _start) w.Write(s);
        w.Write(Clusters.Count);
        foreach (var (word, classes) in Clusters.Entries)
        {
            w.Write(word);
            w.Write7BitEncodedInt(classes);
        }
        var rows = _rows.Length / Stride;
        var nonZero = 0;
        for (var r = 0; r < rows; r++)
        {
            if (!RowIsZero(r)) nonZero++;
        }
        w.Write(nonZero);
        var previous = -1;
        for (var r = 0; r < rows; r++)
        {
            if (RowIsZero(r)) continue;
            w.Write7BitEncodedInt(r - previous);
            previous = r;
            for (var y = 0; y < L; y++) w.Write((Half)_rows[r * Stride + y]);
        }
    }

    private bool RowIsZero(int row)
    {
        for (var y = 0; y < NerLabels.Count; y++)
        {
            if ((Half)_rows[row * Stride + y] != Half.Zero) return false;
        }
        return true;
    }

    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var r = new BinaryReader(buffered);
        if (r.ReadInt32() != Magic || r.ReadInt32() != Version) throw new InvalidDataException($"not a Crosscheck NER model (version {Version})");
        var bits = r.ReadInt32();
        var labels = r.ReadInt32();
        if (labels != NerLabels.Count || bits is < 4 or > 26) throw new InvalidDataException("NER model has an unexpected shape");
        var transitions = new float[labels * labels];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        var start = new float[labels];
        for (var i = 0; i < start.Length; i++) start[i] = r.ReadSingle();
        var words = r.ReadInt32();
        var classes = new Dictionary<string, int>(words, StringComparer.Ordinal);
        for (var i = 0; i < words; i++) classes[r.ReadString()] = r.Read7BitEncodedInt();
        var weights = new float[(1 << bits) * labels];
        var rows = r.ReadInt32();
        var row = -1;
        for (var k = 0; k < rows; k++)
        {
            row += r.Read7BitEncodedInt();
            for (var y = 0; y < labels; y++) weights[row * labels + y] = (float)r.ReadHalf();
        }
        return new NerModel(bits, weights, transitions, start, new WordClusters(classes));
    }

    private static NerModel LoadEmbedded()
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        return Load(stream);
    }
}
