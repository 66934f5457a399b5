using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Events;

/// <summary>
/// Dates a mention against its report's publication date and the narrative's current date: a date
/// the text fixes is stated, one counted from the narrative (or from a copy printed after its wire
/// original) is soft, a mention with no time expression defaults to its publication date.
/// </summary>
internal static class EventDating
{
    internal static DateOnly? EarliestInCopyGroup(CorpusContext context, Report report)
    {
        if (!context.CopyGroupOf.TryGetValue(report.Id, out var group)) return report.Published?.Date;
        return group.Reports.Select(id => context.ById[id].Published?.Date).Where(d => d is not null).Min();
    }

    internal static void Resolve(EventItem item, Report report, DateOnly? earliestInGroup, DateOnly? anchor, ref DateOnly? narrative)
    {
        var published = report.Published?.Date;
        var time = item.Mention.Time;
        if (published is not { } pub)
        {
            item.Kind = DateKind.Unknown;
            return;
        }
        if (time is null)
        {
            item.Date = pub;
            item.Kind = DateKind.Default;
            return;
        }
        var value = time.Reference.Resolve(pub, anchor);
        if (value is not { } v || v.Granularity != DateGranularity.Day)
        {
            // A week or month says roughly when: keep the publication date as the default.
            item.Date = value?.Date ?? pub;
            item.Kind = value is null ? DateKind.Default : DateKind.Soft;
            if (value is { Granularity: DateGranularity.Week }) item.Date = pub;
            else if (value is { } coarse) item.Granularity = coarse.Granularity;
            return;
        }
        item.Date = v.Date;
        if (time.Reference.Absolute) item.Kind = DateKind.Stated;
        else if (time.Reference.NarrativeRelative) item.Kind = DateKind.Soft;
        // "today" in a copy printed a day after the wire's original is the wire's today.
        else item.Kind = earliestInGroup is { } e && e < pub ? DateKind.Soft : DateKind.Stated;
        // The narrative moves with dates the text states and with "a day later"; "X, a day after Y"
        // dates Y but the narrative stays with X.
        if (item.Mention.Type != EventLexicon.FiguresOnly && !time.Reference.BindsToFollowing) narrative = v.Date;
    }
}
