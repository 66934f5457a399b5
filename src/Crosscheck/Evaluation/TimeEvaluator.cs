using Crosscheck.Extract.Time;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Evaluation;

/// <summary>
/// `crosscheck eval time DIR`: the time recogniser against TimeML gold (<c>*.tml</c> files with a
/// document creation time), scored as in TempEval-3: a found expression counts for extraction when
/// its span overlaps a gold TIMEX3 (relaxed) or equals it (strict), and for value F1 when its value,
/// resolved against the DCT, also equals the gold value. The headline is value F1 over DATE
/// expressions; the all-types line scores every found expression (dates, simple durations and
/// sets) against every gold TIMEX3.
/// </summary>
public static class TimeEvaluator
{
    public static double Run(string directory, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        EvalReport.RequireDirectory(directory);
        var files = Directory.EnumerateFiles(directory, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        int docs = 0, gold = 0, found = 0, strict = 0, relaxed = 0, correct = 0, allFound = 0, allCorrect = 0;
        var goldByType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in files)
        {
            string tml;
            try { tml = File.ReadAllText(path); }
            catch (IOException e) { throw new EvaluationInputException($"cannot read '{path}': {e.Message}"); }
            if (!TimeMLEvaluator.TryParse(tml, out var text, out var dct, out var timexes)) continue;
            docs++;
            foreach (var t in timexes) goldByType[t.Type] = goldByType.GetValueOrDefault(t.Type) + 1;
            var s = TimeMLEvaluator.Score(text, dct, timexes);
            gold += s.Gold; found += s.Found; strict += s.StrictMatches; relaxed += s.RelaxedMatches; correct += s.ValueCorrect;
            allFound += s.AllFound; allCorrect += s.AllCorrect;
        }
        if (docs == 0) throw new EvaluationInputException($"cannot read '{directory}': no TimeML file with a <DCT> and <TEXT> in it");

        output.WriteLine($"time: {docs} documents, gold TIMEX3 by type: {string.Join(", ", goldByType.Select(p => $"{p.Key} {p.Value}"))}");
        EvalReport.Line(output, "DATE extraction (relaxed)", new Prf(relaxed, found, gold));
        EvalReport.Line(output, "DATE extraction (strict)", new Prf(strict, found, gold));
        EvalReport.Line(output, "DATE value accuracy", $"{EvalReport.Fixed(relaxed == 0 ? 0 : (double)correct / relaxed)} ({correct} of {relaxed} matched)");
        var dateValue = new Prf(correct, found, gold);
        EvalReport.Line(output, "DATE value", dateValue);
        var all = new Prf(allCorrect, allFound, goldByType.Values.Sum());
        EvalReport.Line(output, "all types value", all);
        return EvalReport.Score(output, dateValue.F1);
    }
}
