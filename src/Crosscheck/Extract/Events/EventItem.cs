using Crosscheck.Model;

namespace Crosscheck.Extract.Events;

/// <summary>How a mention got its date: stated by the text, counted from the narrative or a later copy (soft), its publication date (default), or none.</summary>
internal enum DateKind { Stated, Soft, Default, Unknown }

/// <summary>One event mention while its story's events are built: its date, place, figures and citations.</summary>
internal sealed class EventItem
{
    public required Report Report { get; init; }
    public required EventMention Mention { get; init; }
    public DateOnly? Date { get; set; }
    public DateKind Kind { get; set; }

    /// <summary>How precisely the text dates it: "in May" is a month, not 1 May.</summary>
    public DateGranularity Granularity { get; set; } = DateGranularity.Day;
    public string PlaceKey { get; set; } = "";
    public GeoPlace? Place { get; set; }
    public string? PlaceName { get; set; }
    public List<QuantityMention> Figures { get; } = [];
    public List<Citation> Citations { get; } = [];

    /// <summary>The report's main place, for a dated mention the report does not place itself.</summary>
    public (string Key, string Name, GeoPlace? Place)? Fallback { get; set; }

    /// <summary>Placed at <see cref="Fallback"/>, not where the report says it happened.</summary>
    public bool AtFallback { get; set; }
}
