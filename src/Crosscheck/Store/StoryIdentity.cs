using Crosscheck.Model;

namespace Crosscheck.Store;

/// <summary>
/// Carries story ids across re-analyses, so that a link to a story keeps working while the story
/// grows. The clusterer names a story by a hash of its members, which changes with every report
/// added; here each new story takes over the id of the stored story whose reports it holds the
/// most of (its heir). Two stored stories inherited by one new story is a merge: the older id
/// (first stored) stays and the other redirects to it. A stored story whose reports went to several
/// new stories is a split: the part holding most of them keeps the id, the others get new ones. An
/// id once given is never given to another story.
/// </summary>
internal static class StoryIdentity
{
    /// <summary>The stored stories: members by id, and each id known to the store (alive or
    /// redirected) with the order it was first stored in.</summary>
    internal sealed record Stored(IReadOnlyDictionary<string, IReadOnlyList<string>> Members, IReadOnlyDictionary<string, long> Born)
    {
        public static readonly Stored Empty = new(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, long>());
    }

    /// <summary>The id each new story gets (by its position in the analysis), the stored ids that now
    /// redirect (old → the story that absorbed it), and the ids stored for the first time, in order.</summary>
    internal sealed record Assignment(IReadOnlyList<string> Ids, IReadOnlyDictionary<string, string> MergedInto, IReadOnlyList<string> NewIds);

    public static Assignment Assign(IReadOnlyList<Story> stories, Stored stored)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(stored);
        var storyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
            foreach (var report in stories[i].Reports) storyOf.TryAdd(report, i);

        // Each stored story's heir: the new story holding most of its reports; on a tie the larger
        // story, then the earlier one (the analysis orders stories deterministically).
        var claims = new List<string>[stories.Count];
        foreach (var (oldId, members) in stored.Members.OrderBy(m => stored.Born.GetValueOrDefault(m.Key, long.MaxValue)).ThenBy(m => m.Key, StringComparer.Ordinal))
        {
            var heir = members.Where(storyOf.ContainsKey).GroupBy(r => storyOf[r])
                .Select(g => (Story: g.Key, Shared: g.Count()))
                .OrderByDescending(h => h.Shared).ThenByDescending(h => stories[h.Story].Reports.Count).ThenBy(h => h.Story)
                .Select(h => (int?)h.Story).FirstOrDefault();
            if (heir is { } s) (claims[s] ??= []).Add(oldId);
        }

        var ids = new string[stories.Count];
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(stored.Born.Keys, StringComparer.Ordinal);
        var fresh = new List<string>();
        for (var i = 0; i < stories.Count; i++)
        {
            if (claims[i] is { Count: > 0 } heirs)
            {
                // Claims were collected oldest first: the oldest id stays, the younger ones redirect.
                ids[i] = heirs[0];
                foreach (var younger in heirs.Skip(1)) merged[younger] = heirs[0];
                continue;
            }
            var id = stories[i].Id;
            for (var n = 2; used.Contains(id); n++) id = $"{stories[i].Id}-{n}";
            used.Add(id);
            ids[i] = id;
            fresh.Add(id);
        }
        return new Assignment(ids, merged, fresh);
    }

    /// <summary>The analysis with each story under its carried id.</summary>
    public static CorpusAnalysis Apply(CorpusAnalysis analysis, Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(assignment);
        var stories = analysis.Stories.Select((s, i) => s.Id == assignment.Ids[i] ? s : s with { Id = assignment.Ids[i] }).ToArray();
        return analysis with { Stories = stories };
    }
}
