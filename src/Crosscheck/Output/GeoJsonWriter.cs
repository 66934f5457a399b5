using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>
/// The located events of an analysis as a GeoJSON FeatureCollection (RFC 7946: longitude first),
/// one Point feature per event whose place is known, with its figures as properties.
/// </summary>
public static class GeoJsonWriter
{
    public static string Write(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var story in analysis.Stories)
            {
                foreach (var ev in story.Events)
                {
                    if (ev.Place is not { } place) continue;
                    w.WriteStartObject();
                    w.WriteString("type", "Feature");
                    w.WriteString("id", ev.Id);
                    w.WriteStartObject("geometry");
                    w.WriteString("type", "Point");
                    w.WriteStartArray("coordinates");
                    w.WriteNumberValue(Math.Round(place.Longitude, 5));
                    w.WriteNumberValue(Math.Round(place.Latitude, 5));
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteStartObject("properties");
                    w.WriteString("story", story.Id);
                    w.WriteString("type", ev.Type);
                    w.WriteString("date", ev.Date?.ToString());
                    w.WriteString("location", ev.Location);
                    w.WriteString("description", ev.Description);
                    w.WriteNumber("sources", ev.Sources.Count);
                    w.WriteStartObject("facts");
                    foreach (var (name, fact) in ev.Facts)
                    {
                        w.WriteStartObject(name);
                        if (fact.Low is { } low) w.WriteNumber("low", low);
                        if (fact.Best is { } best) w.WriteNumber("best", best);
                        if (fact.High is { } high) w.WriteNumber("high", high);
                        w.WriteBoolean("conflict", fact.Conflict);
                        var agreement = FactAgreement.Of(fact);
                        w.WriteString("agreement", agreement.Code);
                        if (agreement.Text is { } text) w.WriteString("agreement_text", text);
                        w.WriteNumber("independent_sources", fact.IndependentSources);
                        if (fact.Unit is { } unit) w.WriteString("unit", unit);
                        w.WriteEndObject();
                    }
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
