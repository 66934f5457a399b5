namespace Crosscheck.Model;

/// <summary>The annotation layers that per-report stages add, in the order they are produced.</summary>
public static class Layers
{
    /// <summary>What cleaning removed from the input; its presence means <see cref="Report.Text"/> is final.</summary>
    public static readonly DataKey<CleaningLog> Cleaned = new("cleaned");
    public static readonly DataKey<IReadOnlyList<Sentence>> Sentences = new("sentences");
    public static readonly DataKey<IReadOnlyList<Token>> Tokens = new("tokens");
    public static readonly DataKey<IReadOnlyList<EntityMention>> Entities = new("entities");
    public static readonly DataKey<IReadOnlyList<TimeMention>> Times = new("times");
    public static readonly DataKey<IReadOnlyList<QuantityMention>> Quantities = new("quantities");
    public static readonly DataKey<IReadOnlyList<QuoteMention>> Quotes = new("quotes");
    public static readonly DataKey<IReadOnlyList<EventMention>> Events = new("events");
}
