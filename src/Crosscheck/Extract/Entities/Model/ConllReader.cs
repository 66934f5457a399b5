namespace Crosscheck.Extract.Entities.Model;

/// <summary>One sentence of a CoNLL/IOB file: its tokens and their BIO label ids (see <see cref="NerLabels"/>).</summary>
public sealed record NerSentence(IReadOnlyList<string> Tokens, IReadOnlyList<int> Labels)
{
    /// <summary>The annotation scheme its labels follow.</summary>
    public NerScheme Scheme { get; init; }

    /// <summary>
    /// Which document of its file the sentence belongs to (0, 1, ...: counted at each -DOCSTART- line or
    /// "# newdoc" comment; in a file without either, each sentence is its own): the tagger's document
    /// features look at the other sentences of the same one.
    /// </summary>
    public int Document { get; init; }
}

/// <summary>
/// What a data set marks as a name. Most (UNER, CoNLL, WikiGold, WNUT) mark proper names only;
/// some (re3d) mark every mention of an entity: pronouns ("he", "we"), common-noun phrases ("the
/// city", "coalition forces") and the determiner before a name ("the United Nations"). The tagger
/// learns both from data annotated each way, through a few features that exist only in the second.
/// </summary>
public enum NerScheme
{
    /// <summary>Proper names only (the default, and what the engine uses).</summary>
    Names,

    /// <summary>Every mention, names, nominals and pronouns, spans including determiners (re3d).</summary>
    Mentions,
}

/// <summary>
/// Reads CoNLL-style NER files: one token a line, tab- or space-separated, the tag in the last
/// column that looks like a tag and the token in the first column ("token tag", and CoNLL-2003's
/// "token POS chunk tag", whose chunk column looks like a tag too), or in the second when the
/// first is a token index and the tag the third (UNER's "index token tag - annotator" and
/// "index token tag"). A blank
/// line ends a sentence; a -DOCSTART- line or a "# newdoc" comment also starts a new document;
/// other "# key = value" comment lines are skipped. Tags in IOB1, IOB2, IO, BIOES or BILOU all
/// read (see <see cref="NerLabels"/>; other types such as MISC read as O).
/// </summary>
public static class ConllReader
{
    public static List<NerSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return Read(reader);
    }

    public static List<NerSentence> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<NerSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var document = 0;
        var documentHasText = false;
        var sawMarker = false;
        void Flush()
        {
            if (tokens.Count > 0) sentences.Add(new NerSentence(tokens.ToArray(), NerLabels.Normalize(tags)) { Document = document });
            documentHasText |= tokens.Count > 0;
            tokens.Clear();
            tags.Clear();
        }
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim().Trim('\uFEFF');
            var hasTab = trimmed.Contains('\t', StringComparison.Ordinal);
            var newDocument = trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal)
                || (!hasTab && trimmed.StartsWith("# newdoc", StringComparison.Ordinal));
            sawMarker |= newDocument;
            if (trimmed.Length == 0 || newDocument)
            {
                Flush();
                if (newDocument && documentHasText)
                {
                    document++;
                    documentHasText = false;
                }
                continue;
            }
            if (trimmed[0] == '#' && !hasTab && trimmed.Contains(" = ", StringComparison.Ordinal)) continue;
            var fields = hasTab ? trimmed.Split('\t') : trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var tagAt = -1;
            for (var f = fields.Length - 1; f >= 1; f--)
            {
                if (NerLabels.LooksLikeTag(fields[f]))
                {
                    tagAt = f;
                    break;
                }
            }
            if (tagAt < 1) continue; // a line with no tag (a stray byte-order mark): not a token
            // "index token tag": the index column is a number that, in the three-column form, counts the
            // sentence's tokens (so that "token POS tag" with a numeric token reads the token).
            var indexed = tagAt == 2 && fields[0].All(char.IsAsciiDigit)
                && (fields.Length >= 4 || fields[0] == (tokens.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            tokens.Add(fields[indexed ? 1 : 0]);
            tags.Add(fields[tagAt]);
        }
        Flush();
        if (!sawMarker)
        {
            // No document markers: the sentences are independent (tweets, a shuffled sample), each
            // its own document, so that no document feature joins unrelated text.
            for (var i = 0; i < sentences.Count; i++) sentences[i] = sentences[i] with { Document = i };
        }
        return sentences;
    }
}
