using System.Text.RegularExpressions;
using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Quotes;

/// <summary>
/// Finds direct and partial quotations and their speakers. A quotation is a span between paired
/// quote marks inside one paragraph (a paragraph that opens a quote and never closes it quotes to
/// its end, the newspaper convention for multi-paragraph quotes). Its speaker comes, in order, from
/// the clause after it ("...," X said / said X), the clause before it (X said that "..."), or, for
/// a quote standing alone in its paragraph, the speaker of the quote just before it. Pronouns,
/// "who" and titles ("the governor") resolve to the nearest compatible person named earlier.
/// </summary>
public sealed class QuoteExtractor(LanguagePacks? languages = null, QuoteOptions? options = null) : IReportStage
{
    private readonly LanguagePacks _languages = languages ?? LanguagePacks.Default;
    private readonly QuoteOptions _options = options ?? QuoteOptions.Default;

    public string Name => "quotes";

    public IReadOnlyList<IDataKey> Requires => [Layers.Tokens, Layers.Sentences, Layers.Entities];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Quotes];

    public void Process(Report report)
    {
        // A language without a pack has no reporting verbs to read; the layer stays empty.
        if (_languages.For(report) is not { } pack)
        {
            report.Set(Layers.Quotes, []);
            return;
        }
        var found = Find(report, QuoteWords.For(pack), _options);
        var quotes = new List<QuoteMention>(found.Count);
        foreach (var f in found) quotes.Add(f.Quote);
        report.Set(Layers.Quotes, quotes);
    }

    /// <summary>
    /// A quotation with the mention its attribution names (the "he" of "..., he said", where
    /// <see cref="QuoteMention.SpeakerSpan"/> is whom "he" resolves to); a quote that goes on from
    /// an earlier one carries that one's mention.
    /// </summary>
    internal readonly record struct FoundQuote(QuoteMention Quote, TextSpan? Source);

    /// <summary>The quotations of a report whose tokens, sentences and entities are set, read with English words.</summary>
    internal static List<FoundQuote> Find(Report report) => Find(report, QuoteWords.For(LanguagePacks.Default.For("en")!));

    /// <summary>The quotations of a report, read with one language's reporting verbs, pronouns and titles.</summary>
    internal static List<FoundQuote> Find(Report report, QuoteWords words, QuoteOptions? options = null) =>
        new Reader(words, options ?? QuoteOptions.Default).Find(report);

    /// <summary>One language's way of reading quotations; holds no state between reports.</summary>
    private sealed class Reader(QuoteWords lang, QuoteOptions options)
    {
        /// <summary>The quotations of a report whose tokens, sentences and entities are set.</summary>
        internal List<FoundQuote> Find(Report report)
        {
            var text = report.Text;
            var sentences = report.Require(Layers.Sentences);
            var entities = report.Require(Layers.Entities).Where(e => !e.InCaption).OrderBy(e => e.Span.Start).ToList();
            var spans = FindQuoteSpans(text);
            // A "he said" after a quote refers back to someone named outside quotes: a name inside a
            // quotation is whom the speaker talks about.
            var outsideQuotes = entities.Where(e => !spans.Any(q => q.Open < e.Span.Start && e.Span.End <= q.Close)).ToList();
            var quotes = new List<FoundQuote>();
            string? lastSpeaker = null;
            TextSpan? lastSource = null;
            var lastSpeakerEnd = -1;
            var lastSpeakerLineEnd = -2;

            foreach (var (content, open, close) in spans)
            {
                var quoteText = text.Substring(content.Start, content.Length).Trim().TrimEnd(',', ';', ':').Trim();
                var words = CountWords(quoteText);
                var sentenceIndex = SentenceAt(sentences, content.Start);
                var sentence = sentenceIndex >= 0 ? sentences[sentenceIndex].Span : TextSpan.FromBounds(LineStart(text, open), LineEnd(text, close));
                var lineStart = LineStart(text, open);
                var lineEnd = LineEnd(text, close);

                var from = Math.Max(lineStart, SentenceStartBefore(sentences, open, lineStart));
                // 'Ruiz claimed that "..."': a cue right before the quote owns it, whatever follows.
                // A name inside a quotation is whom the speaker talks about, never the speaker.
                var attribution = (CueRightBefore(text, from, open) ? AttributeBefore(text, outsideQuotes, open, from) : null)
                    ?? AttributeAfter(text, outsideQuotes, close, lineEnd, sentences)
                    ?? AttributeBefore(text, outsideQuotes, open, from)
                    ?? IntroducedByColon(text, outsideQuotes, sentences, open, lineStart, lineEnd, close);
                string? speaker = null;
                TextSpan? speakerSpan = null;
                string? cue = null;
                TextSpan? source = null;
                if (attribution is { } a)
                {
                    cue = a.Cue;
                    source = TextSpan.FromBounds(a.SpeakerStart, a.SpeakerEnd);
                    (speaker, speakerSpan) = Resolve(text, outsideQuotes, sentences, a, lastSpeaker, lastSpeakerEnd);
                }
                else if (lastSpeaker is not null && (lastSpeakerEnd >= lineStart
                         || (open == FirstNonSpace(text, lineStart, lineEnd) && lastSpeakerLineEnd == lineStart - 1)))
                {
                    // A second quote in the paragraph of an attributed one, or a quote opening the
                    // paragraph right after it: the same speaker goes on.
                    speaker = lastSpeaker;
                    source = lastSource;
                    cue = "continued";
                }

                if (words < options.MinWords)
                {
                    // '"Stop lying!" Ruiz wrote. "..."': a short quote still names who goes on speaking.
                    if (speaker is not null && cue != "continued")
                    {
                        lastSpeaker = speaker;
                        lastSource = source;
                        lastSpeakerEnd = close;
                        lastSpeakerLineEnd = lineEnd;
                    }
                    continue;
                }
                var partial = !(open == lineStart || IsSentenceStartQuote(text, open, sentence.Start)) ;
                quotes.Add(new FoundQuote(new QuoteMention(content, quoteText, sentenceIndex)
                {
                    Speaker = speaker,
                    SpeakerSpan = speakerSpan,
                    Cue = cue,
                    Partial = partial,
                }, source));
                if (speaker is not null)
                {
                    lastSpeaker = speaker;
                    lastSource = source;
                    lastSpeakerEnd = close;
                    lastSpeakerLineEnd = lineEnd;
                }
            }
            return quotes;
        }

        private bool IsSentenceStartQuote(string text, int open, int sentenceStart) =>
            text[sentenceStart..open].Trim().Length == 0;

        private readonly record struct Attribution(string Cue, int CueStart, string SpeakerText, int SpeakerStart, int SpeakerEnd, SpeakerKind Kind);

        private enum SpeakerKind { Person, Organization, Pronoun, Title, Nominal }

        /// <summary>Quote spans (content, index of the opening mark, index of the closing mark).</summary>
        internal List<(TextSpan Content, int Open, int Close)> FindQuoteSpans(string text)
        {
            var result = new List<(TextSpan, int, int)>();
            var lineStart = 0;
            while (lineStart < text.Length)
            {
                var lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0) lineEnd = text.Length;
                var open = -1;
                for (var i = lineStart; i < lineEnd; i++)
                {
                    var c = text[i];
                    if (c is not ('"' or '\u201c' or '\u201d' or '\u201e' or '\u00ab' or '\u00bb')) continue;
                    if (open < 0)
                    {
                        if (IsOpening(text, i, lineStart, lineEnd)) open = i;
                    }
                    else if (IsClosing(text, i, lineEnd))
                    {
                        if (i - open > 1) result.Add((TextSpan.FromBounds(open + 1, i), open, i));
                        open = -1;
                    }
                }
                if (open >= 0 && lineEnd - open > 20 && (open == FirstNonSpace(text, lineStart, lineEnd) || NextParagraphOpensQuote(text, lineEnd)))
                {
                    // Unclosed quote opening a paragraph: it runs to the paragraph's end.
                    result.Add((TextSpan.FromBounds(open + 1, lineEnd), open, lineEnd));
                }
                lineStart = lineEnd + 1;
            }
            return result;
        }

        /// <summary>
        /// The newspaper convention for a quotation over several paragraphs: each paragraph but the
        /// last opens with a quote mark and leaves it unclosed, so an unclosed quote runs to its
        /// paragraph's end when the next paragraph opens with a quote mark.
        /// </summary>
        private bool NextParagraphOpensQuote(string text, int lineEnd)
        {
            var i = lineEnd;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            return i + 1 < text.Length && text[i] is '"' or '\u201c' && !char.IsWhiteSpace(text[i + 1]);
        }

        /// <summary>
        /// 'Ruiz tweeted in response:' and, in the next paragraph, a quotation standing alone: the
        /// speaker is the subject of the sentence the colon ends.
        /// </summary>
        private Attribution? IntroducedByColon(string text, List<EntityMention> entities, IReadOnlyList<Sentence> sentences, int open, int lineStart, int lineEnd, int close)
        {
            if (lineStart < 2 || open != FirstNonSpace(text, lineStart, lineEnd)) return null;
            // The quote must fill its paragraph.
            var after = close + 1;
            while (after < lineEnd && (char.IsWhiteSpace(text[after]) || char.IsPunctuation(text[after]))) after++;
            if (after < lineEnd) return null;
            var end = lineStart - 1;
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            if (end <= 0 || text[end - 1] != ':') return null;
            var from = Math.Max(LineStart(text, end - 1), SentenceStartBefore(sentences, end - 1, LineStart(text, end - 1)));
            return Subject(text, entities, from, end - 1) is { } a ? a with { Cue = ":", CueStart = end - 1 } : null;
        }

        private int FirstNonSpace(string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            return start;
        }

        private bool IsOpening(string text, int i, int lineStart, int lineEnd)
        {
            var c = text[i];
            if (c is '\u201d' or '\u00bb') return false;
            // French sets its guillemets apart with a (no-break) space: "« Nous ... »".
            if (c == '\u00ab' && i + 2 < lineEnd && char.IsWhiteSpace(text[i + 1]) && !char.IsWhiteSpace(text[i + 2])) return true;
            if (i + 1 >= lineEnd || char.IsWhiteSpace(text[i + 1])) return false;
            if (c == '\u201c' || c == '\u201e' || c == '\u00ab') return true;
            return i == lineStart || !char.IsLetterOrDigit(text[i - 1]);
        }

        private bool IsClosing(string text, int i, int lineEnd)
        {
            var c = text[i];
            if (c is '\u201c' or '\u201e' or '\u00ab') return false;
            if (c is '\u201d' or '\u00bb') return true;
            return i + 1 >= lineEnd || !char.IsLetterOrDigit(text[i + 1]);
        }

        private int CountWords(string s)
        {
            var n = 0;
            var inWord = false;
            foreach (var c in s)
            {
                var w = char.IsLetterOrDigit(c);
                if (w && !inWord) n++;
                inWord = w;
            }
            return n;
        }

        private int LineStart(string text, int i)
        {
            var s = i > 0 ? text.LastIndexOf('\n', i - 1) : -1;
            return s + 1;
        }

        private int LineEnd(string text, int i)
        {
            var e = text.IndexOf('\n', Math.Min(i, text.Length));
            return e < 0 ? text.Length : e;
        }

        private int SentenceAt(IReadOnlyList<Sentence> sentences, int position)
        {
            // The last sentence starting at or before the position (binary search: long reports have many).
            int lo = 0, hi = sentences.Count - 1, found = -1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >> 1;
                if (sentences[mid].Span.Start <= position) { found = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            return found >= 0 ? found : Math.Min(0, sentences.Count - 1);
        }

        /// <summary>Index of the first entity starting at or after <paramref name="position"/> (entities are sorted by start).</summary>
        private int FirstAtOrAfter(List<EntityMention> entities, int position)
        {
            int lo = 0, hi = entities.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (entities[mid].Span.Start < position) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        private int SentenceStartBefore(IReadOnlyList<Sentence> sentences, int position, int fallback)
        {
            var i = SentenceAt(sentences, position);
            return i >= 0 ? sentences[i].Span.Start : fallback;
        }

        /// <summary>"...," X said / said X / X told reporters — in the clause right after the quote.</summary>
        private Attribution? AttributeAfter(string text, List<EntityMention> entities, int close, int lineEnd, IReadOnlyList<Sentence> sentences)
        {
            var start = close + 1;
            if (start >= lineEnd) return null;
            // The clause after the quote ends at the next quote mark or sentence end.
            var end = start;
            var seenWord = false;
            while (end < lineEnd)
            {
                var c = text[end];
                if (c is '"' or '\u201c' or '\u201d') break;
                if (c is '.' or '!' or '?' && seenWord && IsClauseEnd(text, end, lineEnd) && !IsInitial(text, end)) break;
                if (char.IsLetter(c)) seenWord = true;
                end++;
            }
            var clause = text[start..end];
            // Must start with punctuation or a verb/name directly ("," he said; " said X").
            var trimmed = clause.TrimStart();
            if (trimmed.Length == 0) return null;
            if (trimmed[0] is '\u2015' or '\u2014' or '\u2013' or '-')
            {
                // '"..." ― Ana Ruiz': a dash and a name sign the quote (letters, testimonials).
                var dash = start + clause.Length - trimmed.Length;
                var signStart = dash + 1;
                while (signStart < end && text[signStart] is '-' or ' ' or '\u00a0') signStart++;
                var signer = FindSpeakerBetween(text, entities, signStart, end, nearestToEnd: false);
                if (signer is { } sg && sg.SpeakerStart == signStart) return sg with { Cue = "\u2014", CueStart = dash };
            }
            // '..." and said it was ...': a clause joined by a conjunction or preposition goes on with the
            // sentence's subject; '...”. The post' — the sentence ended with the quote.
            if (lang.ClauseOpener.IsMatch(trimmed) || trimmed[0] is '.' or '!' or '?') return null;
            if (FirstCue(clause) is not { } m) return null;
            var cueStart = start + m.Index;
            var cueEnd = cueStart + m.Length;
            // The cue must come early in the clause: within the first twelve words (a name and its
            // title), or after a name and its appositive ('"...," Ana Ruiz, the former mayor of ..., said').
            if (CountWords(clause[..m.Index]) > 12 && !(CountWords(clause[..m.Index]) <= 30 && NameThenAppositive(text, entities, start, cueStart) is not null)) return null;
            // '"...," they said': a plural or impersonal pronoun is the speaker; it names no one here.
            var lone = clause[..m.Index].Trim().TrimStart(',').Trim();
            if (lone.Length > 0 && lang.SubjectPronoun.IsMatch(lone) && !lang.PersonalPronouns.Contains(lone))
                return new Attribution(m.Value.Trim(), cueStart, lone, start + clause.IndexOf(lone, StringComparison.Ordinal), start + clause.IndexOf(lone, StringComparison.Ordinal) + lone.Length, SpeakerKind.Nominal);
            // Speaker before the cue (X said) or after it (said X / said the governor, X).
            if (NameThenAppositive(text, entities, start, cueStart) is { } named) return named with { Cue = m.Value.Trim(), CueStart = cueStart };
            var before = FindSpeakerBetween(text, entities, start, cueStart, nearestToEnd: true);
            if (before is { } b) return b with { Cue = m.Value.Trim(), CueStart = cueStart };
            var after = FindSpeakerBetween(text, entities, cueEnd, end, nearestToEnd: false);
            if (after is { } a) return a with { Cue = m.Value.Trim(), CueStart = cueStart };
            // '"...," Ferrandiz said': the same for a capitalised name that is all there is before the cue.
            var lead = start;
            while (lead < cueStart && text[lead] is ',' or ' ' or '\u00a0') lead++;
            if (CapitalisedRun(text, lead, cueStart) is { } r && text.AsSpan(r.End, cueStart - r.End).IsWhiteSpace())
                return new Attribution(m.Value.Trim(), cueStart, text[r.Start..r.End], r.Start, r.End, SpeakerKind.Person);
            // '"...," said Ferrandiz.': a capitalised name right after the cue is the speaker even when
            // the recogniser could not type it.
            var name = CapitalisedRun(text, cueEnd, end);
            if (name is { } n) return new Attribution(m.Value.Trim(), cueStart, text[n.Start..n.End], n.Start, n.End, SpeakerKind.Person);
            return null;
        }

        private (int Start, int End)? CapitalisedRun(string text, int from, int end)
        {
            var i = from;
            while (i < end && text[i] == ' ') i++;
            var start = i;
            var last = i;
            while (i < end)
            {
                var w = i;
                if (!char.IsUpper(text[w])) break;
                while (i < end && (char.IsLetter(text[i]) || text[i] is '-' or '\'')) i++;
                last = i;
                if (i < end && text[i] == ' ' && i + 1 < end && char.IsUpper(text[i + 1])) { i++; continue; }
                // "St. Louis", "Jr. Foundation": a short abbreviation inside the name.
                if (i < end && text[i] == '.' && i - w <= 3 && i + 2 < end && text[i + 1] == ' ' && char.IsUpper(text[i + 2])) { last = i + 1; i += 2; continue; }
                break;
            }
            if (last <= start) return null;
            var word = text[start..last];
            return word is "The" or "A" or "An" or "He" or "She" or "They" or "It" or "We" or "I" ? null : (start, last);
        }

        /// <summary>The dot of an initial ("John F. Kennedy") or a short title ("Mr.") ends no clause.</summary>
        private bool IsInitial(string text, int dot)
        {
            var w = dot;
            while (w > 0 && char.IsLetter(text[w - 1])) w--;
            var word = text[w..dot];
            return (word.Length == 1 && char.IsUpper(word[0])) || word is "Mr" or "Mrs" or "Ms" or "Dr" or "Gen" or "Sen" or "Rep" or "Gov" or "Lt" or "Col" or "St";
        }

        private bool IsClauseEnd(string text, int i, int lineEnd) =>
            i + 1 >= lineEnd || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '\u201c' or '\u201d';

        /// <summary>X said (that) "..." / according to X, "..." — the clause before the quote.</summary>
        private Attribution? AttributeBefore(string text, List<EntityMention> entities, int open, int from)
        {
            if (open <= from) return null;
            var region = text[from..open];
            // '"...," Ruiz said, according to the agency. "...': the words before this quote end a
            // sentence of their own; they attribute nothing to it.
            if (region.TrimEnd().EndsWith('.') && region.AsSpan().IndexOfAny("\"\u201d") >= 0) return null;
            if (LastCue(region) is not { } m) return Label(text, entities, from, open) ?? Subject(text, entities, from, open);
            var cueStart = from + m.Index;
            var cueEnd = cueStart + m.Length;
            if (lang.SpeakerAfterCues.Contains(m.Value.Trim()))
            {
                var after = FindSpeakerBetween(text, entities, cueEnd, open, nearestToEnd: false);
                if (after is { } a) return a with { Cue = "according to", CueStart = cueStart };
            }
            if (IsParticipleAfterComma(text, from, cueStart, m.Value) && text.AsSpan(from, cueStart - from).IndexOfAny("\"\u201d") < 0
                && Subject(text, entities, from, cueStart) is { } subject)
            {
                // "Ruiz attacked Okafor, saying ...": the participle's subject is the sentence's, not the name nearest to it.
                return subject with { Cue = m.Value.Trim(), CueStart = cueStart };
            }
            if (NameThenAppositive(text, entities, from, cueStart) is { } named) return named with { Cue = m.Value.Trim(), CueStart = cueStart };
            var before = FindSpeakerBetween(text, entities, from, cueStart, nearestToEnd: true);
            if (before is { } b) return b with { Cue = m.Value.Trim(), CueStart = cueStart };
            var later = FindSpeakerBetween(text, entities, cueEnd, open, nearestToEnd: false);
            if (later is { } l) return l with { Cue = m.Value.Trim(), CueStart = cueStart };
            return null;
        }

        /// <summary>
        /// 'Ana Ruiz, the aide to Sen. Luis Ortega (D-Ohio), wrote' / '"...," Rep. Ana Ruiz, R-Ohio, told':
        /// the person who opens the clause (after at most a few capitalised title words) and is
        /// followed by an appositive set off by commas that runs to the cue; a name inside the
        /// appositive is someone the speaker is described by, not the speaker.
        /// </summary>
        private Attribution? NameThenAppositive(string text, List<EntityMention> entities, int start, int cueStart)
        {
            var k = FirstAtOrAfter(entities, start);
            for (; k < entities.Count && entities[k].Span.Start < cueStart; k++)
            {
                if (entities[k].Type == EntityType.Person) break;
            }
            if (k >= entities.Count || entities[k].Span.Start >= cueStart) return null;
            var person = entities[k];
            // Only capitalised words (titles, "Rep.", "Sen.") or a lead-in ending in a comma before the name.
            var lead = text.AsSpan(start, person.Span.Start - start).Trim().TrimStart(',').Trim();
            var leadComma = lead.LastIndexOf(',');
            if (leadComma >= 0) lead = lead[(leadComma + 1)..].Trim();
            foreach (var range in lead.Split(' '))
            {
                var w = lead[range];
                if (w.Length > 0 && !char.IsUpper(w[0])) return null;
            }
            var rest = text.AsSpan(person.Span.End, cueStart - person.Span.End).Trim();
            if (rest.Length < 3 || rest[0] != ',' || rest[^1] != ',') return null;
            var inner = rest[1..^1];
            if (inner.Contains('"') || inner.Contains('\u201c') || FirstCue(inner.ToString()) is not null) return null;
            return new Attribution("", 0, person.Text, person.Span.Start, person.Span.End, SpeakerKind.Person);
        }

        /// <summary>"said", "said that", "told reporters:" — a reporting verb at most a few words before the quote.</summary>
        private bool CueRightBefore(string text, int from, int open)
        {
            var windowStart = Math.Max(from, open - 40);
            if (open <= windowStart) return false;
            var window = text[windowStart..open];
            if (LastCue(window) is not { } m) return false;
            var between = window[(m.Index + m.Length)..].Trim();
            if (between.Length == 0 || between is ":" or ",") return true;
            return CountWords(between) <= 3 && (lang.EndsWithThat(between) || between.EndsWith(':') || between.EndsWith(','));
        }

        /// <summary>The first reporting verb of a clause; a capitalised match ("United States") is a name, not a verb.</summary>
        private Match? FirstCue(string clause)
        {
            for (var m = lang.Cue.Match(clause); m.Success; m = m.NextMatch())
            {
                if (IsCue(clause, m)) return m;
            }
            return null;
        }

        private Match? LastCue(string region)
        {
            Match? last = null;
            for (var m = lang.Cue.Match(region); m.Success; m = m.NextMatch())
            {
                if (IsCue(region, m)) last = m;
            }
            return last;
        }

        private bool IsCue(string s, Match m) =>
            char.IsLower(m.Value[0]) || s.AsSpan(0, m.Index).Trim().Trim("\"\u201c\u201d").IsEmpty;

        /// <summary>", saying" — an -ing cue right after a comma.</summary>
        private bool IsParticipleAfterComma(string text, int from, int cueStart, string cue)
        {
            if (!cue.EndsWith("ing", StringComparison.Ordinal)) return false;
            var i = cueStart;
            while (i > from && char.IsWhiteSpace(text[i - 1])) i--;
            return i > from && text[i - 1] == ',';
        }

        /// <summary>'Bush: "..."' — a transcript's speaker label: a short name or phrase and a colon right before the quote.</summary>
        private Attribution? Label(string text, List<EntityMention> entities, int from, int open)
        {
            var end = open;
            while (end > from && char.IsWhiteSpace(text[end - 1])) end--;
            if (end <= from || text[end - 1] != ':') return null;
            var start = from;
            while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '.' or '"' or '\u201d')) start++;
            var label = text.AsSpan(start, end - 1 - start).Trim();
            if (label.Length == 0 || CountWords(label.ToString()) > 4 || !AllCapitalised(label)) return null;
            return FindSpeakerBetween(text, entities, start, end - 1, nearestToEnd: true) is { } a ? a with { Cue = ":", CueStart = end - 1 } : null;
        }

        /// <summary>
        /// 'Ruiz called the plan "a disaster"' — a quote inside a sentence with no reporting verb is
        /// the sentence's subject's: a name, pronoun or noun phrase opening the sentence (after one
        /// leading phrase set off by a comma, "In July, ...") and followed by a verb.
        /// </summary>
        private Attribution? Subject(string text, List<EntityMention> entities, int from, int open)
        {
            var start = from;
            while (start < open && (char.IsWhiteSpace(text[start]) || text[start] is '"' or '\u201d')) start++;
            if (start >= open) return null;
            var lead = LeadingWord(text, start, open);
            if (lang.LeadingPhrase.IsMatch(lead))
            {
                var comma = text.IndexOf(',', start, open - start);
                if (comma < 0) return null;
                start = comma + 1;
                while (start < open && char.IsWhiteSpace(text[start])) start++;
                // "On Saturday, one day before Ortega spoke, Ruiz charged": a subordinate clause set off by commas goes too.
                for (var next = text.IndexOf(',', start, open - start); next > 0 && HasSubordinator(text, start, next); next = text.IndexOf(',', start, open - start))
                {
                    start = next + 1;
                    while (start < open && char.IsWhiteSpace(text[start])) start++;
                }
            }
            // "Republican nominee Ana Ruiz has argued ...": a person after a few describing words, before any verb or comma.
            if (TitledSubject(text, entities, start, open) is { } titled) return titled;
            // The subject ends before the first lowercase word that is not part of a noun phrase (its verb).
            var subjectEnd = start;
            var i = start;
            var words = 0;
            while (i < open)
            {
                while (i < open && char.IsWhiteSpace(text[i])) i++;
                var w = i;
                while (i < open && !char.IsWhiteSpace(text[i])) i++;
                if (i == w) break;
                var word = text.AsSpan(w, i - w).TrimEnd(",;:");
                words++;
                var opensWithDeterminer = words > 1 && IsDeterminer(LeadingWord(text, start, open));
                var afterDeterminer = words == 2 && opensWithDeterminer;
                // A lowercase word goes on a phrase that opened with a determiner ("the former pollster"), not a name ("Ruiz often ...").
                if (words == 1 || afterDeterminer || char.IsUpper(word[0]) || IsDeterminer(word)
                    || (opensWithDeterminer && words <= 4 && !IsVerbLike(word) && !text.AsSpan(w, i - w).EndsWith(",")))
                {
                    subjectEnd = w + word.Length;
                    if (text.AsSpan(w, i - w).EndsWith(",")) break;
                    if (words > MaxPhraseWords) return null;
                    continue;
                }
                break;
            }
            if (subjectEnd <= start || subjectEnd >= open) return null;
            var subject = text.AsSpan(start, subjectEnd - start);
            var firstWord = LeadingWord(text, start, subjectEnd);
            if (lang.SubjectPronoun.IsMatch(firstWord) && firstWord.Length == subject.Length)
            {
                var kind = lang.PersonalPronouns.Contains(firstWord)
                    ? SpeakerKind.Pronoun : SpeakerKind.Nominal;
                return new Attribution("subject", start, firstWord, start, subjectEnd, kind);
            }
            var found = FindSpeakerBetween(text, entities, start, subjectEnd, nearestToEnd: false);
            if (found is { } f && f.SpeakerStart == start && f.Kind != SpeakerKind.Nominal) return f with { Cue = "subject", CueStart = start };
            // "The Riverside Tenants Union issued ...": an organisation after a determiner.
            var det = LeadingWord(text, start, subjectEnd);
            // "The Mayor": a title, resolved as one later.
            if (IsDeterminer(det) && !lang.Title.IsMatch(text[start..subjectEnd]))
            {
                var k = FirstAtOrAfter(entities, start);
                if (k < entities.Count && entities[k].Type == EntityType.Organization && entities[k].Span.End <= subjectEnd
                    && text.AsSpan(start + det.Length, entities[k].Span.Start - start - det.Length).IsWhiteSpace())
                    return new Attribution("subject", start, entities[k].Text, entities[k].Span.Start, entities[k].Span.End, SpeakerKind.Organization);
                // "The Riverside Tenants Union": a capitalised run the recogniser did not type.
                if (CapitalisedRun(text, start + det.Length, subjectEnd) is { } run && run.End == subjectEnd && run.End - run.Start > 3)
                    return new Attribution("subject", start, text[run.Start..run.End], run.Start, run.End, SpeakerKind.Organization);
            }
            return found is { } nominal && nominal.SpeakerStart == start ? nominal with { Cue = "subject", CueStart = start } : null;
        }

        private bool HasSubordinator(string text, int start, int end)
        {
            var clause = text.AsSpan(start, end - start);
            foreach (var range in clause.Split(' '))
            {
                if (lang.Subordinators.Contains(clause[range].Trim(",;:()"))) return true;
            }
            return false;
        }

        /// <summary>The person a subject phrase ends with: at most five describing words before it, none a verb, no comma.</summary>
        private Attribution? TitledSubject(string text, List<EntityMention> entities, int start, int open)
        {
            var k = FirstAtOrAfter(entities, start);
            if (k >= entities.Count || entities[k].Type != EntityType.Person || entities[k].Span.End > open) return null;
            var e = entities[k];
            var lead = text.AsSpan(start, e.Span.Start - start);
            if (lead.IndexOfAny(",;:\"\u201c\u201d()") >= 0) return null;
            var words = 0;
            foreach (var range in lead.Split(' '))
            {
                var w = lead[range].TrimEnd('.');
                if (w.Length == 0) continue;
                words++;
                if (char.IsLower(w[0]) && (IsVerbLike(w) || IsDeterminer(w) && words > 1 || lang.Subordinators.Contains(w))) return null;
            }
            if (words is 0 or > 5) return null;
            // A verb must follow the name: "Ruiz has", "Ruiz charged".
            var after = e.Span.End;
            while (after < open && text[after] == ' ') after++;
            if (after >= open || !char.IsLower(text[after])) return null;
            return new Attribution("subject", start, e.Text, e.Span.Start, e.Span.End, SpeakerKind.Person);
        }

        private string LeadingWord(string text, int start, int end)
        {
            var i = start;
            while (i < end && char.IsLetter(text[i])) i++;
            return text[start..i];
        }

        /// <summary>A lowercase word that reads as a verb: an -ed/-s form or an auxiliary ("also called", "has said").</summary>
        private bool IsVerbLike(ReadOnlySpan<char> w) =>
            IsAdverbOrAuxiliary(w) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)
            || (w.Length > 3 && w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal))
            || lang.VerbLike.Contains(w);

        /// <summary>The speaker candidate in [start, end): a person, an organisation, a pronoun or a title.</summary>
        private Attribution? FindSpeakerBetween(string text, List<EntityMention> entities, int start, int end, bool nearestToEnd)
        {
            if (end <= start) return null;
            if (!nearestToEnd && NounPhrase(text, start, end, nearestToEnd: false) is { } phrase && phrase.SpeakerStart - start <= 2)
            {
                // "said the New York businessman, who ...": the phrase right after the cue is the speaker;
                // a name in it is, when the phrase is a name ("said Sen. Ana Ruiz"), not when it is a
                // description ("said an adviser to both Okafors").
                if (phrase.Kind == SpeakerKind.Nominal && NamedAfterTitles(text, entities, phrase) is { } titled) return titled;
                if (phrase.Kind == SpeakerKind.Nominal)
                {
                    // "said the acting mayor, Ana Ruiz": the name in apposition is whom the title means.
                    var next = phrase.SpeakerEnd;
                    if (next < end && text[next] == ',')
                    {
                        next++;
                        while (next < end && text[next] == ' ') next++;
                        var k = FirstAtOrAfter(entities, next);
                        if (k < entities.Count && entities[k].Span.Start == next && entities[k].Type == EntityType.Person && entities[k].Span.End <= end)
                            return new Attribution("", 0, entities[k].Text, entities[k].Span.Start, entities[k].Span.End, SpeakerKind.Person);
                    }
                    return phrase;
                }
                var inside = FindSpeakerBetween(text, entities, phrase.SpeakerStart, phrase.SpeakerEnd, nearestToEnd: true);
                return inside is { Kind: SpeakerKind.Person or SpeakerKind.Organization } named ? named : phrase;
            }
            EntityMention? person = null;
            EntityMention? org = null;
            for (var k = FirstAtOrAfter(entities, start); k < entities.Count && entities[k].Span.Start < end; k++)
            {
                var e = entities[k];
                if (e.Span.End > end) continue;
                if (e.Type == EntityType.Person)
                {
                    // "the minister's chief of staff": a possessive names someone else's relation, not the speaker.
                    if (nearestToEnd && IsPossessive(text, e.Span.End)) continue;
                    if (person is null || nearestToEnd) person = e;
                }
                else if (e.Type == EntityType.Organization)
                {
                    if (org is null || nearestToEnd) org = e;
                }
            }
            var region = text[start..end];
            Match? pronoun = null;
            foreach (Match pm in lang.Pronoun.Matches(region))
            {
                if (pronoun is null || nearestToEnd) pronoun = pm;
            }
            Match? title = null;
            foreach (Match tm in lang.Title.Matches(region))
            {
                if (title is null || nearestToEnd) title = tm;
            }

            // A named person wins over a pronoun or title unless the pronoun is closer to the cue.
            if (person is not null)
            {
                if (pronoun is not null && nearestToEnd && start + pronoun.Index > person.Span.End)
                    return new Attribution("", 0, pronoun.Value, start + pronoun.Index, start + pronoun.Index + pronoun.Length, SpeakerKind.Pronoun);
                if (pronoun is not null && !nearestToEnd && start + pronoun.Index < person.Span.Start && !TitleBetween(text, start + pronoun.Index, person.Span.Start))
                    return new Attribution("", 0, pronoun.Value, start + pronoun.Index, start + pronoun.Index + pronoun.Length, SpeakerKind.Pronoun);
                return new Attribution("", 0, person.Text, person.Span.Start, person.Span.End, SpeakerKind.Person);
            }
            if (pronoun is not null)
                return new Attribution("", 0, pronoun.Value, start + pronoun.Index, start + pronoun.Index + pronoun.Length, SpeakerKind.Pronoun);
            if (title is not null)
                return new Attribution("", 0, title.Value, start + title.Index, start + title.Index + title.Length, SpeakerKind.Title);
            if (org is not null)
                return new Attribution("", 0, org.Text, org.Span.Start, org.Span.End, SpeakerKind.Organization);
            return NounPhrase(text, start, end, nearestToEnd);
        }

        /// <summary>
        /// "said Representative Ana Ruiz of Ohio": a person the phrase opens with, after capitalised
        /// title words only. "an adviser to Ruiz" names someone else.
        /// </summary>
        private Attribution? NamedAfterTitles(string text, List<EntityMention> entities, Attribution phrase)
        {
            var k = FirstAtOrAfter(entities, phrase.SpeakerStart);
            if (k >= entities.Count || entities[k].Type != EntityType.Person || entities[k].Span.End > phrase.SpeakerEnd) return null;
            var e = entities[k];
            var lead = text.AsSpan(phrase.SpeakerStart, e.Span.Start - phrase.SpeakerStart).Trim();
            foreach (var range in lead.Split(' '))
            {
                var w = lead[range];
                if (w.Length > 0 && !char.IsUpper(w[0])) return null;
            }
            return new Attribution("", 0, e.Text, e.Span.Start, e.Span.End, SpeakerKind.Person);
        }

        /// <summary>
        /// A speaker that is neither a name nor a pronoun ("the statement said", "said one aide on the
        /// panel", "Officials say"): the few words next to the cue, up to the nearest clause break,
        /// opening with a determiner, a number or a capital, or a lone plural noun.
        /// </summary>
        private Attribution? NounPhrase(string text, int start, int end, bool nearestToEnd)
        {
            int from, to;
            if (nearestToEnd)
            {
                // The words right before the cue: back over adverbs and auxiliaries ("also", "has"), then to a break.
                to = end;
                while (true)
                {
                    var t = to;
                    while (t > start && char.IsWhiteSpace(text[t - 1])) t--;
                    var w = t;
                    while (w > start && char.IsLetter(text[w - 1])) w--;
                    if (w < t && IsAdverbOrAuxiliary(text.AsSpan(w, t - w))) { to = w; continue; }
                    to = t;
                    break;
                }
                from = to;
                while (from > start && !IsPhraseBreak(text[from - 1])) from--;
            }
            else
            {
                from = start;
                to = from;
                while (to < end && !IsPhraseBreak(text[to]) && !(text[to] == '.' && IsClauseEnd(text, to, end) && !IsInitial(text, to))) to++;
            }
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            if (to <= from) return null;
            var phrase = text.AsSpan(from, to - from);
            var words = CountWords(phrase.ToString());
            if (words is 0 or > MaxPhraseWords) return null;
            var first = phrase;
            var space = phrase.IndexOf(' ');
            if (space > 0) first = phrase[..space];
            var opens = char.IsUpper(first[0]) || char.IsDigit(first[0]) || IsDeterminer(first)
                || (words == 1 && first.Length > 3 && first[^1] == 's' && char.IsLower(first[0]));
            if (!opens) return null;
            // A clause, not a phrase: "it was" / "that is" before the cue.
            if (IsPronounLike(first) && words > 1) return null;
            // Capitalised words and no determiner: a name the recogniser did not type ("Ferrandiz said").
            var kind = !IsDeterminer(first) && AllCapitalised(phrase) ? SpeakerKind.Person : SpeakerKind.Nominal;
            return new Attribution("", 0, text[from..to], from, to, kind);
        }

        private bool AllCapitalised(ReadOnlySpan<char> phrase)
        {
            foreach (var range in phrase.Split(' '))
            {
                var w = phrase[range];
                if (w.Length > 0 && !char.IsUpper(w[0])) return false;
            }
            return true;
        }

        /// <summary>A noun phrase speaker has at most this many words ("the former chairman of the state party").</summary>
        private const int MaxPhraseWords = 8;

        private bool IsPhraseBreak(char c) =>
            c is ',' or ';' or ':' or '(' or ')' or '"' or '\u201c' or '\u201d' or '\u2014' or '\u2013' or '\u2015' or '\n' or '!' or '?';

        private bool IsDeterminer(ReadOnlySpan<char> w) =>
            lang.Determiners.Contains(w);

        private bool IsPronounLike(ReadOnlySpan<char> w) =>
            lang.NonSpeakers.Contains(w);

        private bool IsAdverbOrAuxiliary(ReadOnlySpan<char> w) =>
            (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]))
            || lang.AdverbsAuxiliaries.Contains(w);

        private bool IsPossessive(string text, int end) =>
            end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' or 'S';

        private bool TitleBetween(string text, int start, int end) => end > start && lang.Title.IsMatch(text[start..end]);

        private (string? Speaker, TextSpan? Span) Resolve(string text, List<EntityMention> entities, IReadOnlyList<Sentence> sentences, Attribution a, string? lastSpeaker, int lastSpeakerEnd)
        {
            switch (a.Kind)
            {
                case SpeakerKind.Person:
                case SpeakerKind.Organization:
                    return (a.SpeakerText, TextSpan.FromBounds(a.SpeakerStart, a.SpeakerEnd));
                case SpeakerKind.Pronoun:
                {
                    EntityMention? nearest = null;
                    for (var k = FirstAtOrAfter(entities, a.SpeakerStart) - 1; k >= 0 && nearest is null; k--)
                    {
                        if (entities[k].Type == EntityType.Person && entities[k].Span.End <= a.SpeakerStart) nearest = entities[k];
                    }
                    if (lang.RelativePronouns.Contains(a.SpeakerText))
                        return nearest is null ? (null, null) : (nearest.Text, nearest.Span);
                    // "he"/"she": the subject (first person named) of the latest sentence that names a
                    // person, unless a quote was attributed after that sentence began.
                    if (nearest is null) return lastSpeaker is null ? (null, null) : (lastSpeaker, null);
                    var sentenceIndex = nearest.Sentence;
                    // "Ruiz told Sens. Ana Ortega ...": a sentence cut after a short abbreviation goes on from the one before.
                    while (sentenceIndex > 0 && sentenceIndex < sentences.Count && EndsWithAbbreviation(text, sentences[sentenceIndex - 1].Span)) sentenceIndex--;
                    var sentenceStart = sentences.Count > 0 && sentenceIndex >= 0 && sentenceIndex < sentences.Count
                        ? sentences[sentenceIndex].Span.Start : nearest.Span.Start;
                    if (lastSpeaker is not null && lastSpeakerEnd > sentenceStart) return (lastSpeaker, null);
                    // The subject is the first person of that sentence who is not inside a subordinate
                    // clause ("the day that Ruiz stood ..., Ortega said" is Ortega's sentence).
                    EntityMention? subject = null, first = null;
                    for (var k = FirstAtOrAfter(entities, sentenceStart); k < entities.Count && entities[k].Span.Start < a.SpeakerStart; k++)
                    {
                        if (entities[k].Type != EntityType.Person || entities[k].Span.End > a.SpeakerStart) continue;
                        first ??= entities[k];
                        if (!InSubordinateClause(text, sentenceStart, entities[k].Span.Start)) { subject = entities[k]; break; }
                    }
                    subject ??= first ?? nearest;
                    return (subject.Text, subject.Span);
                }
                case SpeakerKind.Nominal when lang.GroupNouns.Contains(LastWord(a.SpeakerText)) && IsDeterminer(LeadingWord(text, a.SpeakerStart, a.SpeakerEnd)):
                {
                    // "the group", "the company": the organisation named last before it, not far back.
                    var here = SentenceAt(sentences, a.SpeakerStart);
                    for (var k = FirstAtOrAfter(entities, a.SpeakerStart) - 1; k >= 0 && entities[k].Span.Start > a.SpeakerStart - GroupReach; k--)
                    {
                        // Only the sentence before or this one: further back, another organisation may have come between.
                        if (entities[k].Sentence >= 0 && entities[k].Sentence < here - 1) break;
                        if (entities[k].Type == EntityType.Organization && entities[k].Span.End <= a.SpeakerStart && OpensSentence(text, sentences, entities[k]))
                            return (entities[k].Text, entities[k].Span);
                    }
                    return (null, null);
                }
                case SpeakerKind.Nominal when !lang.Title.IsMatch(a.SpeakerText):
                    // "the statement", "one aide": no name to give here.
                    return (null, null);
                default:
                {
                    // "the regional governor": the person introduced with that title earlier, or named right after it.
                    // Each person is scored by the distance from the title (or its short form, "Gov.") to
                    // the name; the nearest wins, the latest on a tie: "Gov. Ana Ruiz" over a party
                    // name a sentence away.
                    var titleWord = LastWord(a.SpeakerText);
                    var forms = lang.TitleForms(titleWord);
                    EntityMention? best = null;
                    var bestDistance = int.MaxValue;
                    foreach (var e in entities)
                    {
                        if (e.Type != EntityType.Person || IsPronounLike(e.Text)) continue;
                        var windowStart = Math.Max(0, e.Span.Start - 60);
                        var windowEnd = Math.Min(text.Length, e.Span.End + 60);
                        foreach (var form in forms)
                        {
                            for (var at = text.IndexOf(form, windowStart, windowEnd - windowStart, StringComparison.OrdinalIgnoreCase); at >= 0;
                                 at = at + form.Length < windowEnd ? text.IndexOf(form, at + form.Length, windowEnd - at - form.Length, StringComparison.OrdinalIgnoreCase) : -1)
                            {
                                if (at + form.Length < text.Length && char.IsLetter(text[at + form.Length])) continue;
                                if (at > 0 && char.IsLetter(text[at - 1])) continue;
                                var distance = at >= e.Span.End ? at - e.Span.End : e.Span.Start >= at + form.Length ? e.Span.Start - at - form.Length : 0;
                                if (distance <= bestDistance) { bestDistance = distance; best = e; }
                            }
                        }
                    }
                    if (best is not null) return (best.Text, best.Span);
                    // Unresolved here: keep where the title is, so the story can resolve it.
                    return (null, TextSpan.FromBounds(a.SpeakerStart, a.SpeakerEnd));
                }
            }
        }

        /// <summary>"... told Sens." — a sentence that ends with a capitalised word of at most four letters and a dot.</summary>
        private bool EndsWithAbbreviation(string text, TextSpan sentence)
        {
            var end = sentence.End;
            while (end > sentence.Start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end <= sentence.Start || text[end - 1] != '.') return false;
            var w = end - 1;
            while (w > sentence.Start && char.IsLetter(text[w - 1])) w--;
            var len = end - 1 - w;
            return len is >= 2 and <= 4 && char.IsUpper(text[w]) && (w == sentence.Start || text[w - 1] == ' ') && !IsAllUpperWord(text, w, end - 1);
        }

        /// <summary>The mention opens its sentence, perhaps after a determiner: it is that sentence's subject.</summary>
        private bool OpensSentence(string text, IReadOnlyList<Sentence> sentences, EntityMention e)
        {
            if (e.Sentence < 0 || e.Sentence >= sentences.Count) return false;
            var start = sentences[e.Sentence].Span.Start;
            var lead = text.AsSpan(start, Math.Max(0, e.Span.Start - start)).Trim();
            return lead.Length == 0 || IsDeterminer(lead);
        }

        private bool IsAllUpperWord(string text, int start, int end)
        {
            for (var i = start; i < end; i++) if (!char.IsUpper(text[i])) return false;
            return true;
        }

        /// <summary>How far back "the group" looks for the organisation it stands for (characters).</summary>
        private const int GroupReach = 600;

        /// <summary>True when the clause holding <paramref name="at"/> (back to the last comma or the sentence start) opens with a subordinator.</summary>
        private bool InSubordinateClause(string text, int sentenceStart, int at)
        {
            var from = at;
            while (from > sentenceStart && text[from - 1] is not (',' or ';' or '\u2014' or '(')) from--;
            foreach (var range in text.AsSpan(from, at - from).Split(' '))
            {
                var w = text.AsSpan(from, at - from)[range].Trim(",;:()");
                if (w.Length > 0 && lang.Subordinators.Contains(w)) return true;
            }
            return false;
        }

        private string LastWord(string s)
        {
            var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? s : parts[^1];
        }
    }

    /// <summary>Words that open a leading phrase before the subject ("In a statement, ...", "But earlier, ...").</summary>
}
