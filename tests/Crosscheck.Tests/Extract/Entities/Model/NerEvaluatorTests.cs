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

    // CoNLL-2003 layout (token, part of speech, chunk, IOB1 tag) with invented names: the chunk
    // column looks like a tag too, and must not be read as the token.
    private const string Conll2003 = """
        -DOCSTART- -X- -X- O

        RUGBY NNP B-NP O
        - : O O
        VELMAR NNP B-NP I-ORG
        BEAT VBD B-VP O
        ORVIK NNP B-NP I-ORG

        DORNHOLM NNP B-NP I-LOC
        1996-08-30 CD I-NP O

        Ines NNP B-NP I-PER
        Calder NNP I-NP I-PER
        Tomas NNP I-NP B-PER
        Reinholt NNP I-NP I-PER
        scored VBD B-VP O
        in IN B-PP O
        the DT B-NP O
        Strovna NNP I-NP I-MISC
        Cup NNP I-NP I-MISC
        1 CD B-NP O
        . . O O

        -DOCSTART- -X- -X- O

        Lindquay NNP B-NP I-LOC
        won VBD B-VP O
        """;

    [Fact]
    public void Reads_conll2003_columns_token_first_and_tag_last()
    {
        var sentences = ConllReader.Read(new StringReader(Conll2003));
        Assert.Equal(4, sentences.Count);
        Assert.Equal(["RUGBY", "-", "VELMAR", "BEAT", "ORVIK"], sentences[0].Tokens);
        Assert.Equal(["DORNHOLM", "1996-08-30"], sentences[1].Tokens);
        Assert.Equal("1", sentences[2].Tokens[^2]);
        Assert.Equal(["Lindquay", "won"], sentences[3].Tokens);
    }

    [Fact]
    public void Conll2003_iob1_tags_become_names_with_misc_left_out()
    {
        var sentences = ConllReader.Read(new StringReader(Conll2003));
        static string Names(NerSentence s) => string.Join(" ",
            NerEvaluator.Names(s.Labels).OrderBy(n => n.Start).Select(n => $"{n.Start}-{n.End}:{NerLabels.Types[n.Type]}"));
        // An I- after O starts a name; B- splits two touching names of one type; MISC is not ours.
        Assert.Equal("2-3:ORG 4-5:ORG", Names(sentences[0]));
        Assert.Equal("0-1:PLACE", Names(sentences[1]));
        Assert.Equal("0-2:PERSON 2-4:PERSON", Names(sentences[2]));
        Assert.Equal([1, 2, 1, 2], sentences[2].Labels.Take(4));
    }

    [Fact]
    public void Docstart_lines_and_newdoc_comments_number_the_documents()
    {
        var conll = ConllReader.Read(new StringReader(Conll2003));
        Assert.Equal([0, 0, 0, 1], conll.Select(s => s.Document));
        var uner = ConllReader.Read(new StringReader(Gold + "\n\n# newdoc id = d2\n1\tOslo\tB-LOC\t-\ta\n"));
        Assert.Equal([0, 0, 1], uner.Select(s => s.Document));
    }

    [Fact]
    public void Three_columns_read_as_index_token_tag_only_when_the_first_counts_the_tokens()
    {
        var indexed = Assert.Single(ConllReader.Read(new StringReader("1\tAna\tB-PER\n2\tsaw\tO\n3\t1996\tO\n")));
        Assert.Equal(["Ana", "saw", "1996"], indexed.Tokens);
        var pos = Assert.Single(ConllReader.Read(new StringReader("Ana NNP B-PER\n1996 CD O\n")));
        Assert.Equal(["Ana", "1996"], pos.Tokens);
    }

    [Fact]
    public void Sentences_of_a_file_without_document_markers_are_each_their_own_document()
    {
        var sentences = ConllReader.Read(new StringReader("Ana\tB-PER\n\nsaw\tO\n\nOslo\tB-LOC\n"));
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Document));
    }
}
