using Crosscheck.Evaluation;
using Crosscheck.Extract.Entities.Model;

namespace Crosscheck.Tests.Extract.Entities.Model;

public class NerEvaluatorTests
{
    // UNER layout: index, token, tag, then bookkeeping columns; comment lines start documents.
    private const string Gold = """
        # newdoc id = d1
        # text = Mayor Ana Ruiz visited Port Lenna with the Red Cross .
        1	Mayor	O	-	-
        2	Ana	B-PER	-	a
        3	Ruiz	I-PER	-	a
        4	visited	O	-	-
        5	Port	B-LOC	-	a
        6	Lenna	I-LOC	-	a
        7	with	O	-	-
        8	the	O	-	-
        9	Red	B-ORG	-	a
        10	Cross	I-ORG	-	a
        11	.	O	-	-

        1	Ruiz	B-PER	-	a
        2	thanked	O	-	-
        3	Oslo	B-LOC	-	a
        """;

    // Predictions: person right, place cut short (wrong span), organisation typed PLACE, extra name, Oslo missed.
    private const string Predicted = """
        Mayor	B-PER
        Ana	B-PER
        Ruiz	I-PER
        visited	O
        Port	B-LOC
        Lenna	O
        with	O
        the	O
        Red	B-LOC
        Cross	I-LOC
        .	O

        Ruiz	B-PER
        thanked	O
        Oslo	O
        """;

    private static NerEvaluator Score()
    {
        var gold = ConllReader.Read(new StringReader(Gold));
        var predicted = ConllReader.Read(new StringReader(Predicted));
        Assert.Equal(2, gold.Count);
        var evaluator = new NerEvaluator();
        for (var i = 0; i < gold.Count; i++) evaluator.Add(gold[i].Labels, predicted[i].Labels);
        return evaluator;
    }

    [Fact]
    public void Exact_span_counts_per_type()
    {
        var byType = Score().ByType;
        // PERSON: Ana Ruiz and Ruiz right; "Mayor" extra.
        Assert.Equal(new NerScore("PERSON", 2, 1, 0), byType[0]);
        // ORG: Red Cross missed (typed PLACE).
        Assert.Equal(new NerScore("ORG", 0, 0, 1), byType[1]);
        // PLACE: "Port" and "Red Cross" wrong; Port Lenna and Oslo missed.
        Assert.Equal(new NerScore("PLACE", 0, 2, 2), byType[2]);
    }

    [Fact]
    public void Micro_precision_recall_and_f1()
    {
        var all = Score().Overall;
        Assert.Equal(2, all.TruePositives);
        Assert.Equal(3, all.FalsePositives);
        Assert.Equal(3, all.FalseNegatives);
        Assert.Equal(0.4, all.Precision, 6);
        Assert.Equal(0.4, all.Recall, 6);
        Assert.Equal(0.4, all.F1, 6);
    }

    [Fact]
    public void Nothing_found_scores_zero_not_nan()
    {
        var e = new NerEvaluator();
        e.Add([0, 1, 2], [0, 0, 0]);
        Assert.Equal(0, e.Overall.F1);
        Assert.Equal(0, e.Overall.Precision);
    }

    [Theory]
    [InlineData("B-PER I-PER O B-LOC", "0-2:0 3-4:2")] // IOB2
    [InlineData("I-PER I-PER O I-LOC", "0-2:0 3-4:2")] // IO / IOB1: I- after O starts a name
    [InlineData("B-PER B-PER I-PER", "0-1:0 1-3:0")] // B- splits two adjacent names
    [InlineData("S-PER B-ORG E-ORG I-ORG", "0-1:0 1-3:1 3-4:1")] // BIOES: E- ends a name
    [InlineData("B-Person I-Person B-Organisation B-Location B-GPE", "0-2:0 2-3:1 3-4:2 4-5:2")] // re3d and OntoNotes type names
    [InlineData("B-MISC I-MISC B-OTH B-O B-Weapon", "")] // other types are not ours
    [InlineData("B-corporation I-corporation B-person B-location", "0-2:1 2-3:0 3-4:2")] // WNUT 2017
    public void Reads_each_tag_scheme_into_names(string tags, string expected)
    {
        var raw = tags.Split(' ');
        var text = string.Join("\n", raw.Select((t, i) => $"w{i}\t{t}"));
        var sentence = Assert.Single(ConllReader.Read(new StringReader(text)));
        var names = NerEvaluator.Names(sentence.Labels).OrderBy(n => n.Start).Select(n => $"{n.Start}-{n.End}:{n.Type}");
        Assert.Equal(expected, string.Join(" ", names));
    }

    [Fact]
    public void Reader_takes_the_token_before_the_tag_and_skips_document_markers()
    {
        const string text = "-DOCSTART- O\n\nTampa I-LOC\nBay I-LOC\n\n\uFEFF\n7\tAl\tB-ORG\t-\tx\n8\t-\tI-ORG\t-\tx\n";
        var sentences = ConllReader.Read(new StringReader(text));
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Tampa", "Bay"], sentences[0].Tokens);
        Assert.Equal(["Al", "-"], sentences[1].Tokens);
        Assert.Equal([3, 4], sentences[1].Labels);
    }
}
