using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Extract.Events;

/// <summary>A place mention's event key: its linked place entity, else its gazetteer place, else its text.</summary>
/// <remarks>Maps a place as written to its linked entity, so "Kiev" and "Kyiv", or two transliterations of a village, are one place.</remarks>
internal sealed class PlaceIndex(EntityLinks links, LanguagePacks languages)
{
    public (string Key, string Name, GeoPlace? Place) Resolve(Report report, EntityMention mention)
    {
        var reportId = report.Id;
        // "Marion County": the gazetteer holds populated places only, so a county resolves to a
        // town of its name, often another state's. It stays an unresolved name, which nests with
        // the towns inside it.
        if (languages.For(report) is { } pack && LastWord(mention.Text) is { Length: > 0 } last
            && EventWords.For(pack).UnlistedAreas.Contains(last))
            return ("t:" + Gazetteer.NameKey.Normalize(mention.Text), mention.Text, null);
        if (links.EntityOf(reportId, mention) is { Type: EntityType.Place } entity)
        {
            var place = entity.Place ?? mention.Place;
            return ("e:" + entity.Canonical.ToLowerInvariant(), entity.Canonical, place);
        }
        if (mention.Place is { } p) return ("g:" + (p.Id.Length > 0 ? p.Id : p.Name.ToLowerInvariant()), p.Name, p);
        var text = StripRegionWord(mention.Text);
        return ("t:" + text.ToLowerInvariant(), text, null);
    }

    private static string LastWord(string text)
    {
        var space = text.TrimEnd().LastIndexOf(' ');
        return space < 0 ? "" : text[(space + 1)..].Trim();
    }

    private static string StripRegionWord(string text)
    {
        foreach (var suffix in new[] { " region", " Region", " oblast", " Oblast", " province", " Province" })
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)) return text[..^suffix.Length];
        }
        return text;
    }
}
