using System.Globalization;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Extract.Events;

/// <summary>Runs the real pipeline on invented reports, so event tests see what users see.</summary>
internal static class EventTestKit
{
    private static readonly DefaultPipeline Pipeline = DefaultPipeline.Build();

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Report NewReport(string id, string published, string text) =>
        new(id, text) { Published = new PublishedDate(Day(published), DateBasis.Header) };

    /// <summary>The event mentions the per-report stages find in one text (published on a Wednesday).</summary>
    public static (Report Report, IReadOnlyList<EventMention> Mentions) Mentions(string text, string published = "2025-03-12")
    {
        var report = NewReport("r", published, text);
        Pipeline.Annotate(report);
        return (report, report.Require(Layers.Events));
    }

    public static CorpusAnalysis Run(params Report[] reports) => Pipeline.Run(reports);

    /// <summary>The events of every story (most tests build one story; this does not depend on how many).</summary>
    public static List<Event> AllEvents(CorpusAnalysis analysis) => analysis.Stories.SelectMany(s => s.Events).ToList();

    public static string Date(Event e) => e.Date?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
