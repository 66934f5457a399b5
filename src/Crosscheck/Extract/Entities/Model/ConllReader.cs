namespace Crosscheck.Extract.Entities.Model;

/// <summary>One sentence of a CoNLL/IOB file: its tokens and their BIO label ids (see <see cref="NerLabels"/>).</summary>
public sealed record NerSentence(IReadOnlyList<string> Tokens, IReadOnlyList<int> Labels)
{
    /// <summary>The annotation scheme its labels follow.</summary>
    public NerScheme Scheme { get; init; }
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
/// Reads CoNLL-style NER files: one token a line, the tag in the last column that looks like a tag
/// and the token in the column before it (so UNER's "index token tag - annotator" and the plain
/// "token tag" forms both read), tab- or space-separated; a blank line or -DOCSTART- ends a
/// sentence; "# key = value" comment lines are skipped.
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
        void Flush()
        {
            if (tokens.Count > 0) sentences.Add(new NerSentence(tokens.ToArray(), NerLabels.Normalize(tags)));
            tokens.Clear();
            tags.Clear();
        }
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim().Trim('\uFEFF');
            if (trimmed.Length == 0 || trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }
            var hasTab = trimmed.Contains('\t', StringComparison.Ordinal);
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
            tokens.Add(fields[tagAt - 1]);
            tags.Add(fields[tagAt]);
        }
        Flush();
        return sentences;
    }
}
