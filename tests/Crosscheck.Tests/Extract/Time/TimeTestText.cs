using System.Globalization;
using Crosscheck.Extract.Time;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Extract.Time;

/// <summary>Builds annotated reports for the date-stage tests.</summary>
internal static class TimeTestText
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Report Annotated(string text, string id = "r", PublishedDate? published = null)
    {
        var report = new Report(id, text) { Published = published };
        new TextSegmenter().Process(report);
        new TimeRecognizer().Process(report);
        return report;
    }

    public static IReadOnlyList<TimeMention> Mentions(string text) => Annotated(text).Require(Layers.Times);

    /// <summary>"2025-06-03/Day", "2025-05/Month": a resolved value with its granularity.</summary>
    public static string Show(DateValue? value) =>
        value is { } v ? $"{v.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{v.Granularity}" : "none";
}
