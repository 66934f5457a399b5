using System.Globalization;
using System.Text;
using Crosscheck.Extract.Quotes;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Evaluation;

/// <summary>
/// `crosscheck eval quotes DIR`: the engine's quotations and speakers against a PolNeAR-style
/// folder: <c>text/NAME.txt</c> articles and brat standoff <c>attributions/NAME_ANNOTATOR.ann</c>
/// (Source, Cue and Content spans tied by <c>E</c> relations). Where several annotators marked an
/// article, the first annotation file by name is used (not a merge). A gold attribution is a
/// quotation when its content holds a double quote mark or opens with a single one; the engine
/// finds only quotations, so the other attributions (reported speech) are left out.
/// A predicted quote matches the gold quotation whose content overlaps it most. Its speaker is
/// right when the mention its attribution names (the "he" of '..., he said', "the statement",
/// "Ana Ruiz") overlaps a gold source span — PolNeAR/PARC source-span overlap, which marks the
/// mention, not whom it refers to — or when the name it resolves to is a head word of a gold
/// source (a possessive before more words is not: "Ruiz's spokesman"), or of the nearest earlier
/// named gold source where the gold source is a pronoun. Headline: speaker accuracy over the
/// matched gold quotations that have a source; "speaker mention" and "speaker name" print each
/// half alone.
/// </summary>
public static class QuoteEvaluator
{
    internal sealed record GoldAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Sources, bool Quotation);

    /// <param name="mistakes">Where to list each found quotation whose speaker is wrong or missing, with its paragraph; none when null.</param>
    public static double Run(string directory, TextWriter output, DefaultPipeline? pipeline = null, TextWriter? mistakes = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        EvalReport.RequireDirectory(directory);
        var textDir = Path.Combine(directory, "text");
        var annDir = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
            throw new EvaluationInputException($"cannot read '{directory}': expected the folders text/ and attributions/ in it");
        var annotations = Directory.EnumerateFiles(annDir, "*.ann").Order(StringComparer.Ordinal).ToList();
        var articles = new List<(string Text, string Ann)>();
        foreach (var txt in Directory.EnumerateFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(txt);
            var ann = annotations.FirstOrDefault(a => Path.GetFileName(a).StartsWith(stem + "_", StringComparison.Ordinal) || Path.GetFileNameWithoutExtension(a) == stem);
            if (ann is not null) articles.Add((txt, ann));
        }
        if (articles.Count == 0) throw new EvaluationInputException($"cannot read '{directory}': no text/NAME.txt with an attributions/NAME_*.ann");

        pipeline ??= DefaultPipeline.Build();
        var results = new ArticleScore[articles.Count];
        var wrong = new List<string>?[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var (txt, ann) = articles[i];
            var text = Read(txt);
            if (mistakes is not null) wrong[i] = [];
            results[i] = ScoreArticle(pipeline, Path.GetFileNameWithoutExtension(txt), text, ParseAnn(Read(ann), text), wrong[i]);
        });
        var total = results.Aggregate((a, b) => a + b);
        if (mistakes is not null)
        {
            foreach (var list in wrong)
                foreach (var line in list!) mistakes.WriteLine(line);
        }

        output.WriteLine($"quotes: {articles.Count} articles, {total.GoldQuotations} gold quotations ({total.GoldAttributions} attributions in all), {total.Predicted} predicted quotes");
        EvalReport.Line(output, "content exact", Prf.Of(total.ExactPredicted, total.Predicted, total.ExactGold, total.GoldQuotations));
        EvalReport.Line(output, "content overlap", Prf.Of(total.OverlapPredicted, total.Predicted, total.MatchedGold, total.GoldQuotations));
        EvalReport.Line(output, "speaker given", $"{EvalReport.Fixed(Ratio(total.WithSpeaker, total.MatchedWithSource))} ({total.WithSpeaker} of {total.MatchedWithSource} found quotations have a speaker)");
        EvalReport.Line(output, "speaker mention", $"{EvalReport.Fixed(Ratio(total.MentionCorrect, total.MatchedWithSource))} ({total.MentionCorrect} of {total.MatchedWithSource}: the mention the attribution names overlaps the gold source)");
        EvalReport.Line(output, "speaker name", $"{EvalReport.Fixed(Ratio(total.NameCorrect, total.MatchedWithSource))} ({total.NameCorrect} of {total.MatchedWithSource}: the resolved speaker names the gold source or, for a pronoun, its antecedent)");
        EvalReport.Line(output, "speaker end-to-end", $"{EvalReport.Fixed(Ratio(total.SpeakerCorrect, total.GoldWithSource))} ({total.SpeakerCorrect} of {total.GoldWithSource} gold quotations with a source)");
        var accuracy = Ratio(total.SpeakerCorrect, total.MatchedWithSource);
        EvalReport.Line(output, "speaker accuracy", $"{EvalReport.Fixed(accuracy)} ({total.SpeakerCorrect} of {total.MatchedWithSource} found quotations with a gold source)");
        return EvalReport.Score(output, accuracy);
    }

    internal sealed record ArticleScore(int GoldAttributions, int GoldQuotations, int GoldWithSource, int Predicted,
        int ExactPredicted, int ExactGold, int OverlapPredicted, int MatchedGold, int MatchedWithSource, int WithSpeaker, int SpeakerCorrect, int MentionCorrect, int NameCorrect)
    {
        public static ArticleScore operator +(ArticleScore a, ArticleScore b) => new(
            a.GoldAttributions + b.GoldAttributions, a.GoldQuotations + b.GoldQuotations, a.GoldWithSource + b.GoldWithSource,
            a.Predicted + b.Predicted, a.ExactPredicted + b.ExactPredicted, a.ExactGold + b.ExactGold, a.OverlapPredicted + b.OverlapPredicted,
            a.MatchedGold + b.MatchedGold, a.MatchedWithSource + b.MatchedWithSource, a.WithSpeaker + b.WithSpeaker,
            a.SpeakerCorrect + b.SpeakerCorrect, a.MentionCorrect + b.MentionCorrect, a.NameCorrect + b.NameCorrect);
    }

    internal static ArticleScore ScoreArticle(DefaultPipeline pipeline, string id, string text, IReadOnlyList<GoldAttribution> gold, List<string>? mistakes = null)
    {
        var report = new Report(id, text);
        pipeline.Annotate(report);
        var map = new OffsetMap(text, report.Text);
        // The stage again, for the mention each attribution names (the layer keeps whom it resolves to).
        var predicted = QuoteExtractor.Find(report)
            .Select(f => (Content: map.ToRaw(f.Quote.Content), Speaker: f.Quote.Speaker, SpeakerSpan: f.Quote.SpeakerSpan is { } s ? map.ToRaw(s) : null,
                Mention: f.Source is { } m ? map.ToRaw(m) : null, f.Quote.Cue))
            .Where(q => q.Content is not null)
            .ToList();
        var quotations = gold.Where(g => g.Quotation).ToList();
        var allSources = gold.SelectMany(g => g.Sources).Distinct().OrderBy(s => s.Start).ToList();
        var overlapping = 0;
        var matched = new Dictionary<GoldAttribution, List<(int Overlap, TextSpan Content, string? Speaker, TextSpan? SpeakerSpan, TextSpan? Mention, string? Cue)>>();
        foreach (var p in predicted)
        {
            GoldAttribution? match = null;
            var most = 0;
            foreach (var g in quotations)
            {
                var o = g.Content.Sum(c => Overlap(c, p.Content!.Value));
                if (o > most) { most = o; match = g; }
            }
            if (match is null) continue;
            overlapping++;
            if (!matched.TryGetValue(match, out var list)) matched[match] = list = [];
            list.Add((most, p.Content!.Value, p.Speaker, p.SpeakerSpan, p.Mention, p.Cue));
        }
        int exactGold = 0, exactPredicted = 0, matchedWithSource = 0, withSpeaker = 0, correct = 0, mentionCorrect = 0, nameCorrect = 0;
        foreach (var (g, parts) in matched)
        {
            // A quotation broken by its attribution ("...," she said. "...") is found exactly when
            // its pieces together run from its first quoted word to its last.
            var from = parts.Min(p => p.Content.Start);
            var to = parts.Max(p => p.Content.End);
            if (Core(text, g.Content[0].Start, g.Content[^1].End) == Core(text, from, to)) { exactGold++; exactPredicted += parts.Count; }
            if (g.Sources.Count == 0) continue;
            matchedWithSource++;
            var best = parts.MaxBy(p => p.Overlap);
            var mentionRight = best.Mention is { } m && g.Sources.Any(s => Overlap(s, m) > 0);
            if (mentionRight) mentionCorrect++;
            if (best.Speaker is not null) withSpeaker++;
            var nameRight = best.Speaker is not null && SpeakerMatches(text, WithAntecedents(text, g.Sources, allSources), best.Speaker, best.SpeakerSpan);
            if (nameRight) nameCorrect++;
            if (mentionRight || nameRight)
                correct++;
            else
                mistakes?.Add(Mistake(id, text, g, best.Content, best.Speaker, best.Mention, best.Cue));
        }
        return new ArticleScore(gold.Count, quotations.Count, quotations.Count(q => q.Sources.Count > 0), predicted.Count,
            exactPredicted, exactGold, overlapping, matched.Count, matchedWithSource, withSpeaker, correct, mentionCorrect, nameCorrect);
    }

    private static string Clip(string s) => (s.Length <= 60 ? s : s[..28] + " ... " + s[^28..]).Replace('\n', ' ');

    /// <summary>One wrong speaker: the gold source, the engine's speaker, mention and cue, and the paragraph.</summary>
    private static string Mistake(string id, string text, GoldAttribution g, TextSpan found, string? speaker, TextSpan? mention, string? cue)
    {
        var from = g.Content.Min(c => c.Start);
        var paragraphStart = from > 0 ? text.LastIndexOf('\n', from - 1) + 1 : 0;
        var paragraphEnd = text.IndexOf('\n', g.Content.Max(c => c.End) - 1);
        if (paragraphEnd < 0) paragraphEnd = text.Length;
        var gold = string.Join(" | ", g.Sources.Select(s => text.Substring(s.Start, s.Length)));
        var said = mention is { } m ? text.Substring(m.Start, m.Length) : "-";
        return $"{id}\tgold: {gold}\tengine: {speaker ?? "-"} (mention: {said}; cue: {cue ?? "-"}; quote: {Clip(text.Substring(found.Start, found.Length))})\n\t{text[paragraphStart..paragraphEnd].Replace('\n', ' ')}";
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "i", "we", "who", "it", "you", "him", "her", "them", "his", "their",
    };

    /// <summary>
    /// The gold sources, each pronoun ("he", "she", "who") joined by the nearest earlier gold source
    /// that is not one: the annotation marks the pronoun, not whom it stands for, and a speaker
    /// resolved to that name is right.
    /// </summary>
    internal static List<TextSpan> WithAntecedents(string text, IReadOnlyList<TextSpan> sources, IReadOnlyList<TextSpan> allSources)
    {
        var result = new List<TextSpan>(sources);
        foreach (var s in sources)
        {
            if (!Pronouns.Contains(text.Substring(s.Start, s.Length).Trim())) continue;
            for (var i = allSources.Count - 1; i >= 0; i--)
            {
                var a = allSources[i];
                if (a.End > s.Start || Pronouns.Contains(text.Substring(a.Start, a.Length).Trim())) continue;
                result.Add(a);
                break;
            }
        }
        return result;
    }

    internal static bool SpeakerMatches(string text, IReadOnlyList<TextSpan> sources, string speaker, TextSpan? speakerSpan)
    {
        if (speakerSpan is { } s && sources.Any(g => Overlap(g, s) > 0)) return true;
        var surname = LastWord(speaker);
        if (surname.Length == 0) return false;
        return sources.Any(g => Heads(text.Substring(g.Start, g.Length)).Contains(surname, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The words of a source that may name the speaker: all but a possessive before more words
    /// ("the mayor's spokesman" is not the mayor; "Ruiz's" alone, as in "Ruiz's claim that", is Ruiz).
    /// </summary>
    private static List<string> Heads(string source)
    {
        var raw = source.Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        for (var i = 0; i < raw.Length; i++)
        {
            var possessive = raw[i].TrimEnd(',', '.', ';', ':', ')').EndsWith("'s", StringComparison.Ordinal)
                || raw[i].TrimEnd(',', '.', ';', ':', ')').EndsWith("\u2019s", StringComparison.Ordinal);
            if (possessive && i < raw.Length - 1) continue;
            words.AddRange(Words(raw[i]));
        }
        return words;
    }

    private static string LastWord(string name)
    {
        var words = Words(name);
        for (var i = words.Count - 1; i >= 0; i--)
        {
            // "Jr." and "III" follow a surname, they are not one.
            if (words[i] is "Jr" or "Sr" or "II" or "III") continue;
            return words[i];
        }
        return "";
    }

    /// <summary>The words of a name or phrase, without punctuation and possessive endings.</summary>
    private static List<string> Words(string phrase)
    {
        var words = new List<string>();
        foreach (var raw in phrase.Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim(',', '.', ';', ':', '(', ')', '"', '\u201C', '\u201D');
            if (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)) w = w[..^2];
            if (w.Length > 0) words.Add(w);
        }
        return words;
    }

    /// <summary>The span's text without surrounding spaces, quote marks and clause punctuation: the part both sides agree a quotation is.</summary>
    private static string Core(string text, int start, int end) =>
        text[start..end].Trim().Trim(QuoteAndPunctuation).Trim();

    private static readonly char[] QuoteAndPunctuation = ['"', '\u201C', '\u201D', '\u2018', '\u2019', '\'', ',', '.', ';', ':', ' ', '\n'];

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string Read(string path)
    {
        try { return File.ReadAllText(path, Encoding.UTF8); }
        catch (IOException e) { throw new EvaluationInputException($"cannot read '{path}': {e.Message}"); }
        catch (UnauthorizedAccessException e) { throw new EvaluationInputException($"cannot read '{path}': {e.Message}"); }
    }

    /// <summary>The attribution relations of a brat standoff file (T spans, E relations; discontinuous spans kept as parts).</summary>
    internal static List<GoldAttribution> ParseAnn(string ann, string text)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var relations = new List<string[]>();
        foreach (var line in ann.Split('\n'))
        {
            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length < 2) continue;
            if (parts[0].StartsWith('T'))
            {
                var head = parts[1];
                var space = head.IndexOf(' ', StringComparison.Ordinal);
                if (space < 0) continue;
                var list = new List<TextSpan>();
                foreach (var range in head[(space + 1)..].Split(';'))
                {
                    var se = range.Split(' ');
                    if (se.Length == 2 && int.TryParse(se[0], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                        && int.TryParse(se[1], NumberStyles.None, CultureInfo.InvariantCulture, out var e) && s <= e && e <= text.Length)
                        list.Add(TextSpan.FromBounds(s, e));
                }
                if (list.Count > 0) spans[parts[0]] = list;
            }
            else if (parts[0].StartsWith('E')) relations.Add(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        var result = new List<GoldAttribution>();
        foreach (var args in relations)
        {
            var content = new List<TextSpan>();
            var sources = new List<TextSpan>();
            foreach (var arg in args)
            {
                var colon = arg.IndexOf(':', StringComparison.Ordinal);
                if (colon < 0 || !spans.TryGetValue(arg[(colon + 1)..], out var s)) continue;
                var role = arg[..colon];
                if (role.StartsWith("Content", StringComparison.Ordinal)) content.AddRange(s);
                else if (role.StartsWith("Source", StringComparison.Ordinal)) sources.AddRange(s);
            }
            if (content.Count == 0) continue;
            content.Sort((a, b) => a.Start.CompareTo(b.Start));
            result.Add(new GoldAttribution(content, sources, IsQuotation(text, content)));
        }
        return result;
    }

    /// <summary>Direct speech: a double quote mark inside, or a single one opening it (headlines quote with single marks).</summary>
    internal static bool IsQuotation(string text, IReadOnlyList<TextSpan> content)
    {
        foreach (var c in content)
        {
            var part = text.AsSpan(c.Start, c.Length);
            if (part.IndexOfAny("\"\u201C\u201D") >= 0) return true;
            var trimmed = part.TrimStart();
            if (trimmed.Length > 0 && trimmed[0] is '\'' or '\u2018') return true;
        }
        return false;
    }
}
