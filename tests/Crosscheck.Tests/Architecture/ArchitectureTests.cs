using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Architecture;

/// <summary>
/// Rules of the engine's shape, checked by reflection over the engine assembly (in the spirit of
/// NodaTime's MutabilityTest): one writer per corpus key, stage folders that talk only through
/// the model, a small public surface, immutable model types.
/// </summary>
public class ArchitectureTests
{
    private static readonly Assembly Engine = typeof(Report).Assembly;

    /// <summary>The folders every stage may use: the model, the pipeline contracts, text and gazetteer.</summary>
    private static readonly string[] Shared = ["Crosscheck.Model", "Crosscheck.Pipeline", "Crosscheck.Text", "Crosscheck.Gazetteer", "Crosscheck.Lang"];

    /// <summary>The pipeline-stage folders; a type's folder is its namespace up to this depth.</summary>
    private static readonly string[] StageFolders =
    [
        "Crosscheck.Clean", "Crosscheck.Dedup", "Crosscheck.Cluster", "Crosscheck.Reconcile",
        "Crosscheck.Extract.Entities", "Crosscheck.Extract.Time", "Crosscheck.Extract.Quantities",
        "Crosscheck.Extract.Quotes", "Crosscheck.Extract.Events",
    ];

    /// <summary>Public types of stage folders that are neither a stage nor its options, and why they are public.</summary>
    private static readonly Dictionary<string, string> PublicAllowed = new(StringComparer.Ordinal)
    {
        ["Crosscheck.Cluster.Linkage"] = "a value of ClusterOptions.BodyLinkage",
        ["Crosscheck.Cluster.ClusterEvaluation"] = "the UCI headline harness `crosscheck eval clusters` runs",
        ["Crosscheck.Cluster.ClusterScores"] = "what ClusterEvaluation returns",
        ["Crosscheck.Cluster.ClusterPairModel"] = "the learned pair model, ClusterOptions.PairModel",
        ["Crosscheck.Cluster.ClusterPairTraining"] = "`crosscheck train cluster-pairs` trains the pair model",
        ["Crosscheck.Cluster.ClusterPairTraining+Source"] = "ClusterPairTraining's input",
        ["Crosscheck.Extract.Entities.Model.NerModel"] = "the learned name tagger, a pipeline dependency (PipelineDependencies.NameModel)",
        ["Crosscheck.Extract.Entities.Model.NerTrainer"] = "`crosscheck eval ner --train` retrains the tagger",
        ["Crosscheck.Extract.Entities.Model.NerTrainingOptions"] = "NerTrainer's options",
        ["Crosscheck.Extract.Entities.Model.NerSentence"] = "NerTrainer's input",
        ["Crosscheck.Extract.Entities.Model.NerLabels"] = "the tag set NerTrainer and the CLI share",
        ["Crosscheck.Extract.Entities.Model.NerScheme"] = "the tag scheme of a training file",
        ["Crosscheck.Extract.Entities.Model.NerDocument"] = "document-level context the tagger's feature extractor takes and returns",
        ["Crosscheck.Extract.Entities.Model.ConllReader"] = "reads the CoNLL files the tagger is trained and scored on",
        ["Crosscheck.Extract.Time.TimeMLEvaluator"] = "`crosscheck eval time` scores the recogniser on TimeML",
        ["Crosscheck.Extract.Time.TimeMLScore"] = "what TimeMLEvaluator returns",
        ["Crosscheck.Extract.Time.Occurrence"] = "a value of NamedWeekday, one of the TemporalReference resolutions",
        ["Crosscheck.Extract.Time.PublicationDateFinder"] = "finds a stated date in any text (StatedDating, tests), without a pipeline",
    };

    private static IEnumerable<Type> StageFolderTypes(string folder) =>
        Engine.GetTypes().Where(t => t.Namespace is { } ns && (ns == folder || ns.StartsWith(folder + ".", StringComparison.Ordinal)));

