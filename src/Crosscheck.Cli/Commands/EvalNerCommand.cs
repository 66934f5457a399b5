using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Crosscheck.Evaluation;
using Crosscheck.Extract.Entities.Model;

namespace Crosscheck.Cli.Commands;

/// <summary>
/// `crosscheck eval ner FILE...`: the statistical name tagger scored on CoNLL/IOB files; and the
/// hidden `crosscheck train-ner` that trains it (see tools/train-ner.sh for the shipped model's recipe).
/// </summary>
internal static class EvalNerCommand
{
    /// <summary>Adds `ner` under the `eval` command (made when absent) and the hidden `train-ner`.</summary>
    public static void Attach(Command root, SharedOptions shared)
    {
        var eval = root.Subcommands.FirstOrDefault(c => c.Name == "eval");
        if (eval is null)
        {
            eval = new Command("eval", "Score the extractors on annotated data.");
            root.Subcommands.Add(eval);
        }
        eval.Subcommands.Add(CreateEval(shared));
        root.Subcommands.Add(CreateTrain(shared));
    }

    private static Option<string?> ModelOption() => new("--model")
    {
        HelpName = "FILE",
        Description = "A model file written by train-ner (default: the built-in model)",
    };

    private static Option<NerScheme> SchemeOption() => new("--scheme")
    {
        DefaultValueFactory = _ => NerScheme.Names,
        Description = "What the files mark: Names (proper names only: UNER, CoNLL, WikiGold, WNUT) or Mentions "
            + "(every mention incl. pronouns, nominals and determiners: re3d)",
    };

