using System.Text.RegularExpressions;

namespace Crosscheck.Clean;

/// <summary>
/// Line classifiers for scraping noise. Each looks at one whole line (a paragraph of the body) and
/// says why it is not article text, or null. They match the shape of the noise, never its words about
/// the news: a caption ends in a credit, a teaser starts with "READ MORE |", chrome is a lone word.
/// </summary>
internal static partial class LineRules
{
    public const string Caption = "caption";
    public const string Teaser = "teaser";
    public const string SharePrompt = "share prompt";
    public const string Chrome = "site chrome";
    public const string Byline = "byline";

    private static readonly HashSet<string> ChromeLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "forum", "comments", "comment", "advertisement", "advertising", "ad", "ads", "sponsored", "sponsored content",
        "subscribe", "share", "share this", "share article", "share this article", "print", "email", "skip to content",
        "skip to main content", "loading", "loading...", "continue reading", "listen to this article", "show comments",
        "view comments", "leave a comment", "post a comment", "add a comment", "most read", "most popular", "top stories",
        "more stories", "latest news", "trending", "newsletter", "back to top", "menu", "close", "search", "log in",
        "sign in", "register", "accept cookies", "all rights reserved", "tags", "topics", "report an error",
        "related", "related articles", "related stories", "related coverage", "read more", "see also", "you may also like",
        "recommended", "more on this story", "story continues below advertisement", "article continues below",
        "scroll to continue", "watch", "listen", "play", "video", "gallery", "photos", "toggle caption", "hide caption",
        "enlarge this image", "open in app", "copy link", "link copied",
    };

    /// <summary>Agencies and photo services that appear as picture credits.</summary>
    private const string PhotoCredit =
        @"Getty\s+Images|Shutterstock|Alamy|iStock(?:photo)?|AFP|AP(?:\s+Photo)?|Reuters|EPA(?:-EFE)?|EFE|Bloomberg|Anadolu(?:\s+Agency)?|Xinhua|SIPA|NurPhoto|Sputnik|TASS|Imago|PA(?:\s+Images|\s+Wire)?|AAP(?:\s+Image)?|Kyodo|Yonhap|dpa|ANSA|Zuma(?:\s+Press)?|SOPA\s+Images|LightRocket|Pool|Handout|Supplied|Corbis|Magnum";

    public static string? Classify(string line, CleanOptions options)
    {
        if (line.Length <= options.MaxCaptionChars)
        {
            if (IsCaption(line)) return Caption;
            if (TeaserStart().IsMatch(line)) return Teaser;
        }
        if (line.Length <= options.MaxPromptChars)
        {
            if (ShareStart().IsMatch(line) || IsSocialBar(line)) return SharePrompt;
            var bare = line.Trim().TrimEnd(':', '.', '|', '>', '\u00BB', '\u203A', ' ');
            if (ChromeLines.Contains(bare) || ChromePattern().IsMatch(bare)) return Chrome;
        }
        return null;
    }

    /// <summary>"Facebook Twitter WhatsApp Email": a line made of sharing targets, not a sentence that names them.</summary>
    private static bool IsSocialBar(string line)
    {
        var matches = SocialBar().Matches(line);
        if (matches.Count < 3) return false;
        var named = matches.Sum(m => m.Length);
        var letters = line.Count(char.IsLetter);
        return named >= letters * 0.7;
    }

    internal static bool IsCaption(string line) =>
        EndsWithCredit(line) || ParenthesisedCredit().IsMatch(line) || NameSlashAgency().IsMatch(line)
        || CaptionStart().IsMatch(line) || PhotoServiceAnywhere().IsMatch(line) || AgencySlashName().IsMatch(line);

    private static readonly HashSet<string> CreditConnectors = new(StringComparer.Ordinal)
    {
        "via", "and", "for", "of", "de", "del", "da", "the", "van", "von", "la", "le", "&", "-", "/", "|",
    };

    /// <summary>A credit is names: every word capitalised (or a connector such as "via"), so "images by X showed..." is prose.</summary>
    private static bool EndsWithCredit(string line)
    {
        var m = CreditAtEnd().Match(line);
        if (!m.Success) return false;
        var credit = m.Groups["credit"].Value;
        foreach (var word in credit.Split([' ', '/', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CreditConnectors.Contains(word)) continue;
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word[0] is not ('\u00A9' or '(' or '\'' or '"')) return false;
        }
        return true;
    }

    /// <summary>"... in Kyiv. Photo / Getty Images", "Photo: Jane Doe/Reuters", "Photograph: X/AFP via Getty Images".</summary>
    [GeneratedRegex(@"(?:\b|^)(?:Photo(?:graph)?s?|PHOTOS?|Pictures?|Pic|Images?|IMAGES?|Foto|Video|Illustration|Graphic|Credit|Photo\s+credit|Photo\s+illustration)\s*(?:[:/|\u00A9]|by\b)\s*(?<credit>[^.!?]{1,90})\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditAtEnd();

    /// <summary>"(Getty Images)", "(AFP via Getty Images)", "(Photo: Reuters)", "(Jane Doe/AP)".</summary>
    [GeneratedRegex(@"\((?:[^()]*\b(?i:via|photo|image|credit|file\s+photo|pictured)\b[^()]*|[^()]*\b(?:" + PhotoCredit + @")\b[^()]*)\)\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisedCredit();

    /// <summary>"... in the city. Jane Doe/Reuters" — a photographer's name and agency closing the line.</summary>
    [GeneratedRegex(@"[\p{L}.'\u2019\-]+\s*/\s*(?:" + PhotoCredit + @")(?:\s*(?:/|via)\s*[\p{L} ]{1,40})?\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameSlashAgency();

    /// <summary>"REUTERS/Jane Doe" on its own line.</summary>
    [GeneratedRegex(@"^(?:" + PhotoCredit + @")\s*/\s*[\p{L} .'\-]{2,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencySlashName();

    /// <summary>"FILE PHOTO: ...", "Image: ...", "Pictured: ...", "File photo of ...".</summary>
    [GeneratedRegex(@"^(?:FILE\s+PHOTO|File\s+photo|Image|Photo(?:graph)?|Caption|Pictured|Above|Top\s+image|Main\s+image)\s*(?:[:\-\u2013\u2014|]|of\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionStart();

    [GeneratedRegex(@"\b(?:Getty\s+Images|Shutterstock|Alamy|iStockphoto|AFP\s+via\s+Getty|SOPA\s+Images|LightRocket\s+via)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoServiceAnywhere();

    [GeneratedRegex(@"^(?:READ\s+MORE|ALSO\s+READ|READ\s+ALSO|MORE\s+READING|RELATED|SEE\s+ALSO|ALSO\s+SEE|WATCH|LISTEN|RECOMMENDED|MUST\s+READ|TRENDING|MORE\s+ON\s+THIS|DON'T\s+MISS|RELATED\s+(?:ARTICLES?|STORIES|COVERAGE|CONTENT|NEWS)|FURTHER\s+READING|(?:YOU\s+MAY|YOU\s+MIGHT)\s+ALSO\s+LIKE)\s*[|:\u00BB>\-\u2013\u2014\u203A]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TeaserStart();

    [GeneratedRegex(@"^(?:Share\s+(?:this|on|via|the|your|article)\b|Follow\s+(?:us|@|[\p{L}. ]{1,40}\s+on\s+(?:Twitter|X|Facebook|Instagram|Telegram|WhatsApp|LinkedIn|Google))|Click\s+(?:here|to)\b|Sign\s+up\b|Subscribe\s+(?:to|now|for|here|today)\b|Join\s+(?:us|our)\b|Download\s+(?:our|the)\s+(?:\p{L}+\s+)?app|Get\s+(?:our|the\s+latest)\b|Tap\s+here|Tweet\s+this|Email\s+this|Print\s+this|Like\s+us\s+on|Copy\s+link|Send\s+us\s+your|Got\s+a\s+(?:news\s+)?tip|Have\s+a\s+(?:news\s+)?tip|Want\s+more\b|Never\s+miss|For\s+the\s+latest\b.*\bfollow\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShareStart();

    [GeneratedRegex(@"\b(?:Facebook|Twitter|WhatsApp|Telegram|LinkedIn|Email|E-mail|Reddit|Pinterest|Messenger|Print|Copy\s+link|X)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SocialBar();

    [GeneratedRegex(@"^(?:\d+\s+comments?|\d+\s+min(?:ute)?s?\s+read|(?:\u00A9|\(c\)|Copyright\s*(?:\u00A9|\(c\)|\d{4})).{0,120}|.{0,80}\bAll\s+rights\s+reserved|Advertisement\s*[-\u2013\u2014]?\s*(?:Scroll|Continue)\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChromePattern();
}