    private static string? FolderOf(Type t)
    {
        var ns = t.Namespace;
        if (ns is null) return null;
        return StageFolders.FirstOrDefault(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal));
    }

    private static bool IsStage(Type t) => typeof(IReportStage).IsAssignableFrom(t) || typeof(ICorpusStage).IsAssignableFrom(t);

    [Fact]
    public void Keys_have_distinct_names()
    {
        // Build() and the views compare keys by identity, but messages and `crosscheck pipeline` name them.
        var names = typeof(CorpusKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(Layers).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => ((IDataKey)f.GetValue(null)!).Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_corpus_key_and_report_layer_is_assigned_by_exactly_one_default_stage()
    {
        var pipeline = DefaultPipeline.Build();
        var assigners = pipeline.ReportStages.SelectMany(s => s.Assigns.Select(k => (k, s.Name)))
            .Concat(pipeline.CorpusStages.SelectMany(s => s.Assigns.Select(k => (k, s.Name))))
            .GroupBy(x => x.k.Name, x => x.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var keys = typeof(CorpusKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(Layers).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => ((IDataKey)f.GetValue(null)!).Name);
        foreach (var key in keys)
        {
            Assert.True(assigners.TryGetValue(key, out var by) && by.Count == 1,
                $"'{key}' is assigned by [{string.Join(", ", assigners.GetValueOrDefault(key) ?? [])}]; it must be exactly one stage");
        }
    }

    [Fact]
    public void No_stage_folder_uses_another_stage_folders_internal_types()
    {
        var problems = new List<string>();
        foreach (var type in Engine.GetTypes())
        {
            if (FolderOf(type) is not { } folder) continue;
            foreach (var used in Referenced(type))
            {
                if (used.Assembly != Engine || FolderOf(used) is not { } other || other == folder) continue;
                if (used.IsPublic || used.IsNestedPublic) continue; // a folder's public door (stage, options) is fine
                problems.Add($"{type.FullName} uses {used.FullName}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void Stage_folders_expose_only_stages_options_and_listed_types()
    {
        var leaks = StageFolders.SelectMany(StageFolderTypes)
            .Where(t => t.IsPublic && !IsStage(t) && !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Where(t => !IsTemporalReference(t))
            .Where(t => !PublicAllowed.ContainsKey(t.FullName!))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(leaks.Count == 0, "public but neither model nor stage: " + string.Join(", ", leaks));
    }

    // The resolutions of the model's TemporalReference (TimeMention.Reference) live with the time
    // stage that makes them, like spaCy's language-specific attributes; readers see them through the base.
    private static bool IsTemporalReference(Type t) => typeof(TemporalReference).IsAssignableFrom(t);

    [Fact]
    public void Model_types_have_no_public_setters()
    {
        var mutable = Engine.GetTypes()
            .Where(t => t.Namespace == "Crosscheck.Model" && t.IsPublic)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .ToList();
        Assert.True(mutable.Count == 0, "public setters: " + string.Join(", ", mutable));
    }

    [Fact]
    public void The_architecture_check_sees_references_inside_method_bodies()
    {
        // The rule above is only as good as its reference finder: a type used only in a body counts.
        Assert.Contains(typeof(Report), Referenced(typeof(BodyOnly)));
    }

    private static class BodyOnly
    {
        public static object Make() => new Report("x", "y");
    }

    /// <summary>Types a type mentions: in its signatures and in its methods' bodies (IL tokens).</summary>
    private static HashSet<Type> Referenced(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null) return;
            if (t.HasElementType) { Add(t.GetElementType()); return; }
            if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) Add(a);
            if (!t.IsGenericParameter) found.Add(t.IsGenericType ? t.GetGenericTypeDefinition() : t);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var f in type.GetFields(all)) Add(f.FieldType);
        foreach (var p in type.GetProperties(all)) Add(p.PropertyType);
        foreach (var m in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in m.GetParameters()) Add(p.ParameterType);
            foreach (var member in BodyMembers(m)) Add(member is Type t ? t : member.DeclaringType);
        }
        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    private static IEnumerable<MemberInfo> BodyMembers(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            short value = il[i++];
            if (value == 0xFE) value = (short)(0xFE00 | il[i++]);
            if (!OpCodesByValue.TryGetValue(value, out var op)) yield break;
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try { member = module.ResolveMember(token, typeArgs, methodArgs); }
                    catch (ArgumentException) { }
                    if (member is not null) yield return member;
                    i += 4;
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar: i += 1; break;
                case OperandType.InlineVar: i += 2; break;
                case OperandType.InlineI8 or OperandType.InlineR: i += 8; break;
                case OperandType.InlineSwitch: i += 4 + 4 * BitConverter.ToInt32(il, i); break;
                default: i += 4; break;
            }
        }
    }
}
