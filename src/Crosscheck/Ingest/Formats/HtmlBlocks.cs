using System.Text;
using AngleSharp.Dom;

namespace Crosscheck.Ingest.Formats;

/// <summary>A run of text between block boundaries, with how much of it sits inside links.</summary>
internal readonly record struct TextBlock(string Text, int LinkChars, string Tag)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>
/// Turns a DOM subtree into text blocks: one per paragraph, heading, list item or line break, white
/// space collapsed. Shared by the main-text extractor and by feeds (item descriptions are HTML).
/// </summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
        "figure", "figcaption", "form", "fieldset", "address", "hr", "body", "center",
    };

    /// <summary>Elements whose text is never article text.</summary>
    internal static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button",
        "input", "select", "option", "textarea", "head", "title", "meta", "link",
    };

    public static List<TextBlock> Collect(INode root)
    {
        var blocks = new List<TextBlock>();
        var line = new StringBuilder();
        var linkChars = 0;
        var tag = "p";
        Walk(root, inLink: false);
        Flush();
        return blocks;

        void Walk(INode node, bool inLink)
        {
            if (node is IText text)
            {
                AppendCollapsed(text.Data, inLink);
                return;
            }
            if (node is not IElement element)
            {
                foreach (var child in node.ChildNodes) Walk(child, inLink);
                return;
            }
            var name = element.LocalName;
            if (SkippedTags.Contains(name)) return;
            if (name == "br")
            {
                Flush();
                return;
            }
            var block = BlockTags.Contains(name);
            if (block)
            {
                Flush();
                tag = name;
            }
            var link = inLink || name == "a";
            foreach (var child in element.ChildNodes) Walk(child, link);
            if (block) Flush();
        }

        void AppendCollapsed(string data, bool inLink)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) || c == '\u200B')
                {
                    if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
                }
                else
                {
                    line.Append(c);
                    if (inLink) linkChars++;
                }
            }
        }

        void Flush()
        {
            var s = line.ToString().Trim();
            if (s.Length > 0) blocks.Add(new TextBlock(s, Math.Min(linkChars, s.Length), tag));
            line.Clear();
            linkChars = 0;
        }
    }

    /// <summary>Plain paragraphs of an HTML fragment (a feed description, a JSON "content" field).</summary>
    public static string FragmentToText(string html)
    {
        // Plain text keeps its line breaks; only real markup goes through the parser.
        if (!LooksLikeMarkup(html)) return System.Net.WebUtility.HtmlDecode(html).Trim();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var doc = parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return string.Join('\n', Collect(doc.Body!).Select(b => b.Text));
    }

    internal static bool LooksLikeMarkup(string s)
    {
        for (var i = s.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < s.Length; i = s.IndexOf('<', i + 1))
        {
            var c = s[i + 1];
            if (char.IsAsciiLetter(c) || c is '/' or '!') return true;
        }
        return false;
    }
}
