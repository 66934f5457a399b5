using System.Globalization;

namespace Crosscheck.Evaluation;

/// <summary>
/// Counts behind a precision/recall/F1 figure: the found items that are right over all found, and
/// the gold items found over all gold (the two differ where one gold item may be found in pieces).
/// </summary>
public readonly record struct Prf(int Correct, int Found, int Gold)
{
    /// <summary>Gold items found, where it differs from <see cref="Correct"/>.</summary>
    public int GoldFound { get; init; } = Correct;

    public static Prf Of(int correctFound, int found, int goldFound, int gold) => new(correctFound, found, gold) { GoldFound = goldFound };

    public double Precision => Found == 0 ? 0 : (double)Correct / Found;

    public double Recall => Gold == 0 ? 0 : (double)GoldFound / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => GoldFound == Correct
        ? string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (correct {Correct}, found {Found}, gold {Gold})")
        : string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (right {Correct} of {Found} found, {GoldFound} of {Gold} gold found)");
}

/// <summary>
/// An evaluation input that cannot be read (missing folder, no usable file, a malformed header):
/// the command prints its message as one line and exits 2.
/// </summary>
public sealed class EvaluationInputException(string message) : Exception(message);

/// <summary>The shared output conventions of every evaluator: one figure per line, the headline last.</summary>
internal static class EvalReport
{
    /// <summary>Three decimals; "n/a" where the figure is undefined (a correlation over fewer than two pairs).</summary>
    public static string Fixed(double value) => double.IsNaN(value) ? "n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);

    public static void Line(TextWriter output, string label, Prf prf) => output.WriteLine($"{label,-28} {prf}");

    public static void Line(TextWriter output, string label, string value) => output.WriteLine($"{label,-28} {value}");

    /// <summary>The last line of every evaluation: the headline metric clamped to 0..1 (a negative correlation scores 0).</summary>
    public static double Score(TextWriter output, double headline)
    {
        var score = double.IsNaN(headline) ? 0 : Math.Clamp(headline, 0, 1);
        output.WriteLine($"score: {Fixed(score)}");
        return score;
    }

    public static void RequireDirectory(string path)
    {
        if (!Directory.Exists(path)) throw new EvaluationInputException($"cannot read '{path}': no such folder");
    }

    public static void RequireFile(string path)
    {
        if (!File.Exists(path)) throw new EvaluationInputException($"cannot read '{path}': no such file");
    }
}
