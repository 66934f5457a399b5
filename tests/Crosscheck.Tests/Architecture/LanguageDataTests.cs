using System.Text.RegularExpressions;

namespace Crosscheck.Tests.Architecture;

/// <summary>
/// Language knowledge lives in data (src/Crosscheck/Lang/&lt;code&gt;/), not in C#: a word list in code
/// is English only and is read by one stage, so French or a merged list can never reach it. The test
/// scans the engine's sources for word lists (string literals of 3+ lowercase words in a row, a
/// "word" or "word" pattern, a string of 5+ space-separated words) and allows only the files below,
/// each with its reason and its count, so that a list added anywhere (or to an allowed file) fails.
/// When a count drops because a list moved into a pack, lower it here.
/// </summary>
public partial class LanguageDataTests
{
    /// <summary>File (relative to src/Crosscheck) → (allowed hits, why).</summary>
    private static readonly Dictionary<string, (int Hits, string Why)> Allowed = new(StringComparer.Ordinal)
    {
        // Not language: names of formats and of the engine's own identifiers.
        ["Ingest/Formats/MainTextExtractor.cs"] = (13, "HTML element and class names of page chrome"),
        ["Ingest/Formats/HtmlBlocks.cs"] = (3, "HTML element names"),
        ["Ingest/Formats/HtmlFormat.cs"] = (2, "HTML element names"),
        ["Ingest/Formats/PlainTextFormat.cs"] = (3, "header field names"),
        ["Ingest/Formats/FeedFormat.cs"] = (3, "RSS/Atom element names"),
        ["Ingest/Formats/JsonLinesFormat.cs"] = (3, "JSON field names"),
        ["Ingest/Formats/MetadataDate.cs"] = (1, "HTML meta names"),
        ["Ingest/ReportReader.cs"] = (2, "file extensions and format names"),
        ["Store/StoredAnalysis.cs"] = (1, "export format names"),
        ["Store/StoreLocation.cs"] = (1, "environment and folder names"),
        ["Evaluation/QuoteEvaluator.cs"] = (1, "annotation labels of the scored data"),
        ["Evaluation/NerEvaluator.cs"] = (1, "annotation labels of the scored data"),
        ["Cluster/ClusterEvaluation.cs"] = (1, "metric names"),
        ["Cluster/ClusterPairModel.cs"] = (2, "the pair model's feature names (the model file's keys)"),
        ["Output/EventTableWriter.cs"] = (1, "CSV column names"),
        ["Output/FactAgreement.cs"] = (1, "the brief's wording for how sources relate (reports are written in English)"),
        ["Extract/Events/EventMentionFinder.cs"] = (4, "fact names (engine identifiers: killed, injured...)"),
        ["Reconcile/ReconcileOptions.cs"] = (1, "toll fact names (engine identifiers: killed, injured...)"),
        ["Extract/Quantities/SentenceScanner.Figures.cs"] = (5, "glued digit suffixes (3rd, 10am) still in code — TODO move to figures.txt"),
        // Detection profiles of eleven languages, most without a pack: data of the detector, not of a language.
        ["Clean/LanguageDetector.cs"] = (7, "function-word profiles that tell languages apart"),
        // Not moved yet (listed in Lang/README.md): English lists of stages the move did not reach.
        ["Extract/Time/TimeExpressionParser.cs"] = (28, "TODO: English regex patterns (months, weekdays, prepositions) — French uses PackTimeParser"),
        ["Extract/Time/TimeExpressionParser.Timex.cs"] = (20, "TODO: English TimeML patterns"),
        ["Extract/Entities/Cues.cs"] = (14, "NER feature cues read by Extract/Entities/Model (being retrained; left alone)"),
        ["Extract/Entities/NameFinder.cs"] = (12, "TODO: English name-finding cues"),
        ["Clean/LineRules.cs"] = (4, "TODO: boilerplate and caption cues"),
        ["Clean/Bylines.cs"] = (2, "TODO: byline particles"),
        ["Text/SentenceSplitter.cs"] = (1, "TODO: English abbreviations (titles.txt)"),
        ["Output/DigestBuilder.cs"] = (1, "TODO: casualty fact names of the brief's headline"),
        ["Dedup/SkeletonBuilder.cs"] = (1, "TODO: function words of the translation skeleton"),
    };

    private const string Word = @"""[a-z][a-z'\-\.]*""";

    [GeneratedRegex(@"(?:" + Word + @"\s*,\s*){2,}" + Word)]
    private static partial Regex ListLiteral();

    [GeneratedRegex(Word + @"\s+or\s+" + Word)]
    private static partial Regex OrPattern();

    [GeneratedRegex(@"""[a-z\u00e0-\u00ff]+(?: [a-z\u00e0-\u00ff']+){4,}""")]
    private static partial Regex SpacedWords();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();

    private static string EngineSources()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Crosscheck.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return Path.Combine(dir!.FullName, "src", "Crosscheck");
    }

    internal static Dictionary<string, int> WordListsInCode(string root)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            if (relative.StartsWith("Lang/", StringComparison.Ordinal)) continue;
            // The tagger's features are another agent's model (retrained now); its lists are its own.
            if (relative.StartsWith("Extract/Entities/Model/", StringComparison.Ordinal)) continue;
            var code = LineComment().Replace(File.ReadAllText(path), "");
            var n = ListLiteral().Count(code) + OrPattern().Count(code) + SpacedWords().Count(code);
            if (n > 0) hits[relative] = n;
        }
        return hits;
    }

    [Fact]
    public void No_language_word_list_is_in_code_outside_the_allowed_files()
    {
        var found = WordListsInCode(EngineSources());
        var unexpected = found.Where(kv => !Allowed.TryGetValue(kv.Key, out var allowed) || kv.Value > allowed.Hits)
            .Select(kv => $"{kv.Key}: {kv.Value} word list(s) — move them to Lang/<code>/ (see Lang/README.md)").ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    [Fact]
    public void The_allow_list_is_not_larger_than_what_is_left()
    {
        // A list that moved to a pack must lower its allowance, so that it cannot come back unnoticed.
        var found = WordListsInCode(EngineSources());
        var stale = Allowed.Where(kv => found.GetValueOrDefault(kv.Key) < kv.Value.Hits)
            .Select(kv => $"{kv.Key}: allowed {kv.Value.Hits}, found {found.GetValueOrDefault(kv.Key)}").ToList();
        Assert.True(stale.Count == 0, string.Join("\n", stale));
    }

    [Theory]
    [InlineData("var s = new[] { \"said\", \"told\", \"added\" };", 1)]
    [InlineData("if (w is \"killed\" or \"dead\") return;", 1)]
    [InlineData("Set(\"the and of to in is was\")", 1)]
    [InlineData("var s = new[] { \"Said\", \"Told\" }; // \"a\", \"b\", \"c\" in a comment", 0)]
    public void The_scanner_sees_word_lists_and_not_comments(string code, int expected)
    {
        var root = Path.Combine(Path.GetTempPath(), "lang-scan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            File.WriteAllText(Path.Combine(root, "X.cs"), code);
            Assert.Equal(expected, WordListsInCode(root).GetValueOrDefault("X.cs"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
