using Crosscheck.Extract.Entities.Model;
using Crosscheck.Gazetteer;
using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Text;

namespace Crosscheck.Extract.Entities;

/// <summary>
/// Finds people, organisations and places in one report, rule-based: capitalised sequences typed by
/// cue words (titles, speech verbs, organisation words, place nouns), the built-in lexicons and the
/// gazetteer, then made consistent across the report (a name typed once keeps its type; a surname
/// alone after "Firstname Surname" is that person). Places get their <see cref="GeoPlace"/>, chosen
/// in the country the report mentions most.
/// </summary>
/// <remarks>
/// Demonym adjectives ("Ukrainian", "Crimean") become Place mentions of their country or region with
/// the text as written: tell them apart with <see cref="IsDemonym"/>. Names in
/// <see cref="Report.Captions"/> are reported with <c>InCaption = true</c>, <c>Span = default</c> and
/// <c>Sentence = -1</c>: they have no offsets in the body text.
/// </remarks>
public sealed class EntityRecognizer : IReportStage
{
    private readonly EntityOptions _options;
    private readonly Lazy<NameFinder> _finder;
    private readonly Func<NerModel> _model;
    private readonly Func<GazetteerIndex> _gazetteer;
    private readonly LanguagePacks _languages;

    public EntityRecognizer() : this(EntityOptions.Default) { }

    /// <param name="gazetteer">The place and organisation lists (default: the shipped GeoNames
    /// extract), asked for on first use so that building a pipeline loads nothing.</param>
    /// <param name="model">The name tagger that types untyped names (default: the shipped model).</param>
    /// <param name="languages">The packs whose <c>names.txt</c> cuts titles out of names and types names by their heads (default: the shipped packs).</param>
    public EntityRecognizer(EntityOptions options, Func<GazetteerIndex>? gazetteer = null, Func<NerModel>? model = null, LanguagePacks? languages = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _gazetteer = gazetteer ?? (() => GazetteerIndex.Default);
        _finder = new Lazy<NameFinder>(() => new NameFinder(_gazetteer(), _options));
        _model = model ?? (() => NerModel.Default);
        _languages = languages ?? LanguagePacks.Default;
    }

    public string Name => "entities";

