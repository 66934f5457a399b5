namespace Crosscheck.Model;

/// <summary>
/// Reports that copy one another: exact or near copies, and edited, cut or translated copies of one
/// wire story. The group counts as one independent source.
/// </summary>
public sealed record CopyGroup(string Id, IReadOnlyList<string> Reports)
{
    /// <summary>The report the others copy (the wire original when known, else the earliest).</summary>
    public required string Original { get; init; }

    /// <summary>The origin of the reporting: a wire agency, an outlet, or the original's id.</summary>
    public required string IndependentSource { get; init; }

    /// <summary>How each copy matched its original (exact, near, skeleton), keyed by report id.</summary>
    public IReadOnlyDictionary<string, string> Evidence { get; init; } = new Dictionary<string, string>();
}

/// <summary>A cluster of reports about one story.</summary>
public sealed record Story(string Id, string Title, IReadOnlyList<string> Reports)
{
    public IReadOnlyList<Event> Events { get; init; } = [];
}

/// <summary>What happened, reconciled across the reports of a story.</summary>
public sealed record Event(string Id, string Type, string Description)
{
    public DateValue? Date { get; init; }

    public string? Location { get; init; }

    public GeoPlace? Place { get; init; }

    /// <summary>Reports that cover the event.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Figures by name (killed, injured...).</summary>
    public IReadOnlyDictionary<string, ReconciledFact> Facts { get; init; } = new Dictionary<string, ReconciledFact>();

    /// <summary>The sentences that support the event: (report id, sentence span).</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];
}

public sealed record Citation(string Report, TextSpan Span, string Text);

/// <summary>What one report asserts about a fact: its figure and where it says so.</summary>
public sealed record Claim(string Report, double Value, Qualifier Qualifier, Citation Evidence)
{
    public double? High { get; init; }

    public DateOnly? Published { get; init; }
}

/// <summary>
/// A figure reconciled across sources. <see cref="ByReport"/> holds, for every report that covers the
/// event, its claim or null when it states none.
/// </summary>
public sealed record ReconciledFact(string Name)
{
    public required IReadOnlyDictionary<string, Claim?> ByReport { get; init; }

    public double? Low { get; init; }

    public double? Best { get; init; }

    public double? High { get; init; }

    /// <summary>Sources state different figures (3 and 4 killed, whatever their qualifiers).</summary>
    public bool Conflict { get; init; }

    /// <summary>All stated figures can be true at once ("at least 3" and "4" can).</summary>
    public bool Consistent { get; init; }

    public int IndependentSources { get; init; }

    /// <summary>Only one independent source states a figure.</summary>
    public bool SingleSource => IndependentSources == 1;

    public string? Unit { get; init; }
}

/// <summary>A person, organisation or place with its spelling variants merged across reports.</summary>
public sealed record Entity(string Canonical, EntityType Type)
{
    public IReadOnlyList<string> Variants { get; init; } = [];

    public int Mentions { get; init; }

    public IReadOnlyList<string> Reports { get; init; } = [];

    public GeoPlace? Place { get; init; }
}

/// <summary>One quotation, merged across the reports that carry it.</summary>
public sealed record Quote(string Speaker, string Text)
{
    public IReadOnlyList<string> Reports { get; init; } = [];

    public IReadOnlyList<Citation> Citations { get; init; } = [];
}

/// <summary>Everything the pipeline found in a corpus: the input to the report writers.</summary>
public sealed record CorpusAnalysis(IReadOnlyList<Report> Reports)
{
    public IReadOnlyList<CopyGroup> CopyGroups { get; init; } = [];

    public IReadOnlyList<Story> Stories { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Inputs that could not be read, each with a one-line reason.</summary>
    public IReadOnlyList<InputProblem> Problems { get; init; } = [];

    /// <summary>The independent source of each report, by the one rule (<see cref="SourceIndex"/>).</summary>
    public SourceIndex Sources() => new(CopyGroups, Reports);
}

/// <summary>A file or record that could not be used, and why (a one-line, user-facing reason).</summary>
public sealed record InputProblem(string Origin, string Reason)
{
    public override string ToString() => $"{Origin}: {Reason}";
}
