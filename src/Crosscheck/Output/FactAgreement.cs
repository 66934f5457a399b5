using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>
/// How the sources of one figure relate, in one code and one plain sentence that every view prints
/// (brief, HTML, JSON, CSV, GeoJSON, UI): an analyst filtering the CSV on "disagree" sees what the
/// brief calls "sources disagree". The model's two flags alone read as a contradiction
/// (conflict=true, consistent=true), so they are told apart here.
/// </summary>
internal sealed record FactAgreement(string Code, string? Text)
{
    /// <summary>Every source states the same figure (or only one states any).</summary>
    public const string Agree = "agree";

    /// <summary>The figures differ but could all be true at once ("at least 3" and "4").</summary>
    public const string Compatible = "compatible";

    /// <summary>A count that grew as reports came in: later reports state more (a toll that rose).</summary>
    public const string Evolving = "evolving";

    /// <summary>The figures cannot all be true.</summary>
    public const string Disagree = "disagree";

    /// <summary>The sources contradict each other (what "⚠" and the conflict highlight mark).</summary>
    public bool Disputed => Code == Disagree;

    /// <summary>The words for a sentence that already states the figures: the text without the list
    /// of values ("figures differ but could all be true").</summary>
    public string? Note => Code == Compatible ? "figures differ but could all be true" : Text;

    public static FactAgreement Of(ReconciledFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!fact.Conflict) return new(Agree, null);
        var claims = fact.ByReport.Values.OfType<Claim>().ToList();
        if (Rose(claims) is { } rose) return new(Evolving, rose(fact.Unit));
        if (fact.Consistent)
        {
            var stated = claims.OrderBy(c => c.Value).ThenBy(c => c.High ?? c.Value)
                .Select(c => Stated(c, fact.Unit)).Distinct(StringComparer.Ordinal);
            return new(Compatible, $"figures differ but could all be true ({string.Join("; ", stated)})");
        }
        return new(Disagree, "sources disagree");
    }

    /// <summary>"rose from 3 to 4 over two days" when every later day's figure is at least the
    /// earlier days' and the reports of each day agree among themselves; else null.</summary>
    private static Func<string?, string>? Rose(IReadOnlyList<Claim> claims)
    {
        if (claims.Any(c => c.Published is null || c.High is not null)) return null;
        var days = claims.GroupBy(c => c.Published!.Value).OrderBy(g => g.Key).ToList();
        if (days.Count < 2) return null;
        if (days.Any(d => d.Select(c => c.Value).Distinct().Count() > 1)) return null;
        for (var i = 1; i < days.Count; i++)
            if (days[i].First().Value < days[i - 1].First().Value) return null;
        var first = days[0].First();
        var last = days[^1].First();
        if (last.Value <= first.Value) return null;
        var span = days[^1].Key.DayNumber - days[0].Key.DayNumber;
        return unit => $"rose from {Stated(first, unit)} to {Stated(last, unit)} over {(span == 1 ? "one day" : $"{span} days")}";
    }

    private static string Stated(Claim claim, string? unit) =>
        ReportFormat.Words(claim.Qualifier, string.IsNullOrEmpty(unit))
        + (claim.High is { } high && high != claim.Value ? $"{ReportFormat.Amount(claim.Value, unit)} to {ReportFormat.Amount(high, unit)}" : ReportFormat.Amount(claim.Value, unit));
}
