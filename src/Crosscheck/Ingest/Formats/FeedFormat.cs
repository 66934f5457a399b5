using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Crosscheck.Model;

namespace Crosscheck.Ingest.Formats;

/// <summary>
/// RSS 0.9x/1.0/2.0 and Atom feeds: each item with text becomes a report. The XML reader never processes
/// a DTD or resolves anything: entities a DOCTYPE declares are not expanded (no external entity, no
/// "billion laughs"). HTML entities that old RSS relies on its DTD for (&amp;nbsp;) are decoded on a
/// second pass; any other undeclared entity stays literal text.
/// </summary>
internal static partial class FeedFormat
{
    private static readonly HashSet<string> XmlEntities = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "apos" };

    public static bool LooksLikeFeed(string head) =>
        head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
        || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);

    public static ReadResult Parse(string xml, string fileId, string origin)
    {
        XDocument document;
        try
        {
            document = Load(xml);
        }
        catch (XmlException)
        {
            try
            {
                document = Load(DecodeHtmlEntities(xml));
            }
            catch (XmlException e)
            {
                return ReadResult.Fail(origin, $"malformed feed: {JsonLinesFormat.OneLine(e.Message)}");
            }
        }

        var root = document.Root;
        if (root is null) return ReadResult.Fail(origin, "malformed feed: no root element");
        if (root.Name.LocalName is not ("rss" or "feed" or "RDF"))
            return ReadResult.Fail(origin, $"not a feed (root element <{root.Name.LocalName}>)");

        var channel = root.Name.LocalName == "rss" ? root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root : root;
        var feedTitle = Child(channel, "title") ?? Child(root, "title");
        var items = root.Descendants().Where(e => e.Name.LocalName is "item" or "entry").ToList();
        if (items.Count == 0) return ReadResult.Fail(origin, "feed has no items");

        var reports = new List<Report>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var item in items)
        {
            n++;
            var html = Longest(Child(item, "encoded"), Child(item, "content"), Child(item, "description"), Child(item, "summary"));
            var text = html is null ? null : HtmlBlocks.FragmentToText(html);
            if (string.IsNullOrWhiteSpace(text)) continue;

            var link = Link(item);
            var ownId = Child(item, "guid") ?? Child(item, "id") ?? link;
            var id = ownId is not null && ids.Add(ownId) ? ownId : $"{fileId}#{n}";
            ids.Add(id);
            var dated = MetadataDate.TryParse(Child(item, "pubDate") ?? Child(item, "published") ?? Child(item, "date") ?? Child(item, "issued") ?? Child(item, "updated"), out var date);
            reports.Add(new Report(id, text)
            {
                Origin = $"{origin}#{n}",
                Title = Plain(Child(item, "title")),
                Url = link,
                Outlet = Plain(Child(item, "source")) ?? Plain(feedTitle),
                Published = dated ? new PublishedDate(date, DateBasis.Header) : null,
            });
        }
        if (reports.Count == 0) return ReadResult.Fail(origin, $"feed has no items with text ({items.Count} items)");
        return new ReadResult(reports, null);
    }

    private static XDocument Load(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static string DecodeHtmlEntities(string xml) => NamedEntity().Replace(xml, m =>
    {
        var name = m.Groups[1].Value;
        if (XmlEntities.Contains(name)) return m.Value;
        var decoded = WebUtility.HtmlDecode(m.Value);
        // Undeclared and not HTML: keep it as literal text, never look it up.
        return decoded == m.Value ? "&amp;" + name + ";" : SecurityElement(decoded);
    });

    private static string SecurityElement(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string? Child(XElement parent, string localName)
    {
        var e = parent.Elements().FirstOrDefault(x => x.Name.LocalName == localName);
        if (e is null) return null;
        if (localName == "author" || e.HasElements && e.Elements().Any(x => x.Name.LocalName == "name"))
            return e.Elements().FirstOrDefault(x => x.Name.LocalName == "name")?.Value ?? e.Value;
        // Atom content of type xhtml is markup, not text: keep it as markup for the HTML stripper.
        var value = e.HasElements ? string.Concat(e.Nodes().Select(node => node.ToString())) : e.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string? Link(XElement item)
    {
        var links = item.Elements().Where(x => x.Name.LocalName == "link").ToList();
        foreach (var l in links)
        {
            var href = l.Attribute("href")?.Value;
            var rel = l.Attribute("rel")?.Value;
            if (href is not null && (rel is null || rel == "alternate")) return href.Trim();
        }
        var text = links.Select(l => l.Value.Trim()).FirstOrDefault(v => v.Length > 0);
        return text ?? links.Select(l => l.Attribute("href")?.Value).FirstOrDefault(h => h is not null);
    }

    private static string? Longest(params string?[] values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).OrderByDescending(v => v!.Length).FirstOrDefault();

    private static string? Plain(string? s)
    {
        if (s is null) return null;
        var text = HtmlBlocks.FragmentToText(s).ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex NamedEntity();
}
