using System.Text;
using Crosscheck.Gazetteer;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Quotes;

/// <summary>
/// One quotation carried by several reports becomes one quote with several sources. Speakers are
/// mapped to their linked entity (so "Navalny" and "Alexei Navalnyy" are one speaker); two
/// quotes of one speaker are the same quotation when one's words contain the other's, or when
/// they share a run of <see cref="QuoteOptions.SharedRun"/> words (translations and edits keep such runs).
/// </summary>
public sealed class QuoteMerger(QuoteOptions? options = null) : ICorpusStage
{
    private readonly QuoteOptions _options = options ?? QuoteOptions.Default;

    private int SharedRun => _options.SharedRun;

    public string Name => "merge-quotes";

    // Speakers are read through the entity links: "he said" resolved to "Navalny" and "Alexei
    // Navalnyy" must be one speaker.
    public IReadOnlyList<IDataKey> Requires => [Layers.Entities, Layers.Quotes, CorpusKeys.Stories, CorpusKeys.Entities];

    public IReadOnlyList<IDataKey> Assigns => [CorpusKeys.Quotes];

    public void Process(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var links = context.Require(CorpusKeys.Entities);
        var speakers = new SpeakerIndex(links.Entities);
        var storyOf = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var story in context.Stories)
        {
            foreach (var id in story.Reports) storyOf[id] = story;
        }
        var items = new List<Item>();
        foreach (var report in context.Reports)
        {
            var found = report.Get(Layers.Quotes) ?? [];
            if (found.Count == 0) continue;
            // The entity each name of this report was linked to: a speaker is a name the report
            // writes (at the quote, or earlier for "he said"), so its link says who it is.
            var linkedByName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in report.Get(Layers.Entities) ?? [])
            {
                if (e.Type != EntityType.Place && links.EntityOf(report.Id, e) is { } entity) linkedByName.TryAdd(e.Text, entity.Canonical);
            }
            foreach (var q in found)
            {
                var speaker = q.Speaker;
                if (speaker is null && q.SpeakerSpan is { } title && storyOf.TryGetValue(report.Id, out var story))
                    speaker = ResolveTitle(context, story, report.Slice(title));
                if (speaker is null) continue;
                var words = Words(q.Text);
                if (words.Length < _options.MinWords) continue;
                // The linked entity's name, then one spelling per person across stories (the linker
                // links within a story; a story that only says "Bloomberg" is the same speaker as
                // one that says "Michael R. Bloomberg"). A speaker the report never names (from a
                // title in other reports) is matched by name alone.
                var linked = linkedByName.GetValueOrDefault(speaker);
                items.Add(new Item(report.Id, q, speakers.Canonical(linked ?? speaker), words));
            }
        }

        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        // The reports each group holds: two different quotations of one report are never one quote
        // (a speech quoted twice in a report shares runs between its parts), so a union that would
        // bring two mentions of one report together is refused unless one contains the other.
        var reportsOf = Enumerable.Range(0, items.Count).Select(i => new HashSet<string>(StringComparer.Ordinal) { items[i].Report }).ToArray();
        void Union(int i, int j, bool contained)
        {
            int a = Find(i), b = Find(j);
            if (a == b) return;
            if (reportsOf[a].Overlaps(reportsOf[b]) && !(contained && items[i].Report == items[j].Report)) return;
            parent[a] = b;
            reportsOf[b].UnionWith(reportsOf[a]);
        }
        foreach (var bySpeaker in Enumerable.Range(0, items.Count).GroupBy(i => items[i].Speaker, StringComparer.OrdinalIgnoreCase))
        {
            var members = bySpeaker.ToArray();
            // Index runs of SharedRun words; short quotes are checked by containment.
            var runs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var i in members)
            {
                foreach (var run in Runs(items[i].Words))
                {
                    if (!runs.TryGetValue(run, out var holders)) runs[run] = holders = [];
                    else if (holders[^1] == i) continue;
                    // One quote that contains another's words merges as a containment, so its own report may hold both.
                    foreach (var j in holders) Union(i, j, contained: Contains(items[i].Words, items[j].Words) || Contains(items[j].Words, items[i].Words));
                    holders.Add(i);
                }
            }
            // A short quote (fewer than SharedRun words) merges with a longer one containing it:
            // index every run of each short length once, then look each short quote up.
            var shortLengths = members.Select(i => items[i].Words.Length).Where(n => n < SharedRun).Distinct().ToArray();
            if (shortLengths.Length > 0)
            {
                var shortRuns = new Dictionary<string, List<int>>(StringComparer.Ordinal);
                foreach (var j in members)
                {
                    foreach (var n in shortLengths)
                    {
                        for (var k = 0; k + n <= items[j].Words.Length; k++)
                        {
                            var run = string.Join(' ', items[j].Words, k, n);
                            if (!shortRuns.TryGetValue(run, out var holders)) shortRuns[run] = holders = [];
                            if (holders.Count == 0 || holders[^1] != j) holders.Add(j);
                        }
                    }
                }
                foreach (var i in members)
                {
                    if (items[i].Words.Length >= SharedRun) continue;
                    foreach (var j in shortRuns[string.Join(' ', items[i].Words)])
                    {
                        if (j != i) Union(i, j, contained: true);
                    }
                }
            }
        }

        var quotes = Enumerable.Range(0, items.Count)
            .GroupBy(Find)
            .Select(g =>
            {
                var members = g.Select(i => items[i]).ToList();
                var longest = members.OrderByDescending(m => m.Words.Length).First();
                return new Quote(longest.Speaker, longest.Mention.Text)
                {
                    Reports = members.Select(m => m.Report).Distinct(StringComparer.Ordinal).ToArray(),
                    Citations = members.Select(m => new Citation(m.Report, m.Mention.Content, m.Mention.Text)).ToArray(),
                };
            })
            .OrderByDescending(q => q.Reports.Count)
            .ThenBy(q => q.Speaker, StringComparer.Ordinal)
            .ToList();
        context.Set(CorpusKeys.Quotes, quotes);
    }

    /// <summary>
    /// "the regional governor" in a report that never names the governor: the person the story's
    /// other reports name next to that title most often.
    /// </summary>
    private static string? ResolveTitle(CorpusContext context, Story story, string title)
    {
        var word = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (word is null || word.Length < 4) return null;
        // Each use of the title votes for the person named nearest to it ("Mayor Ana Ruiz",
        // "Ana Ruiz, the mayor"), within a short distance.
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in story.Reports)
        {
            var report = context.ById[id];
            var people = (report.Get(Layers.Entities) ?? []).Where(e => e.Type == EntityType.Person && !e.InCaption).ToList();
            if (people.Count == 0) continue;
            for (var at = report.Text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = report.Text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + word.Length;
                var nearest = people.MinBy(e => e.Span.Start >= end ? e.Span.Start - end : e.Span.End <= at ? at - e.Span.End : 0);
                var distance = nearest!.Span.Start >= end ? nearest.Span.Start - end : nearest.Span.End <= at ? at - nearest.Span.End : 0;
                if (distance <= 40) votes[nearest.Text] = votes.GetValueOrDefault(nearest.Text) + 1;
            }
        }
        return votes.Count == 0 ? null : votes.OrderByDescending(v => v.Value).ThenByDescending(v => v.Key.Length).First().Key;
    }

    private sealed record Item(string Report, QuoteMention Mention, string Speaker, string[] Words);

    internal static string[] Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        // Accents fold through the name key's table: string normalisation does nothing under
        // InvariantGlobalization, so "café" and "cafe" would otherwise be two words.
        foreach (var c in NameKey.FoldWord(text))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (c is '\'' or '\u2019') continue;
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words.ToArray();
    }

    /// <summary>True when <paramref name="inner"/>'s words occur in order, side by side, in <paramref name="outer"/>.</summary>
    private static bool Contains(string[] outer, string[] inner)
    {
        if (inner.Length > outer.Length) return false;
        for (var k = 0; k + inner.Length <= outer.Length; k++)
        {
            if (outer.AsSpan(k, inner.Length).SequenceEqual(inner)) return true;
        }
        return false;
    }

    private IEnumerable<string> Runs(string[] words)
    {
        for (var i = 0; i + SharedRun <= words.Length; i++) yield return string.Join(' ', words, i, SharedRun);
    }

    /// <summary>Maps a speaker as written to the canonical name of its linked entity.</summary>
    private sealed class SpeakerIndex
    {
        private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _bySurname = new(StringComparer.OrdinalIgnoreCase);

        public SpeakerIndex(IEnumerable<Entity> entities)
        {
            var surnameCount = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in entities.Where(e => e.Type != EntityType.Place))
            {
                foreach (var name in e.Variants.Append(e.Canonical))
                {
                    _byName.TryAdd(name, e.Canonical);
                }
                if (e.Type == EntityType.Person)
                {
                    var surname = e.Canonical.Split(' ')[^1];
                    surnameCount[surname] = surnameCount.GetValueOrDefault(surname) + 1;
                    _bySurname[surname] = e.Canonical;
                }
            }
            foreach (var (surname, n) in surnameCount)
            {
                if (n > 1) _bySurname.Remove(surname); // ambiguous: two people share it
            }
        }

        public string Canonical(string speaker)
        {
            if (_byName.TryGetValue(speaker, out var canonical)) return canonical;
            var surname = speaker.Split(' ')[^1];
            return _bySurname.TryGetValue(surname, out canonical) ? canonical : speaker;
        }
    }
}
