using System.Collections.Frozen;
using System.Diagnostics;
using System.Reflection;
using Crosscheck.Model;

namespace Crosscheck.Lang;

/// <summary>
/// The languages the engine can analyse, each a <see cref="LanguagePack"/> read from the embedded
/// data files under <c>Lang/&lt;code&gt;/</c>. A pack is loaded on first use and once; stages take a
/// registry (default <see cref="Default"/>) so that a pipeline can be built with other packs.
/// </summary>
public sealed class LanguagePacks
{
    private const string ResourcePrefix = "Crosscheck.Lang.";

    private readonly FrozenDictionary<string, Lazy<LanguagePack>> _packs;

    /// <summary>
    /// The packs embedded in the engine. The fallback is English: a text too short to be told apart
    /// ("und") has always been read as English, and so it still is.
    /// </summary>
    public static LanguagePacks Default { get; } = FromAssembly(typeof(LanguagePacks).Assembly, fallback: "en");

    private LanguagePacks(IReadOnlyDictionary<string, Func<LanguagePack>> loaders, string? fallback)
    {
        _packs = loaders.ToFrozenDictionary(
            kv => kv.Key, kv => new Lazy<LanguagePack>(kv.Value, LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.OrdinalIgnoreCase);
        Fallback = fallback is not null && _packs.ContainsKey(fallback) ? fallback : null;
    }

    /// <summary>The pack used for a report whose language is undetermined ("und"), if any.</summary>
    public string? Fallback { get; }

    /// <summary>The codes with a pack, sorted.</summary>
    public IEnumerable<string> Codes => _packs.Keys.Order(StringComparer.Ordinal);

    public bool Supports(string? code) => code is not null && _packs.ContainsKey(code);

    /// <summary>The pack of a language, or null when there is none.</summary>
    public LanguagePack? For(string? code) =>
        code is not null && _packs.TryGetValue(code, out var pack) ? pack.Value : null;

    /// <summary>The pack that reads a report: its language's, the fallback for "und", else null.</summary>
    public LanguagePack? For(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ForDetected(report.Language);
    }

    /// <summary>The pack for a detected language code, the fallback standing in for "und".</summary>
    private LanguagePack? ForDetected(string language) =>
        For(language) ?? (language == "und" && Fallback is not null ? For(Fallback) : null);

    /// <summary>Why a report is not analysed ("no language pack for de"), or null when it is.</summary>
    public string? WhyNotAnalysed(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return WhyNotAnalysed(report.Language);
    }

    /// <summary>Why a report in <paramref name="language"/> is not analysed, or null when it is (for the cleaner, which detects it).</summary>
    public string? WhyNotAnalysed(string language) =>
        ForDetected(language) is null ? $"no language pack for {language}" : null;

    /// <summary>Packs from data in memory: code → kind → file text. For tests and for new languages.</summary>
    public static LanguagePacks FromText(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> files, string? fallback = null) =>
        new(files.ToDictionary(
            kv => kv.Key,
            kv => (Func<LanguagePack>)(() => new LanguagePack(kv.Key, kv.Value.ToDictionary(f => f.Key, f => LangFile.Parse(f.Value))))),
            fallback);

    /// <summary>Time spent parsing pack files so far (all packs), for `crosscheck pipeline` and benchmarks.</summary>
    public static TimeSpan LoadTime => TimeSpan.FromTicks(Interlocked.Read(ref s_loadTicks));

    private static long s_loadTicks;

    private static LanguagePacks FromAssembly(Assembly assembly, string fallback)
    {
        // Resource names are "Crosscheck.Lang.<code>/<kind>.txt" (set in Crosscheck.csproj; the
        // separator is the build machine's).
        var byCode = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => (Name: n, Parts: n[ResourcePrefix.Length..^4].Split(['/', '\\'])))
            .Where(x => x.Parts.Length == 2)
            .GroupBy(x => x.Parts[0], StringComparer.Ordinal);
        var loaders = new Dictionary<string, Func<LanguagePack>>(StringComparer.Ordinal);
        foreach (var group in byCode)
        {
            var code = group.Key;
            var resources = group.ToArray();
            loaders[code] = () =>
            {
                var started = Stopwatch.GetTimestamp();
                var files = new Dictionary<string, LangFile>(StringComparer.Ordinal);
                foreach (var (name, parts) in resources)
                {
                    using var stream = assembly.GetManifestResourceStream(name)!;
                    using var reader = new StreamReader(stream);
                    files[parts[1]] = LangFile.Parse(reader.ReadToEnd());
                }
                Interlocked.Add(ref s_loadTicks, Stopwatch.GetElapsedTime(started).Ticks);
                return new LanguagePack(code, files);
            };
        }
        return new LanguagePacks(loaders, fallback);
    }
}
