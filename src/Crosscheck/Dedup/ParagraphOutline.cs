using System.Globalization;
using System.Text;
using Crosscheck.Gazetteer;
using Crosscheck.Model;

namespace Crosscheck.Dedup;

/// <summary>
/// The paragraph outline of a report, for finding translations: how long each paragraph is and which
/// numbers and names it holds. A translator (human or machine) renders a report paragraph by
/// paragraph, so a translation has as many paragraphs as its original, their lengths rise and fall
/// together (a long paragraph stays long in any language), and the numbers and names of each
/// paragraph reappear in the same paragraph. Two independent reports of one event share names and
/// figures, but not their paragraph-by-paragraph layout. This holds across scripts, where the word
/// shingles and the name skeleton fail (Cyrillic or Chinese against Latin, German nouns all capitalised).
/// </summary>
internal sealed class ParagraphOutline
{
    private static readonly Lazy<IReadOnlyDictionary<char, string>> Transliteration = new(LoadTransliteration);

    private ParagraphOutline(string language, double[] logLengths, ulong[][] anchors, ulong[][] numbers)
    {
        Language = language;
        LogLengths = logLengths;
        Anchors = anchors;
        Numbers = numbers;
    }

    public string Language { get; }

    /// <summary>Per paragraph, the log of its count of letters and digits (a length ratio between languages becomes an offset).</summary>
    public double[] LogLengths { get; }

    /// <summary>Per paragraph, the sorted distinct hashes of its numbers and names (names in a script-neutral spelling).</summary>
    public ulong[][] Anchors { get; }

    /// <summary>Per paragraph, the sorted distinct hashes of its numbers alone.</summary>
    public ulong[][] Numbers { get; }

    public int Paragraphs => LogLengths.Length;

    public static ParagraphOutline? Of(Report report, IReadOnlyList<Token> tokens)
    {
        var sentences = report.Get(Layers.Sentences);
        if (sentences is null || sentences.Count == 0) return null;
        var paragraphOfSentence = new int[sentences.Count];
        var paragraphs = 0;
        foreach (var s in sentences)
        {
            if (s.Index < paragraphOfSentence.Length) paragraphOfSentence[s.Index] = s.Paragraph;
            paragraphs = Math.Max(paragraphs, s.Paragraph + 1);
        }
        var lengths = new int[paragraphs];
        foreach (var s in sentences)
        {
            var text = report.Text.AsSpan(s.Span.Start, s.Span.Length);
            var n = 0;
            foreach (var c in text) if (char.IsLetterOrDigit(c)) n++;
            lengths[s.Paragraph] += n;
        }
        var anchors = new HashSet<ulong>[paragraphs];
        var numbers = new HashSet<ulong>[paragraphs];
        for (var p = 0; p < paragraphs; p++) { anchors[p] = []; numbers[p] = []; }
        var lastSentence = -1;
        var sentenceStart = true;
        foreach (var t in tokens)
        {
            if (t.Sentence != lastSentence) { lastSentence = t.Sentence; sentenceStart = true; }
            if (t.Sentence >= paragraphOfSentence.Length) continue;
            var p = paragraphOfSentence[t.Sentence];
            switch (t.Kind)
            {
                case TokenKind.Number:
                    AddNumber(DigitsOf(t.Text), numbers[p], anchors[p]);
                    break;
                case TokenKind.Word:
                    // Scripts written without spaces keep digits inside word tokens ("2022年").
                    foreach (var run in DigitRuns(t.Text)) AddNumber(run, numbers[p], anchors[p]);
                    if (IsName(t.Text, sentenceStart))
                    {
                        var key = ScriptNeutralKey(t.Text);
                        if (key.Length >= 3) anchors[p].Add(Hash64.Of(key));
                    }
                    break;
            }
            if (t.Kind is not (TokenKind.Punctuation or TokenKind.Symbol)) sentenceStart = false;
        }
        // Empty lines hold no sentence, so the paragraph indices are dense; a paragraph of only
        // punctuation (a divider) is dropped so that it does not shift the alignment.
        var keep = Enumerable.Range(0, paragraphs).Where(p => lengths[p] > 0).ToArray();
        return new ParagraphOutline(
            report.Language,
            keep.Select(p => Math.Log(lengths[p])).ToArray(),
            keep.Select(p => Sorted(anchors[p])).ToArray(),
            keep.Select(p => Sorted(numbers[p])).ToArray());
    }

