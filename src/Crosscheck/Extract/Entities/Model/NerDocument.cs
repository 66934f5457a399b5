namespace Crosscheck.Extract.Entities.Model;

/// <summary>
/// One document's facts about each of its word forms (lower-cased), gathered over all its sentences
/// by <see cref="NerFeatures.Document"/>: a name is usually written in full and in plain sentence
/// case somewhere in a story, and that mention tells the tagger what a headline in capitals, a
/// sentence's first word or a bare surname elsewhere is.
/// </summary>
public sealed class NerDocument
{
    // How a form is written somewhere in the document (Seen.How bits).
    internal const int Lower = 1, CapMid = 2, CapOpening = 4, AllCaps = 8, Mixed = 16, InRun = 32,
        RunFirst = 64, RunMiddle = 128, RunLast = 256, Alone = 512;

    /// <summary>
    /// Facts of one form: how it is written (bits above), the cue lists of the words before and after
    /// its capitalised mentions, and the cues, gazetteer bits and gazetteer kinds of the capitalised
    /// runs of two or more words it is part of.
    /// </summary>
    internal readonly record struct Seen(int How, int PrevCues, int NextCues, int RunCues, int RunGaz, int Kinds);

    private readonly Dictionary<string, Seen> _words;

    internal NerDocument(Dictionary<string, Seen> words) => _words = words;

    internal Seen? Of(string lower) => _words.TryGetValue(lower, out var seen) ? seen : null;
}
