using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Cluster;

/// <summary>
/// The clustering units (copy groups) as vectors: the full TF-IDF vector each is indexed and
/// compared by, and, when a pair model is set, one vector per extra channel (names, numbers, lead,
/// outlet), each with its own document frequencies; plus each unit's earliest day and whether it
/// has a body.
/// </summary>
internal sealed record UnitSpace(SparseVector[] Vectors, SparseVector[][]? Channels, int?[] Days, bool[] Bodied)
{
    public static UnitSpace Build(IReadOnlyList<Report> reports, IReadOnlyList<string[]> units, ClusterOptions options, LanguagePacks? languages = null)
    {
        var byId = reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var raw = new TermChannels[reports.Count];
        var hasBody = new bool[reports.Count];
        Parallel.For(0, reports.Count, i =>
        {
            var body = TermVectorizer.BodyTokens(reports[i]);
            hasBody[i] = body.Count > 0;
            raw[i] = TermVectorizer.Channels(reports[i], body, options, languages);
        });
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++) indexOf[reports[i].Id] = i;

        var members = units.Select(u => u.Select(id => indexOf[id]).ToArray()).ToArray();
        var full = TfIdf(members.Select(m => UnitTerms(m, raw, c => c.Full)).ToArray(), options);

        SparseVector[][]? channels = null;
        if (options.PairModel is not null)
        {
            var names = TfIdf(members.Select(m => UnitTerms(m, raw, c => c.Names)).ToArray(), options);
            var numbers = TfIdf(members.Select(m => UnitTerms(m, raw, c => c.Numbers)).ToArray(), options);
            var lead = TfIdf(members.Select(m => UnitTerms(m, raw, c => c.Lead)).ToArray(), options);
            var outletId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var outlets = members.Select(m => SparseVector.Indicator(m
                .Select(i => reports[i].Outlet)
                .Where(o => !string.IsNullOrWhiteSpace(o))
                .Select(o => outletId.TryGetValue(o!.Trim(), out var id) ? id : outletId[o.Trim()] = outletId.Count))).ToArray();
            channels = members.Select((_, u) => new[] { names[u], numbers[u], lead[u], outlets[u] }).ToArray();
        }

        var days = units.Select(u => u.Select(id => byId[id].Published?.Date.DayNumber).Where(d => d is not null).Min()).ToArray();
        var bodied = members.Select(m => m.Any(i => hasBody[i])).ToArray();
        return new UnitSpace(full, channels, days, bodied);
    }

    /// <summary>A unit's term frequencies: its members' summed (a re-headlined copy adds its headline).</summary>
    private static Dictionary<string, double> UnitTerms(int[] members, TermChannels[] raw, Func<TermChannels, Dictionary<string, double>> channel)
    {
        if (members.Length == 1) return channel(raw[members[0]]);
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var i in members)
            foreach (var (t, w) in channel(raw[i])) sum[t] = sum.GetValueOrDefault(t) + w / members.Length;
        return sum;
    }

    /// <summary>TF-IDF vectors of the units, with document frequencies over the units (term ids in input order: deterministic).</summary>
    private static SparseVector[] TfIdf(Dictionary<string, double>[] unitTerms, ClusterOptions options)
    {
        var termId = new Dictionary<string, int>(StringComparer.Ordinal);
        var df = new List<int>();
        foreach (var terms in unitTerms)
        {
            foreach (var t in terms.Keys)
            {
                if (!termId.TryGetValue(t, out var id)) { termId[t] = id = df.Count; df.Add(0); }
                df[id]++;
            }
        }
        var n = unitTerms.Length;
        var vectors = new SparseVector[n];
        Parallel.For(0, n, u => vectors[u] = SparseVector.Build(unitTerms[u], termId, df, n + options.BackgroundDocuments, options.MaxTerms));
        return vectors;
    }
}
