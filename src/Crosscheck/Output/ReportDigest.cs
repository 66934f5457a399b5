using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>Limits on what the human reports show; the defaults are for a one-page brief.</summary>
internal sealed record DigestOptions
{
    public static DigestOptions Default { get; } = new();

    /// <summary>Events named in a story's summary paragraph (the timeline lists them all).</summary>
    public int SummaryEvents { get; init; } = 3;

    /// <summary>Figures per event named in the summary (the figures table lists them all).</summary>
    public int SummaryFacts { get; init; } = 3;

    /// <summary>Longest evidence sentence kept for a citation's tooltip.</summary>
    public int EvidenceChars { get; init; } = 300;
}

/// <summary>A citation before numbering: the report, and the sentence that supports the point when known.</summary>
internal sealed record Ref(string Report, string? Evidence);

/// <summary>A sentence of generated prose (without its final stop) and the sources it rests on.</summary>
internal sealed record Cited(string Text, IReadOnlyList<Ref> Cites);

/// <summary>One figure as the sources state it ("≥3") and which sources state it so.</summary>
internal sealed record ValueGroup(string Value, IReadOnlyList<Ref> Cites);

internal sealed record FactView(string Name, string Label)
{
    /// <summary>The figure as a sentence ("At least 3 and as many as 4 people were killed (...)"), or null without any figure.</summary>
    public string? Headline { get; init; }

    public IReadOnlyList<ValueGroup> Values { get; init; } = [];

    /// <summary>Sources that cover the event but state no figure for this fact.</summary>
    public IReadOnlyList<Ref> Silent { get; init; } = [];

    public string? Low { get; init; }

    public string? Best { get; init; }

    public string? High { get; init; }

    public int IndependentSources { get; init; }

    public bool Conflict { get; init; }

    public bool Consistent { get; init; }

    public bool SingleSource { get; init; }

    /// <summary>How the sources relate, in the words every view uses.</summary>
    public FactAgreement Agreement { get; init; } = new(FactAgreement.Agree, null);

    public IEnumerable<Ref> Cites => Values.SelectMany(v => v.Cites);
}

internal sealed record EventView(int Number, string Type, string Description)
{
    /// <summary>"E1": how the figures table and the summary refer back to the timeline.</summary>
    public string Label => "E" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string? Date { get; init; }

    public string? Place { get; init; }

    public IReadOnlyList<Ref> Sources { get; init; } = [];

    public IReadOnlyList<FactView> Facts { get; init; } = [];

    /// <summary>"Attack · Mosul · 3 June 2025": the event in a few words, for table rows.</summary>
    public string Short => string.Join(" · ", new[] { Type, Place, Date }.Where(s => !string.IsNullOrEmpty(s)));
}

internal sealed record QuoteLine(string Text, IReadOnlyList<Ref> Cites)
{
    /// <summary>The reports that carry it, for quotes outside any story (which have no source numbers).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];
}

internal sealed record QuoteGroup(string Speaker, IReadOnlyList<QuoteLine> Quotes);

internal sealed record EntityView(string Name, EntityType Type, IReadOnlyList<string> Variants, int Mentions, int Reports, string? Coordinates);

internal sealed record SourceRow(int Number, string Report)
{
    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public required string IndependentSource { get; init; }

    public string? Published { get; init; }

    public string? Basis { get; init; }

    /// <summary>Why its events, figures and quotes were not read ("no language pack for de"); null when they were.</summary>
    public string? NotAnalysed { get; init; }

    /// <summary>The report this one copies, when it is a copy.</summary>
    public string? CopyOf { get; init; }

    /// <summary>How the copy matched (exact, near, skeleton...).</summary>
    public string? CopyEvidence { get; init; }

    /// <summary>When this report is the original of a copy group: its copies.</summary>
    public IReadOnlyList<string> CopiedBy { get; init; } = [];
}

internal sealed record StoryView(int Number, string Title)
{
    public IReadOnlyList<Cited> Summary { get; init; } = [];

    public IReadOnlyList<EventView> Timeline { get; init; } = [];

    public IReadOnlyList<QuoteGroup> Quotes { get; init; } = [];

    public IReadOnlyList<EntityView> Entities { get; init; } = [];

    public IReadOnlyList<SourceRow> Sources { get; init; } = [];

    /// <summary>Source numbers by report id, in order of first appearance in the story's page.</summary>
    public required IReadOnlyDictionary<string, int> Numbers { get; init; }

    /// <summary>The numbered sources of a citation, ascending and without repeats.</summary>
    public IReadOnlyList<(int Number, Ref Ref)> Cite(IEnumerable<Ref> refs)
    {
        var seen = new HashSet<int>();
        var list = new List<(int, Ref)>();
        foreach (var r in refs)
        {
            if (Numbers.TryGetValue(r.Report, out var n) && seen.Add(n)) list.Add((n, r));
        }
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }
}

internal sealed record OtherReport(string Report, string? Title, string? Outlet, string? Published);

/// <summary>
/// What the human reports show, laid out once so the Markdown and HTML writers only differ in markup:
/// per story a summary, a timeline, figures, quotes, names and numbered sources; then what belongs to
/// no story, and the inputs that could not be read.
/// </summary>
internal sealed record ReportDigest(int Reports, int IndependentSources)
{
    public IReadOnlyList<StoryView> Stories { get; init; } = [];

    public IReadOnlyList<OtherReport> Unclustered { get; init; } = [];

    public IReadOnlyList<QuoteGroup> LooseQuotes { get; init; } = [];

    public IReadOnlyList<EntityView> LooseEntities { get; init; } = [];

    public IReadOnlyList<InputProblem> Problems { get; init; } = [];

    /// <summary>One line on the whole corpus: reports, independent sources, stories, problems.</summary>
    public string Overview()
    {
        if (Reports == 0)
            return Problems.Count == 0 ? "No reports were read." : "No reports could be read.";
        var parts = new List<string>
        {
            $"{ReportFormat.Count(Reports, "report", "reports")} from {ReportFormat.Count(IndependentSources, "independent source", "independent sources")}",
            Stories.Count == 0 ? "no stories found" : ReportFormat.Count(Stories.Count, "story", "stories"),
        };
        if (Unclustered.Count > 0 && Stories.Count > 0) parts.Add($"{ReportFormat.Count(Unclustered.Count, "report", "reports")} in no story");
        if (Problems.Count > 0) parts.Add($"{ReportFormat.Count(Problems.Count, "input", "inputs")} could not be read");
        return string.Join(" · ", parts) + ".";
    }

    public static ReportDigest Build(CorpusAnalysis analysis, DigestOptions? options = null) =>
        new DigestBuilder(analysis, options ?? DigestOptions.Default).Build();
}
