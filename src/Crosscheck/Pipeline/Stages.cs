using Crosscheck.Model;

namespace Crosscheck.Pipeline;

/// <summary>
/// A stage that works on one report at a time. It declares the layers it reads and the layers it
/// adds, so that a misordered pipeline is caught when it is built, not when it runs.
/// </summary>
public interface IReportStage
{
    string Name { get; }

    IReadOnlyList<IDataKey> Requires { get; }

    IReadOnlyList<IDataKey> Assigns { get; }

    void Process(Report report);
}

/// <summary>
/// A stage that works across the corpus: copies, stories, events, reconciliation. Like a
/// per-report stage it declares what it reads and adds: corpus keys (<see cref="CorpusKeys"/>)
/// and report layers (<see cref="Layers"/>) alike. It reads and writes corpus keys through the
/// <see cref="CorpusContext"/> it is given, which refuses a key the stage did not declare.
/// </summary>
public interface ICorpusStage
{
    string Name { get; }

    IReadOnlyList<IDataKey> Requires { get; }

    IReadOnlyList<IDataKey> Assigns { get; }

    void Process(CorpusContext context);
}

/// <summary>
/// The working state of the corpus stages: the annotated reports and the corpus keys assigned so
/// far, each set once; frozen into a <see cref="CorpusAnalysis"/>. The pipeline gives each stage
/// a view (<see cref="For"/>) that throws on a key the stage did not declare; a context built
/// directly (tests, evaluation harnesses) allows every key.
/// </summary>
public sealed class CorpusContext
{
    private readonly State _state;
    private readonly HashSet<IDataKey>? _readable;
    private readonly HashSet<IDataKey>? _writable;
    private readonly string? _stage;

    public CorpusContext(IReadOnlyList<Report> reports, PipelineOptions options, IReadOnlyList<InputProblem>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        _state = new State(reports, reports.ToDictionary(r => r.Id, StringComparer.Ordinal), options, problems ?? []);
    }

    private CorpusContext(State state, ICorpusStage stage)
    {
        _state = state;
        _stage = stage.Name;
        _writable = [.. stage.Assigns];
        _readable = [.. stage.Requires, .. stage.Assigns];
    }

    public IReadOnlyList<Report> Reports => _state.Reports;

    public IReadOnlyDictionary<string, Report> ById => _state.ById;

    public PipelineOptions Options => _state.Options;

    /// <summary>Inputs that could not be read, handed on to the output.</summary>
    public IReadOnlyList<InputProblem> Problems => _state.Problems;

    /// <summary>A view for <paramref name="stage"/>: only the keys it declares can be read or assigned.</summary>
    public CorpusContext For(ICorpusStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return new CorpusContext(_state, stage);
    }

    public T? Get<T>(DataKey<T> key) where T : class
    {
        if (_readable is not null && !_readable.Contains(key))
            throw new InvalidOperationException($"Corpus stage '{_stage}' reads '{key.Name}' but does not declare it in Requires.");
        return _state.Values.TryGetValue(key, out var value) ? (T)value : null;
    }

    public T Require<T>(DataKey<T> key) where T : class =>
        Get(key) ?? throw new InvalidOperationException($"Corpus key '{key.Name}' has not been assigned yet.");

    public bool Has(IDataKey key) => _state.Values.ContainsKey(key);

    /// <summary>Assigns a corpus key, once.</summary>
    public void Set<T>(DataKey<T> key, T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_writable is not null && !_writable.Contains(key))
            throw new InvalidOperationException($"Corpus stage '{_stage}' assigns '{key.Name}' but does not declare it in Assigns.");
        if (!_state.Values.TryAdd(key, value))
            throw new InvalidOperationException($"Corpus key '{key.Name}' is already assigned; each key is assigned by one stage, once.");
        if (ReferenceEquals(key, CorpusKeys.CopyGroups)) { _state.Sources = null; _state.GroupOf = null; }
    }

    public IReadOnlyList<CopyGroup> CopyGroups => Require(CorpusKeys.CopyGroups);

    /// <summary>Report id to its copy group.</summary>
    public IReadOnlyDictionary<string, CopyGroup> CopyGroupOf =>
        _state.GroupOf ??= CopyGroups.SelectMany(g => g.Reports.Select(id => (id, g))).ToDictionary(x => x.id, x => x.g, StringComparer.Ordinal);

    public IReadOnlyList<Story> Stories => Require(CorpusKeys.Stories);

    public IReadOnlyList<Entity> Entities => Require(CorpusKeys.Entities).Entities;

    /// <summary>The independent source of a report (<see cref="SourceIndex"/>); needs the copy groups.</summary>
    public string SourceOf(string reportId)
    {
        var groups = CopyGroups;
        return (_state.Sources ??= new SourceIndex(groups, Reports)).SourceOf(reportId);
    }

    /// <summary>
    /// What the corpus stages found. Stories carry their reconciled events when reconciliation ran,
    /// else their events; keys no stage assigned are empty.
    /// </summary>
    public CorpusAnalysis Freeze()
    {
        var values = _state.Values;
        T? Value<T>(DataKey<T> key) where T : class => values.TryGetValue(key, out var v) ? (T)v : null;
        var events = Value(CorpusKeys.Facts) ?? Value(CorpusKeys.Events);
        var stories = (Value(CorpusKeys.Stories) ?? [])
            .Select(s => events is not null && events.TryGetValue(s.Id, out var e) ? s with { Events = e } : s)
            .ToArray();
        return new CorpusAnalysis(Reports)
        {
            CopyGroups = Value(CorpusKeys.CopyGroups) ?? [],
            Stories = stories,
            Entities = Value(CorpusKeys.Entities)?.Entities ?? [],
            Quotes = Value(CorpusKeys.Quotes) ?? [],
            Problems = Problems,
        };
    }

    /// <summary>Shared by a context and the views made from it.</summary>
    private sealed class State(IReadOnlyList<Report> reports, IReadOnlyDictionary<string, Report> byId, PipelineOptions options, IReadOnlyList<InputProblem> problems)
    {
        public IReadOnlyList<Report> Reports { get; } = reports;
        public IReadOnlyDictionary<string, Report> ById { get; } = byId;
        public PipelineOptions Options { get; } = options;
        public IReadOnlyList<InputProblem> Problems { get; } = problems;
        public Dictionary<IDataKey, object> Values { get; } = [];
        public Dictionary<string, CopyGroup>? GroupOf { get; set; }
        public SourceIndex? Sources { get; set; }
    }
}
