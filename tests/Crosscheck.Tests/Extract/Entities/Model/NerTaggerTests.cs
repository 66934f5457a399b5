using Crosscheck.Extract.Entities.Model;
using Crosscheck.Gazetteer;

namespace Crosscheck.Tests.Extract.Entities.Model;

public class NerTaggerTests
{
    // Invented names in typical news frames; the tagger must learn the frames, not the names.
    private static readonly string[] People = ["Marta Velkova", "Tomas Reinholt", "Ines Calder", "Pavel Ostrik", "Lena Durand", "Oskar Bremm"];
    private static readonly string[] Orgs = ["Velmar Council", "Northgate Agency", "Orvik Ministry", "Telsa Union", "Hollin Institute", "Arvand Committee"];
    private static readonly string[] Places = ["Dornholm", "Varkesh", "Lindquay", "Strovna", "Ebberton", "Quellbury"];

    private static readonly Func<string, string, string, string>[] Frames =
    [
        (p, o, l) => $"{p} said the {o} would send aid to {l} on Monday .",
        (p, o, l) => $"In {l} , officials of the {o} met {p} .",
        (p, o, l) => $"The {o} confirmed that {p} had arrived in {l} .",
        (p, o, l) => $"Residents of {l} told {p} that the {o} had left .",
    ];

    internal static List<NerSentence> Sentences(int from, int to)
    {
        var result = new List<NerSentence>();
        // Every person with every organisation and place of the range, so no name goes with one frame only.
        for (var i = from; i < to; i++)
        for (var shift = 0; shift < to - from; shift++)
        {
            var j = from + (i - from + shift) % (to - from);
            var k = from + (i - from + 2 * shift + 1) % (to - from);
            foreach (var frame in Frames)
            {
                var text = frame(People[i], Orgs[j], Places[k]);
                var tokens = text.Split(' ');
                var labels = new int[tokens.Length];
                Mark(tokens, labels, People[i], 0);
                Mark(tokens, labels, Orgs[j], 1);
                Mark(tokens, labels, Places[k], 2);
                result.Add(new NerSentence(tokens, labels) { Document = result.Count }); // independent sentences
            }
        }
        return result;
    }

    private static void Mark(string[] tokens, int[] labels, string name, int type)
    {
        var words = name.Split(' ');
        for (var i = 0; i + words.Length <= tokens.Length; i++)
        {
            if (!tokens.AsSpan(i, words.Length).SequenceEqual(words)) continue;
            labels[i] = 1 + 2 * type;
            for (var k = 1; k < words.Length; k++) labels[i + k] = 2 + 2 * type;
        }
    }

    internal static NerModel TrainTiny() => NerTrainer.Train(Sentences(0, 4), new NerTrainingOptions(Bits: 16, Epochs: 8, Seed: 3));

    [Fact]
    public void Learns_its_training_sentences()
    {
        var model = TrainTiny();
        foreach (var s in Sentences(0, 4))
        {
            Assert.Equal(s.Labels, model.TagIds(s.Tokens));
        }
    }

