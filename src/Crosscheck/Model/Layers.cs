namespace Crosscheck.Model;

/// <summary>The annotation layers that stages add to a report, in the order they are produced.</summary>
public static class Layers
{
    /// <summary>What cleaning made of the input; its presence means <see cref="Report.Text"/> is final.</summary>
    public static readonly DataKey<CleaningLog> Cleaned = new("cleaned");

    /// <summary>
    /// A publication date the report's text states (a dateline, a "Published:" stamp), found when its
    /// header gives none. Per report, so that dedup and clustering already see it.
    /// </summary>
    public static readonly DataKey<PublishedDate> StatedPublished = new("stated-date");
    public static readonly DataKey<IReadOnlyList<Sentence>> Sentences = new("sentences");
    public static readonly DataKey<IReadOnlyList<Token>> Tokens = new("tokens");
    public static readonly DataKey<IReadOnlyList<EntityMention>> Entities = new("entities");
    public static readonly DataKey<IReadOnlyList<TimeMention>> Times = new("times");
    public static readonly DataKey<IReadOnlyList<QuantityMention>> Quantities = new("quantities");
    public static readonly DataKey<IReadOnlyList<QuoteMention>> Quotes = new("quotes");
    public static readonly DataKey<IReadOnlyList<EventMention>> Events = new("events");

    /// <summary>
    /// A publication date inferred for a report that states none: from its own events' dates or from
    /// its story's other reports. Assigned by the one corpus stage that can see the stories.
    /// </summary>
    public static readonly DataKey<PublishedDate> InferredPublished = new("inferred-date");
}
