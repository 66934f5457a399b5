using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Crosscheck.Model;

namespace Crosscheck.Ingest.Formats;

/// <summary>
/// A web page: metadata from the usual meta tags and JSON-LD, main text from <see cref="MainTextExtractor"/>.
/// Each field takes the first candidate that is present, in the order the code lists them (the page's own
/// declaration of a field before a guess from its layout).
/// </summary>
internal static partial class HtmlFormat
{
    /// <summary>JSON-LD articleBody replaces the extracted text when it is this much longer.</summary>
    private const double ArticleBodyAdvantage = 1.3;

    public static ReadResult Parse(string html, string id, string origin)
    {
        var document = new HtmlParser().ParseDocument(html);
        var meta = MetaTags(document);
        var ld = JsonLd.Read(document);

        var site = First(meta.GetValueOrDefault("og:site_name"), ld.Publisher, meta.GetValueOrDefault("application-name"));
        var title = First(meta.GetValueOrDefault("og:title"), meta.GetValueOrDefault("twitter:title"), ld.Headline,
            TrimSiteSuffix(Collapse(document.Title), site), Collapse(document.QuerySelector("h1")?.TextContent));
        var url = First(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"), meta.GetValueOrDefault("og:url"), ld.Url);
        var author = First(NotUrl(meta.GetValueOrDefault("author")), NotUrl(meta.GetValueOrDefault("article:author")), ld.Author,
            NotUrl(meta.GetValueOrDefault("byl")), Short(document.QuerySelector("[rel~=author], [itemprop=author]")?.TextContent));
        var paragraphs = MainTextExtractor.Extract(document);
        var published = PublishedDate(document, meta, ld) ?? MetadataDate.InUrlPath(url)
            ?? MetadataDate.FirstInText(string.Join('\n', paragraphs.Take(TextDateParagraphs)))
            ?? MetadataDate.FirstInText(VisibleText(document))
            ?? LastResortDate(meta);

        if (title is not null && paragraphs.Count > 0 && string.Equals(paragraphs[0], title, StringComparison.OrdinalIgnoreCase))
            paragraphs.RemoveAt(0);
        var text = string.Join('\n', paragraphs);
        if (ld.ArticleBody is { } articleBody && articleBody.Length > text.Length * ArticleBodyAdvantage)
            text = HtmlBlocks.FragmentToText(articleBody);
        // A page whose body the extractor cannot find (script-built pages, galleries) still states its
        // headline, date and summary in its metadata: keep it as a short report rather than lose it.
        if (string.IsNullOrWhiteSpace(text))
            text = First(meta.GetValueOrDefault("og:description"), meta.GetValueOrDefault("description"),
                meta.GetValueOrDefault("twitter:description")) ?? "";
        if (string.IsNullOrWhiteSpace(text) && published is not null && title is not null) text = title;
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(origin, "no article text found in HTML");

        // The byline is handed to cleaning as a closing line, so one place turns bylines into wire credits.
        if (author is not null && !text.Contains(author, StringComparison.Ordinal)) text += "\nBy " + author;

        var report = new Report(id, text)
        {
            Origin = origin,
            Title = title,
            Url = url,
            Outlet = site ?? HostOf(url),
            Published = published is { } date ? new PublishedDate(date, DateBasis.Header) : null,
        };
        return ReadResult.Ok(report);
    }

    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in document.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(content)) continue;
            meta.TryAdd(key.Trim(), content.Trim());
        }
        return meta;
    }

    private static readonly string[] DateMetaKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "published_time", "article.published", "parsely-pub-date", "sailthru.date",
        "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "date", "originalpublicationdate", "cxenseparse:recs:publishtime",
    ];

    /// <summary>Paragraphs of the main text searched for a printed date: a page prints its date by the headline.</summary>
    private const int TextDateParagraphs = 3;

    /// <summary>
    /// A modification date, when the page states nothing else: the last edit of a page that never
    /// changed is its publication, and a page that did change was at least online by then.
    /// </summary>
    /// <summary>The page's text as a reader sees it: scripts, styles and templates left out.</summary>
    private static string VisibleText(IDocument document)
    {
        if (document.Body is not { } body) return "";
        var text = new System.Text.StringBuilder();
        foreach (var node in body.Descendants<IText>())
        {
            if (node.ParentElement?.Closest("script, style, noscript, template") is not null) continue;
            text.Append(node.Data).Append(' ');
        }
        return text.ToString();
    }

    private static DateOnly? LastResortDate(Dictionary<string, string> meta)
    {
        foreach (var key in (string[])["article:modified_time", "og:updated_time", "dateModified", "last-modified"])
            if (MetadataDate.TryParse(meta.GetValueOrDefault(key), out var d)) return d;
        return null;
    }

    private static DateOnly? PublishedDate(IDocument document, Dictionary<string, string> meta, JsonLd ld)
    {
        foreach (var key in DateMetaKeys)
            if (MetadataDate.TryParse(meta.GetValueOrDefault(key), out var d)) return d;
        if (MetadataDate.TryParse(ld.DatePublished, out var fromLd)) return fromLd;
        foreach (var e in document.QuerySelectorAll("[itemprop=datePublished]"))
            if (MetadataDate.TryParse(e.GetAttribute("content") ?? e.GetAttribute("datetime") ?? e.TextContent, out var d)) return d;
        var times = document.QuerySelectorAll("time[datetime]").ToList();
        var preferred = times.Where(t => t.HasAttribute("pubdate") || (t.ClassName ?? "").Contains("publish", StringComparison.OrdinalIgnoreCase)).Concat(times);
        foreach (var t in preferred)
            if (MetadataDate.TryParse(t.GetAttribute("datetime"), out var d)) return d;
        return null;
    }

    private static string? First(params string?[] values)
    {
        foreach (var v in values)
        {
            var c = Collapse(v);
            if (!string.IsNullOrEmpty(c)) return System.Net.WebUtility.HtmlDecode(c);
        }
        return null;
    }

    private static string? NotUrl(string? value) =>
        value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.StartsWith('/') ? null : value;

    private static string? Short(string? value)
    {
        var c = Collapse(value);
        return c is { Length: > 0 and <= 80 } ? c : null;
    }

    private static string? TrimSiteSuffix(string? title, string? site)
    {
        if (title is null || site is null) return title;
        var m = TitleSeparator().Match(title);
        return m.Success && m.Groups[2].Value.Contains(site, StringComparison.OrdinalIgnoreCase) ? m.Groups[1].Value.Trim() : title;
    }

    private static string? HostOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    private static string? Collapse(string? s) => s is null ? null : Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(.+)\s+[|\-\u2013\u2014:\u00B7]\s+(.+)$")]
    private static partial Regex TitleSeparator();

    /// <summary>The fields of the page's JSON-LD article object (schema.org NewsArticle and kin).</summary>
    private sealed record JsonLd(string? Headline, string? DatePublished, string? Publisher, string? Author, string? Url, string? ArticleBody)
    {
        public static JsonLd Read(IDocument document)
        {
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    if (FindArticle(json.RootElement, 0) is { } article) return FromElement(article);
                }
                catch (JsonException)
                {
                    // A broken JSON-LD block is common and harmless: the meta tags still speak.
                }
            }
            return new JsonLd(null, null, null, null, null, null);
        }

        private static JsonElement? FindArticle(JsonElement e, int depth)
        {
            if (depth > 6) return null;
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                    if (FindArticle(item, depth + 1) is { } found) return found;
                return null;
            }
            if (e.ValueKind != JsonValueKind.Object) return null;
            if (e.TryGetProperty("@type", out var type) && IsArticleType(type)) return e;
            if (e.TryGetProperty("@graph", out var graph)) return FindArticle(graph, depth + 1);
            if (e.TryGetProperty("datePublished", out _) && e.TryGetProperty("headline", out _)) return e;
            return null;
        }

        private static bool IsArticleType(JsonElement type) => type.ValueKind switch
        {
            JsonValueKind.String => (type.GetString() ?? "").Contains("Article", StringComparison.Ordinal) || type.GetString() is "BlogPosting" or "Report" or "LiveBlogPosting",
            JsonValueKind.Array => type.EnumerateArray().Any(IsArticleType),
            _ => false,
        };

        private static JsonLd FromElement(JsonElement e) => new(
            Text(e, "headline") ?? Text(e, "name"),
            Text(e, "datePublished") ?? Text(e, "dateCreated"),
            Name(e, "publisher"),
            Name(e, "author"),
            Text(e, "url") ?? Name(e, "mainEntityOfPage", "@id"),
            Text(e, "articleBody"));

        private static string? Text(JsonElement e, string property) =>
            e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private static string? Name(JsonElement e, string property, string inner = "name")
        {
            if (!e.TryGetProperty(property, out var v)) return null;
            if (v.ValueKind == JsonValueKind.String) return v.GetString();
            if (v.ValueKind == JsonValueKind.Object) return Text(v, inner);
            if (v.ValueKind == JsonValueKind.Array)
            {
                var names = v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.ValueKind == JsonValueKind.Object ? Text(x, inner) : null)
                    .Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
                return names.Count == 0 ? null : string.Join(", ", names);
            }
            return null;
        }
    }
}