    [Fact]
    public void Generalises_to_names_it_never_saw_in_the_same_frames()
    {
        var model = TrainTiny();
        var tokens = "Oskar Bremm said the Arvand Committee would send aid to Quellbury on Monday .".Split(' ');
        var tags = model.Tag(tokens);
        Assert.Equal(["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "B-PLACE", "O", "O", "O"], tags);
    }

    [Fact]
    public void Untrained_model_tags_nothing()
    {
        var model = NerTrainer.Train([], new NerTrainingOptions(Bits: 12, Epochs: 1));
        Assert.All(model.Tag(["Marta", "Velkova", "spoke"]), t => Assert.Equal("O", t));
    }

    [Fact]
    public void Decoding_never_starts_a_name_with_an_inside_label()
    {
        // Weights that prefer I-PERSON everywhere: Viterbi must still return valid BIO.
        const int L = 7;
        var weights = new float[16 * L];
        for (var r = 0; r < 16; r++) weights[r * L + 2] = 5;
        var features = new[] { new[] { 1 }, new[] { 2 }, new[] { 3 } };
        var path = NerModel.Decode(features, weights, new float[L * L], new float[L]);
        Assert.NotEqual(2, path[0]);
        for (var i = 1; i < path.Length; i++)
        {
            Assert.True(NerModel.Allowed(path[i - 1], path[i]), $"{path[i - 1]} -> {path[i]}");
        }
    }

    [Fact]
    public void Feature_extraction_is_deterministic()
    {
        string[] tokens = ["President", "Ines", "Calder", "visited", "Paris", "on", "Tuesday", "."];
        var first = new NerFeatures(GazetteerIndex.Default, WordClusters.Empty).Extract(tokens, 18);
        var second = new NerFeatures(GazetteerIndex.Default, WordClusters.Empty).Extract([.. tokens], 18);
        Assert.Equal(first.Length, second.Length);
        for (var i = 0; i < first.Length; i++) Assert.Equal(first[i], second[i]);
        Assert.All(first.SelectMany(f => f), id => Assert.InRange(id, 0, (1 << 18) - 1));
    }

    [Fact]
    public void A_warm_cache_gives_the_same_features_as_a_cold_one()
    {
        string[] tokens = ["Oskar", "Bremm", "of", "the", "Arvand", "Committee", "spoke", "in", "Quellbury"];
        var warm = new NerFeatures(GazetteerIndex.Default, WordClusters.Empty);
        warm.Extract(["Quellbury", "Committee", "said", "Oskar"], 18);
        var cold = new NerFeatures(GazetteerIndex.Default, WordClusters.Empty).Extract(tokens, 18);
        var again = warm.Extract(tokens, 18);
        for (var i = 0; i < tokens.Length; i++) Assert.Equal(cold[i], again[i]);
    }

    [Fact]
    public void Document_features_see_how_a_word_is_written_elsewhere_in_the_document()
    {
        var features = new NerFeatures(GazetteerIndex.Default, WordClusters.Empty);
        string[] headline = ["DORNHOLM", "WINS", "AGAIN"];
        string[] body = ["Residents", "of", "Dornholm", "cheered", "the", "team", "."];
        var alone = features.Extract(headline, 18);
        var inDocument = features.Extract(headline, 18, NerScheme.Names, features.Document([headline, body]));
        // "DORNHOLM" is written capitalised mid-sentence in the body: new facts; "WINS" is not in the body.
        Assert.NotEqual(alone[0], inDocument[0]);
        Assert.Equal(alone[1], inDocument[1]);
    }

    [Fact]
    public void A_sentence_tagged_without_a_document_is_its_own_document()
    {
        var model = TrainTiny();
        var tokens = "Residents of Lindquay told Marta Velkova that the Velmar Council had left .".Split(' ');
        Assert.Equal(model.TagIds(tokens, NerScheme.Names, model.Document([tokens])), model.TagIds(tokens));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 6)]
    [InlineData(5, 9)]
    public void Tagging_a_window_uses_the_whole_sentence_as_context(int from, int to)
    {
        var model = TrainTiny();
        var tokens = "Oskar Bremm said the Arvand Committee would send aid to Quellbury on Monday .".Split(' ');
        var window = model.TagIds(tokens, from, to);
        var sink = new NerFeatures(GazetteerIndex.Default, WordClusters.Empty);
        var whole = sink.Extract(tokens, 16);
        var part = new List<int[]>();
        var visitor = new Collect(part);
        sink.Visit(tokens, from, to, 16, NerScheme.Names, ref visitor);
        Assert.Equal(to - from, window.Length);
        Assert.Equal(to - from, part.Count);
        for (var i = from; i < to; i++) Assert.Equal(whole[i], part[i - from]);
    }

    private struct Collect(List<int[]> into) : NerFeatures.ISink
    {
        private List<int>? _current;

        public void Token(int index)
        {
            if (_current is not null) into.Add([.. _current]);
            _current = index >= 0 ? [] : null;
        }

        public void Add(int id)
        {
            if (id >= 0) _current!.Add(id);
            else Token(-1);
        }
    }

    [Fact]
    public void The_mentions_scheme_learns_what_names_only_data_leaves_out()
    {
        // Names-only sentences never mark "he"; mentions sentences do: each scheme keeps its own.
        var names = Sentences(0, 4);
        var mentions = Sentences(0, 4).Select(s =>
        {
            var tokens = s.Tokens.ToArray();
            var labels = s.Labels.ToArray();
            var p = Array.IndexOf(labels, 1);
            if (p < 0 || p + 1 >= labels.Length || labels[p + 1] != 2) return s with { Scheme = NerScheme.Mentions };
            tokens = [.. tokens[..p], "he", .. tokens[(p + 2)..]];
            labels = [.. labels[..p], 1, .. labels[(p + 2)..]];
            return new NerSentence(tokens, labels) { Scheme = NerScheme.Mentions };
        });
        var names2 = names.Select(s =>
        {
            var p = s.Labels.ToList().IndexOf(1);
            if (p < 0 || p + 1 >= s.Labels.Count || s.Labels[p + 1] != 2) return s;
            var tokens = s.Tokens.ToArray();
            var labels = s.Labels.ToArray();
            return new NerSentence([.. tokens[..p], "he", .. tokens[(p + 2)..]], [.. labels[..p], 0, .. labels[(p + 2)..]]);
        });
        var model = NerTrainer.Train([.. names, .. names2, .. mentions], new NerTrainingOptions(Bits: 16, Epochs: 8, Seed: 3));
        var tokens = "he said the Arvand Committee would send aid to Quellbury on Monday .".Split(' ');
        Assert.Equal(NerLabels.Begin(0), model.TagIds(tokens, NerScheme.Mentions)[0]);
        Assert.Equal(NerLabels.Outside, model.TagIds(tokens, NerScheme.Names)[0]);
    }

    [Fact]
    public void Features_see_the_neighbours()
    {
        // Same word, different left neighbour: the features must differ.
        var a = new NerFeatures(GazetteerIndex.Default, WordClusters.Empty).Extract(["Mayor", "Calder", "spoke"], 18)[1];
        var b = new NerFeatures(GazetteerIndex.Default, WordClusters.Empty).Extract(["the", "Calder", "spoke"], 18)[1];
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("Paris", "Xxxxx", "Xx")]
    [InlineData("NATO", "XXXX", "X")]
    [InlineData("al-Assad", "xx-Xxxxx", "x-Xx")]
    [InlineData("2024", "dddd", "d")]
    public void Word_shapes_map_case_and_digits(string word, string shape, string brief)
    {
        Assert.Equal((shape, brief), NerFeatures.Shapes(word));
    }

    [Fact]
    public void Save_and_load_round_trip()
    {
        var model = TrainTiny();
        using var stream = new MemoryStream();
        model.Save(stream);
        var bytes = stream.ToArray();
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        foreach (var s in Sentences(4, 6))
        {
            Assert.Equal(model.Tag(s.Tokens), loaded.Tag(s.Tokens));
        }
        using var again = new MemoryStream();
        loaded.Save(again);
        Assert.Equal(bytes, again.ToArray());
    }

    [Fact]
    public void Word_classes_survive_the_model_file()
    {
        var text = Enumerable.Range(0, 30).Select(i => new[] { "the", "city", "of", i % 2 == 0 ? "dornholm" : "varkesh", "grew" }).ToList();
        var clusters = WordClusters.Build(text, coarse: 2, fine: 3, seed: 1, minCount: 3);
        Assert.True(clusters.Of("dornholm") >= 0);
        Assert.Equal(-1, clusters.Of("unseen"));
        var model = new NerModel(10, new float[(1 << 10) * 7], new float[49], new float[7], clusters);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);
        Assert.Equal(clusters.Of("dornholm"), loaded.Clusters.Of("dornholm"));
        Assert.Equal(clusters.Count, loaded.Clusters.Count);
    }

    [Fact]
    public void Load_rejects_a_file_that_is_not_a_model()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(new byte[64]);
        }
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => NerModel.Load(stream));
    }

    [Fact]
    public void Shipped_model_finds_plain_news_names()
    {
        var tags = NerModel.Default.Tag("Chancellor Angela Merkel met officials of the European Union in Brussels on Friday .".Split(' '));
        Assert.Equal("B-PERSON", tags[1]);
        Assert.Equal("I-PERSON", tags[2]);
        Assert.Equal("B-PLACE", tags[10]);
        Assert.Equal("O", tags[12]);
    }
}