    private static Command CreateEval(SharedOptions shared)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "CoNLL/IOB files: token in the first column (or the one before the tag), tag in the last; "
                + "PER/ORG/LOC (and Person/Organisation/Location/GPE) mapped to PERSON/ORG/PLACE, other types ignored",
            Arity = ArgumentArity.OneOrMore,
        };
        var model = ModelOption();
        var errors = new Option<bool>("--errors") { Description = "Also print each sentence the tagger got wrong, gold and predicted names" };
        var scheme = SchemeOption();
        var command = new Command("ner",
            "Entity-level exact-span precision, recall and F1 of the name tagger per type and micro overall; last line `score: F1`.")
        { files, model, errors, scheme };
        command.SetAction(parse =>
        {
            var host = shared.Host;
            var loading = Stopwatch.StartNew();
            var tagger = LoadModel(parse.GetValue(model));
            var loadSeconds = loading.Elapsed.TotalSeconds;
            var total = new NerEvaluator();
            var paths = parse.GetValue(files) ?? [];
            long tokens = 0;
            tagger.TagIds(["warm"]); // loads the gazetteer, so that the throughput below is the tagger's
            var clock = Stopwatch.StartNew();
            var cpu = Environment.CpuUsage.TotalTime;
            foreach (var path in paths)
            {
                var sentences = Read(path).Select(s => s with { Scheme = parse.GetValue(scheme) }).ToList();
                var one = new NerEvaluator();
                var predictions = one.AddDocuments(tagger, sentences);
                for (var k = 0; k < sentences.Count; k++)
                {
                    var s = sentences[k];
                    total.Add(s.Labels, predictions[k]);
                    if (parse.GetValue(errors) && !s.Labels.SequenceEqual(predictions[k])) host.Out.WriteLine(Mistake(s, predictions[k]));
                    tokens += s.Tokens.Count;
                }
                if (paths.Length > 1) host.Out.WriteLine($"{path}: {Row(one.Overall)}");
            }
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
            foreach (var score in total.ByType) host.Out.WriteLine(Row(score));
            host.Out.WriteLine(Row(total.Overall));
            if (!parse.GetValue(shared.Quiet))
            {
                host.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"tokens: {tokens}, {tokens / Math.Max(seconds, 1e-6):F0} tokens/s ({tokens / Math.Max(cpuSeconds, 1e-6):F0} per CPU second; reading and scoring included); model loaded in {loadSeconds:F2} s"));
            }
            host.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"score: {total.Overall.F1:F4}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateTrain(SharedOptions shared)
    {
        var files = new Argument<string[]>("TRAIN") { Description = "CoNLL/IOB training files", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { HelpName = "FILE", Description = "Where to write the model", Required = true };
        var dev = new Option<string[]>("--dev") { HelpName = "FILE", Description = "Development files scored after each epoch" };
        var mentions = new Option<string[]>("--mentions")
        {
            HelpName = "FILE",
            Description = "Training files annotated in the Mentions scheme (pronouns, nominals, determiners; see --scheme of eval ner)",
        };
        var devMentions = new Option<string[]>("--dev-mentions") { HelpName = "FILE", Description = "Development files in the Mentions scheme" };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 10, Description = "Passes over the training data" };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1, Description = "Shuffling seed" };
        var bits = new Option<int>("--bits") { DefaultValueFactory = _ => 20, Description = "Feature buckets: 2^bits" };
        var text = new Option<string[]>("--text") { HelpName = "PATH", Description = "Plain-text files or folders (*.txt, recursively) for the word classes" };
        var coarse = new Option<int>("--coarse") { DefaultValueFactory = _ => 0, Description = "Coarse word classes (0: none; needs --text)" };
        var lowerEvery = new Option<int>("--lower-every")
        {
            DefaultValueFactory = _ => 0,
            Description = "Also train on a lower-cased copy of every Nth sentence (web text is often written in lower case; 0: none)",
        };
        var fine = new Option<int>("--fine") { DefaultValueFactory = _ => 256, Description = "Fine word classes" };
        var command = new Command("train-ner", "Train the name tagger (averaged structured perceptron) on CoNLL/IOB files.")
        {
            files, output, dev, epochs, seed, bits, text, coarse, fine, lowerEvery, mentions, devMentions,
        };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var host = shared.Host;
            var perFile = (parse.GetValue(files) ?? []).Select(Read)
                .Concat((parse.GetValue(mentions) ?? []).Select(p => Read(p).Select(s => s with { Scheme = NerScheme.Mentions }).ToList()))
                .ToList();
            var train = new List<NerSentence>();
            // Document numbers restart in each file: make them distinct across files (and for the copies below).
            var offset = 0;
            foreach (var file in perFile)
            {
                train.AddRange(file.Select(s => s with { Document = s.Document + offset }));
                offset += file.Count == 0 ? 0 : file.Max(s => s.Document) + 1;
            }
            if (parse.GetValue(lowerEvery) is > 0 and var every)
            {
                // Each lower-cased copy is a document of its own: its original's document is in sentence case.
                var copies = train.Where((_, i) => i % every == every - 1)
                    .Select((s, i) => s with { Tokens = [.. s.Tokens.Select(t => t.ToLowerInvariant())], Document = offset + i }).ToList();
                train.AddRange(copies);
            }
            var devSets = (parse.GetValue(dev) ?? []).Select(p => (Path: p, Sentences: Read(p)))
                .Concat((parse.GetValue(devMentions) ?? []).Select(p => (Path: p, Sentences: Read(p).Select(s => s with { Scheme = NerScheme.Mentions }).ToList())))
                .ToList();
            host.Error.WriteLine($"training on {train.Count} sentences, {train.Sum(s => s.Tokens.Count)} tokens");
            var clock = Stopwatch.StartNew();
            var options = new NerTrainingOptions(parse.GetValue(bits), parse.GetValue(epochs), parse.GetValue(seed),
                parse.GetValue(coarse), parse.GetValue(fine));
            var unlabeled = ReadText(parse.GetValue(text) ?? []);
            host.Error.WriteLine($"plain text for word classes: {unlabeled.Count} sentences");
            var model = NerTrainer.Train(train, options, unlabeled, devSets.Count == 0 ? null : (epoch, m) =>
            {
                foreach (var (path, sentences) in devSets)
                {
                    var e = new NerEvaluator();
                    e.AddDocuments(m, sentences);
                    var types = string.Join(" ", e.ByType.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Type}={t.F1:F3}")));
                    host.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"epoch {epoch} ({clock.Elapsed.TotalSeconds:F0}s) {Path.GetFileName(path)}: F1 {e.Overall.F1:F4} ({types})"));
                }
            });
            var target = parse.GetValue(output)!;
            using (var stream = File.Create(target)) model.Save(stream);
            host.Error.WriteLine($"wrote {target} ({new FileInfo(target).Length / 1024} KiB)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<IReadOnlyList<string>> ReadText(IEnumerable<string> paths)
    {
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
            ? Directory.EnumerateFiles(p, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [p]);
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var file in files)
        {
            var content = File.ReadAllText(file);
            foreach (var (span, _) in Crosscheck.Text.SentenceSplitter.Split(content))
            {
                sentences.Add([.. Crosscheck.Text.Tokenizer.Tokenize(content, span.Start, span.End).Select(t => content.Substring(t.Span.Start, t.Span.Length))]);
            }
        }
        return sentences;
    }

    private static NerModel LoadModel(string? path)
    {
        if (string.IsNullOrEmpty(path)) return NerModel.Default;
        using var stream = OpenFile(path);
        return NerModel.Load(stream);
    }

    private static List<NerSentence> Read(string path)
    {
        using var stream = OpenFile(path);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return ConllReader.Read(reader);
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.NothingProcessed, $"{path}: {e.Message}");
        }
    }

    private static string Mistake(NerSentence s, IReadOnlyList<int> predicted)
    {
        static string Names(NerSentence s, IReadOnlyList<int> labels) => string.Join("; ",
            NerEvaluator.Names(labels).OrderBy(n => n.Start).Select(n => $"{string.Join(' ', s.Tokens.Skip(n.Start).Take(n.End - n.Start))}/{NerLabels.Types[n.Type]}"));
        return $"  {string.Join(' ', s.Tokens)}\n    gold: {Names(s, s.Labels)}\n    got:  {Names(s, predicted)}";
    }

    private static string Row(NerScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Type,-7} P {s.Precision:F4}  R {s.Recall:F4}  F1 {s.F1:F4}  (tp {s.TruePositives}, fp {s.FalsePositives}, fn {s.FalseNegatives})");
}