    public IReadOnlyList<IDataKey> Requires => [Layers.Tokens, Layers.Sentences];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Entities];

    /// <summary>
    /// True for a mention that is a demonym adjective standing for its place ("Crimean" → Crimea): the
    /// flag the recogniser wrote with its own gazetteer (no shared gazetteer is consulted here).
    /// </summary>
    public static bool IsDemonym(EntityMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return mention.Demonym && mention.Type == EntityType.Place && mention.Place is not null;
    }

    public void Process(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var finder = _finder.Value;
        var candidates = new List<Candidate>();
        var tokens = report.Require(Layers.Tokens);
        var toks = new Tok[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            toks[i] = new Tok(t.Span.Start, t.Span.End, t.Text, t.Kind, t.Sentence);
        }
        finder.Find(report.Text, toks, caption: false, candidates);
        if (_options.TypeUntypedByModel) TypeByModel(toks, candidates, _model());
        foreach (var caption in report.Captions)
        {
            var captionToks = Tokenizer.Tokenize(caption)
                .Select(t => new Tok(t.Span.Start, t.Span.End, caption.Substring(t.Span.Start, t.Span.Length), t.Kind, -1))
                .ToList();
            finder.Find(caption, captionToks, caption: true, candidates);
        }
        var lexicon = NameLexicon.For(_languages.For(report) ?? _languages.For(_languages.Fallback));
        var gazetteer = _gazetteer();
        NameShapes.Refine(candidates, lexicon, gazetteer);
        report.Set(Layers.Entities, Resolve(candidates, gazetteer));
    }

    /// <summary>
    /// Gives an untyped body candidate the person or organisation type the tagger finds for exactly its tokens. The
    /// tagger is the slow part, so it sees only a window round the untyped names of a sentence (the rest of the
    /// sentence is context), and a name already typed by it, or tried <see cref="MaxModelTries"/> times, is not
    /// tagged again in the same report: <see cref="Resolve"/> gives its type to its other mentions.
    /// </summary>
    internal static void TypeByModel(Tok[] toks, List<Candidate> candidates, NerModel model)
    {
        const int Margin = 1; // tokens decoded either side of a candidate (its features still see two tokens out)
        var untyped = candidates.Where(c => c is { Type: null, InCaption: false, Demonym: false }).ToList();
        if (untyped.Count == 0) return;
        var tries = new Dictionary<string, int>(StringComparer.Ordinal); // name → tries; -1 once typed
        // The report is the tagger's document: its features look at each word's other mentions in it.
        var sentences = new List<(int Sentence, int First, string[] Words)>();
        for (var start = 0; start < toks.Length;)
        {
            var stop = start + 1;
            while (stop < toks.Length && toks[stop].Sentence == toks[start].Sentence) stop++;
            var text = new string[stop - start];
            for (var i = start; i < stop; i++) text[i - start] = toks[i].Text;
            sentences.Add((toks[start].Sentence, start, text));
            start = stop;
        }
        var document = model.Document(sentences.Select(s => (IReadOnlyList<string>)s.Words));
        var next = 0;
        foreach (var group in untyped.GroupBy(c => c.Sentence).OrderBy(g => g.Key))
        {
            var pending = group.Where(c => tries.GetValueOrDefault(NameKey.Fold(c.Text)) is >= 0 and < MaxModelTries).ToList();
            if (pending.Count == 0) continue;
            while (next < sentences.Count && sentences[next].Sentence != group.Key) next++;
            if (next == sentences.Count)
            {
                next = 0;
                continue;
            }
            var (_, first, words) = sentences[next];
            var end = first + words.Length;
            var spans = new List<(Candidate Candidate, int A, int B)>();
            foreach (var c in pending)
            {
                var a = first;
                while (a < end && toks[a].Start < c.Start) a++;
                var b = a;
                while (b < end && toks[b].End <= c.End) b++;
                if (a >= b || toks[a].Start != c.Start || toks[b - 1].End != c.End) continue;
                spans.Add((c, a - first, b - first));
            }
            if (spans.Count == 0) continue;
            spans.Sort((x, y) => x.A.CompareTo(y.A));
            var k = 0;
            while (k < spans.Count)
            {
                // One window per run of candidates whose windows touch.
                var from = Math.Max(0, spans[k].A - Margin);
                var to = Math.Min(words.Length, spans[k].B + Margin);
                var last = k + 1;
                while (last < spans.Count && spans[last].A - Margin <= to)
                {
                    to = Math.Min(words.Length, Math.Max(to, spans[last].B + Margin));
                    last++;
                }
                var labels = model.TagIds(words, from, to, NerScheme.Names, document);
                for (var m = k; m < last; m++) Apply(spans[m].Candidate, spans[m].A, spans[m].B, labels, from, to, tries);
                k = last;
            }
        }
    }

    private static void Apply(Candidate c, int a, int b, int[] labels, int from, int to, Dictionary<string, int> tries)
    {
        var key = NameKey.Fold(c.Text);
        // The tagger's name must be the candidate's span, or that span less its first word when the
        // span is three words or more ("Sergeant" or a common word the rules took into "X Ana Ruiz"):
        // the span stays the rules', the type is the tagger's.
        var whole = false;
        var type = -1;
        for (var s = a; s <= a + 1 && s < b && !whole; s++)
        {
            if (s > a && b - a < 3) break;
            type = NerLabels.TypeOf(labels[s - from]);
            whole = type >= 0 && NerLabels.IsBegin(labels[s - from]);
            for (var i = s + 1; i < b && whole; i++) whole = labels[i - from] == NerLabels.Inside(type);
            whole = whole && !(b < to && labels[b - from] == NerLabels.Inside(type));
        }
        // Places stay with the rules and the gazetteer: a place the gazetteer cannot locate
        // gives the events nothing, and continents and landmarks the rules leave untyped on purpose.
        if (!whole || type == 2)
        {
            if (tries.GetValueOrDefault(key) >= 0) tries[key] = tries.GetValueOrDefault(key) + 1;
            return;
        }
        c.Type = type == 0 ? EntityType.Person : EntityType.Organization;
        c.ByModel = true;
        tries[key] = -1;
    }

    /// <summary>Mentions of one untyped name the tagger tries, in a report, before giving up on it.</summary>
    internal const int MaxModelTries = 2;

    /// <summary>Makes types consistent across the report and picks each place's gazetteer entry.</summary>
    internal static List<EntityMention> Resolve(List<Candidate> candidates, GazetteerIndex gazetteer)
    {
        // A surname alone, once the report names the person in full, is that person whatever the
        // tagger made of it: the tagger sees one sentence's words ("Ruiz, as ever, fired back")
        // and can take a surname that is also a company's name for the company.
        var fullNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c is { Type: EntityType.Person, Words: >= 2 }) fullNames.Add(NameKey.Fold(c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]));
        }
        foreach (var c in candidates)
        {
            if (c is { ByModel: true, Words: 1 } && c.Type != EntityType.Person && fullNames.Contains(NameKey.Fold(c.Text))) c.Type = null;
        }
        // A name typed with a strong cue keeps that type everywhere in the report.
        var typed = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c is { Strong: true, Type: { } type, Demonym: false }) typed.TryAdd(NameKey.Fold(c.Text), type);
        }
        // Then names typed by a weaker cue ("X said") fill the same name left untyped elsewhere.
        var weak = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c is { Strong: false, Type: { } type, Demonym: false }) weak.TryAdd(NameKey.Fold(c.Text), type);
        }
        foreach (var (key, type) in weak) typed.TryAdd(key, type);
        // Surnames (and given-name-less forms) of people named in full.
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Type == EntityType.Person && c.Words >= 2)
            {
                var parts = c.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                surnames.Add(NameKey.Fold(parts[^1]));
            }
        }
        foreach (var c in candidates)
        {
            if (c.Demonym) continue;
            var key = NameKey.Fold(c.Text);
            if (c.Type is null || !c.Strong)
            {
                if (typed.TryGetValue(key, out var t)) c.Type = t;
                else if (c.Words == 1 && surnames.Contains(key)) c.Type = EntityType.Person;
            }
            else if (c.Type == EntityType.Place && c.Place is null && c.Words == 1 && surnames.Contains(key))
            {
                c.Type = EntityType.Person; // a small place that shares a surname named in the story
            }
            if (c.Type == EntityType.Place && c.Place is null && c.Places.Count == 0)
            {
                var places = gazetteer.Lookup(c.Text);
                if (places.Count > 0) c.Places = places;
            }
        }

        // The report's main country: most place mentions that name one country unambiguously.
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Type != EntityType.Place) continue;
            var p = c.Place ?? (c.Places.Count == 1 ? c.Places[0] : null);
            if (p is null || p.CountryCode.Length == 0) continue;
            votes[p.CountryCode] = votes.GetValueOrDefault(p.CountryCode) + 1;
        }
        var main = votes.Count == 0 ? null : votes.MaxBy(v => v.Value).Key;

        var result = new List<EntityMention>(candidates.Count);
        foreach (var c in candidates.OrderBy(c => c.InCaption).ThenBy(c => c.Start))
        {
            if (c.Type is not { } type) continue;
            var place = type == EntityType.Place
                ? c.Place ?? (main is null ? null : c.Places.FirstOrDefault(p => p.CountryCode == main)) ?? c.Places.FirstOrDefault()
                : null;
            result.Add(new EntityMention(c.InCaption ? default : TextSpan.FromBounds(c.Start, c.End), c.Text, type, c.InCaption ? -1 : c.Sentence)
            {
                Place = place,
                InCaption = c.InCaption,
                Demonym = place is not null && gazetteer.Demonym(c.Text)?.Id == place.Id && gazetteer.Country(c.Text) is null,
            });
        }
        return result;
    }
}