    /// <summary>
    /// The Pearson correlation of the two outlines' log paragraph lengths when they are translations of
    /// each other by layout and anchors; else null. Same-language pairs are left to the word shingles.
    /// </summary>
    public static double? TranslationScore(ParagraphOutline a, ParagraphOutline b, DedupOptions options)
    {
        if (a.Language == b.Language && a.Language != "und") return null;
        var n = a.Paragraphs;
        if (n != b.Paragraphs || n < options.MinTranslationParagraphs) return null;
        var r = Correlation(a.LogLengths, b.LogLengths);
        if (r < options.TranslationLengthCorrelation) return null;
        var anchored = 0;
        double agree = 0, disagree = 0;
        for (var i = 0; i < n; i++)
        {
            if (Fingerprint.Intersect(a.Anchors[i], b.Anchors[i]) > 0) anchored++;
            var na = a.Numbers[i].Length;
            var nb = b.Numbers[i].Length;
            if (na > 0 && nb > 0)
            {
                if (Fingerprint.Intersect(a.Numbers[i], b.Numbers[i]) > 0) agree++;
                else disagree++;
            }
            else if (na > 0 || nb > 0) disagree += 0.5; // a translator keeps the figures of a paragraph
        }
        if (anchored == 0 || disagree > agree + 1) return null;
        // Stronger layout evidence needs fewer anchors: a text of many paragraphs whose lengths
        // follow another's almost exactly is a translation even when it shares one name.
        var strongLayout = r >= options.TranslationStrongCorrelation && n >= options.MinStrongLayoutParagraphs;
        if (!strongLayout && anchored < Math.Ceiling(options.TranslationAnchoredShare * n)) return null;
        return r;
    }

    private static void AddNumber(string digits, HashSet<ulong> numbers, HashSet<ulong> anchors)
    {
        if (digits.Length == 0) return;
        var h = Hash64.Combine(0x4E554D, Hash64.Of(digits));
        numbers.Add(h);
        anchors.Add(h);
    }

    /// <summary>A capitalised word away from the start of a sentence, or an acronym anywhere.</summary>
    private static bool IsName(string word, bool sentenceStart)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        if (!sentenceStart) return true;
        foreach (var c in word) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>
    /// A name's spelling with the script taken out: transliterated to Latin, then folded by
    /// <see cref="NameKey.Fold"/> (accents, y as i, w as v, doubled letters single) and cut to five
    /// letters, since case endings and transliteration habits differ after that.
    /// </summary>
    internal static string ScriptNeutralKey(string word)
    {
        var table = Transliteration.Value;
        var latin = new StringBuilder(word.Length + 4);
        // NameKey folds case and Latin accents by table (FormD does nothing under InvariantGlobalization).
        foreach (var c in NameKey.Normalize(word))
        {
            if (table.TryGetValue(c, out var spelled)) latin.Append(spelled);
            else if (c is >= 'a' and <= 'z') latin.Append(c);
        }
        var folded = NameKey.Fold(latin.ToString());
        return folded.Length <= 5 ? folded : folded[..5];
    }

    /// <summary>The digits of a number token, separators dropped: "1,200", "1.200" and "1200" agree across languages.</summary>
    private static string DigitsOf(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 32)];
        var n = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9' && n < buffer.Length) buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    private static IEnumerable<string> DigitRuns(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var digit = i < text.Length && text[i] is >= '0' and <= '9';
            if (digit && start < 0) start = i;
            else if (!digit && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - mx;
            var dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }

    private static ulong[] Sorted(HashSet<ulong> set)
    {
        var array = set.ToArray();
        Array.Sort(array);
        return array;
    }

    private static IReadOnlyDictionary<char, string> LoadTransliteration()
    {
        using var stream = typeof(ParagraphOutline).Assembly.GetManifestResourceStream("Crosscheck.Data.transliteration.tsv")
            ?? throw new InvalidOperationException("embedded resource transliteration.tsv is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab != 1) continue;
            table[line[0]] = line[(tab + 1)..].Trim();
        }
        return table;
    }
}
