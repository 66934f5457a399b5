using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Crosscheck.Ingest.Formats;

/// <summary>
/// The article text of a web page by text and link density (the readability / boilerpipe idea):
/// prune what is never article text, score paragraph-like elements by length and commas, credit their
/// ancestors, penalise link-heavy and "comment/share/related"-named containers, keep the best subtree
/// and its siblings that score close to it. Falls back to all plain paragraphs when the winner is short.
/// </summary>
internal static partial class MainTextExtractor
{
    /// <summary>Shorter elements are not scored as paragraphs (menus, labels, dates).</summary>
    private const int MinParagraphChars = 25;
    /// <summary>Below this many characters the extraction counts as failed and the fallback runs.</summary>
    private const int MinArticleChars = 250;
    /// <summary>A block whose text is mostly link text is navigation, not prose.</summary>
    private const double MaxBlockLinkDensity = 0.5;
    /// <summary>Siblings of the winner join it when they score this share of its score.</summary>
    private const double SiblingShare = 0.2;

    private static readonly HashSet<string> PrunedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "aside", "footer", "header", "figure", "figcaption", "picture", "video", "audio", "dialog", "menu", "form",
    };

    private static readonly HashSet<string> PrunedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alertdialog", "search",
    };

    private static readonly HashSet<string> ScoredTags = new(StringComparer.OrdinalIgnoreCase) { "p", "pre", "td", "blockquote" };

    private static readonly HashSet<string> DivLike = new(StringComparer.OrdinalIgnoreCase) { "div", "section", "article", "main" };

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "span", "b", "i", "em", "strong", "u", "small", "sup", "sub", "mark", "abbr", "cite", "q", "time", "font", "code", "s",
    };

    public static List<string> Extract(IDocument document)
    {
        var body = document.Body;
        if (body is null) return [];
        Prune(body);

        var scores = new Dictionary<IElement, double>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            var text = ParagraphText(element);
            if (text is null || text.Length < MinParagraphChars) continue;
            var score = 1.0 + CountCommas(text) + Math.Min(text.Length / 100, 3);
            var ancestor = element.ParentElement;
            for (var level = 0; ancestor is not null && level < 5; level++, ancestor = ancestor.ParentElement)
            {
                if (ancestor.LocalName is "html") break;
                if (!scores.ContainsKey(ancestor)) scores[ancestor] = InitialScore(ancestor);
                scores[ancestor] += level switch { 0 => score, 1 => score / 2, _ => score / (level * 3) };
            }
        }

        var ranked = scores
            .Select(kv => (Element: kv.Key, Score: kv.Value * (1 - LinkDensity(kv.Key))))
            .OrderByDescending(c => c.Score)
            .ToList();

        var paragraphs = new List<string>();
        if (ranked.Count > 0)
        {
            var top = PromoteToCommonAncestor(ranked);
            var final = ranked.ToDictionary(c => c.Element, c => c.Score);
            paragraphs = Emit(SelectWithSiblings(top, final));
        }

        if (paragraphs.Sum(p => p.Length) < MinArticleChars)
        {
            var fallback = Emit(body.QuerySelectorAll("p").Where(p => p.TextContent.Trim().Length >= MinParagraphChars && LinkDensity(p) < 0.3).ToList());
            if (fallback.Sum(p => p.Length) > paragraphs.Sum(p => p.Length)) paragraphs = fallback;
        }
        return paragraphs;
    }

    private static void Prune(IElement body)
    {
        // First what is never text (scripts can outweigh the article), then measure, then layout guesses.
        var doomed = body.QuerySelectorAll("*")
            .Where(e => HtmlBlocks.SkippedTags.Contains(e.LocalName) || IsHidden(e) || PrunedRoles.Contains(e.GetAttribute("role") ?? ""))
            .ToList();
        foreach (var e in doomed) e.Remove();

        // A container holding most of the page's text is the page, whatever its class says.
        var half = body.TextContent.Length / 2;
        doomed = body.QuerySelectorAll("*")
            .Where(e => (PrunedTags.Contains(e.LocalName) || (e.LocalName is not ("article" or "main" or "a" or "body" or "p") && IsUnlikely(e)))
                        && e.TextContent.Length < half)
            .ToList();
        foreach (var e in doomed) e.Remove();
    }

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden") || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = e.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    private static bool IsUnlikely(IElement e)
    {
        var hints = Hints(e);
        return hints.Length > 0 && Unlikely().IsMatch(hints) && !MaybeCandidate().IsMatch(hints);
    }

    private static string Hints(IElement e) => (e.ClassName ?? "") + " " + (e.Id ?? "");

    /// <summary>The text an element contributes as one paragraph, or null when it is not paragraph-like.</summary>
    private static string? ParagraphText(IElement e)
    {
        if (ScoredTags.Contains(e.LocalName)) return Collapse(e.TextContent);
        if (!DivLike.Contains(e.LocalName)) return null;
        // A div that holds text directly (not through <p>) is a paragraph too, counted by its own text.
        var sb = new StringBuilder();
        foreach (var child in e.ChildNodes)
        {
            if (child is IText t) sb.Append(t.Data);
            else if (child is IElement c && InlineTags.Contains(c.LocalName)) sb.Append(c.TextContent);
        }
        var text = Collapse(sb.ToString());
        return text.Length == 0 ? null : text;
    }

    private static double InitialScore(IElement e)
    {
        double score = e.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassWeight(e);
    }

    private static double ClassWeight(IElement e)
    {
        double weight = 0;
        foreach (var hint in new[] { e.ClassName, e.Id })
        {
            if (string.IsNullOrEmpty(hint)) continue;
            if (Negative().IsMatch(hint)) weight -= 25;
            if (Positive().IsMatch(hint)) weight += 25;
        }
        if (string.Equals(e.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase)) weight += 50;
        return weight;
    }

    private static double LinkDensity(IElement e)
    {
        var total = e.TextContent.Length;
        if (total == 0) return 0;
        var links = e.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1.0, (double)links / total);
    }

    /// <summary>
    /// When several of the best candidates sit under one ancestor of the winner, the article is split
    /// across them (one wrapper per paragraph group): the ancestor is the article.
    /// </summary>
    private static IElement PromoteToCommonAncestor(List<(IElement Element, double Score)> ranked)
    {
        var top = ranked[0];
        var close = ranked.Skip(1).Take(5).Where(c => c.Score >= top.Score * 0.75).Select(c => c.Element).ToList();
        if (close.Count < 2) return top.Element;
        for (var ancestor = top.Element.ParentElement; ancestor is not null && ancestor.LocalName != "html"; ancestor = ancestor.ParentElement)
        {
            if (close.Count(c => ancestor.Contains(c)) >= 2) return ancestor;
        }
        return top.Element;
    }

    private static List<IElement> SelectWithSiblings(IElement top, Dictionary<IElement, double> scores)
    {
        var parent = top.ParentElement;
        if (parent is null || top.LocalName == "body") return [top];
        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * SiblingShare);
        var selected = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top) { selected.Add(sibling); continue; }
            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (scores.TryGetValue(sibling, out var s) && s + bonus >= threshold) { selected.Add(sibling); continue; }
            if (sibling.LocalName == "p")
            {
                var text = Collapse(sibling.TextContent);
                var density = LinkDensity(sibling);
                if ((text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && SentenceEnd().IsMatch(text)))
                    selected.Add(sibling);
            }
        }
        return selected;
    }

    private static List<string> Emit(List<IElement> elements)
    {
        var lines = new List<string>();
        foreach (var element in elements)
        {
            foreach (var block in HtmlBlocks.Collect(element))
            {
                if (block.LinkDensity > MaxBlockLinkDensity) continue;
                lines.Add(block.Text);
            }
        }
        return lines;
    }

    private static int CountCommas(string text)
    {
        var n = 0;
        foreach (var c in text) if (c is ',' or '\uFF0C' or '\u3001' or '\u060C') n++;
        return n;
    }

    private static string Collapse(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[.!?:""\u201D]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"-ad-|\bads?\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|recommend|remark|replies|rss|shoutbox|sidebar|skyscraper|social|share|sharing|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|modal|newsletter|subscribe|promo|outbrain|taboola|most-?read|trending|tags", RegexOptions.IgnoreCase)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|post-?text|entry", RegexOptions.IgnoreCase)]
    private static partial Regex MaybeCandidate();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|social|recommend|caption|credit", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", RegexOptions.IgnoreCase)]
    private static partial Regex Positive();
}
