using System.Text;
using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Clean;

/// <summary>
/// Removes scraping noise (captions with credits, "READ MORE |" teasers, trailing "Forum", share
/// prompts), turns bylines into wire attribution, normalises white space (one paragraph per line) and
/// detects the language. Must run first: every later offset points into the text it leaves.
/// </summary>
public sealed class ReportCleaner : IReportStage
{
    private readonly CleanOptions _options;
    private readonly LanguagePacks _languages;

    public ReportCleaner() : this(CleanOptions.Default) { }

    public ReportCleaner(CleanOptions options, LanguagePacks? languages = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _languages = languages ?? LanguagePacks.Default;
    }

    public string Name => "clean";

    public IReadOnlyList<IDataKey> Requires => [];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Cleaned];

    public void Process(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = NormalisedLines(report.RawText, out var spans);
        var removed = new List<RemovedLine>();
        var captions = new List<string>();
        string? wire = null;
        string? bylineOutlet = null;
        var keep = new bool[lines.Count];

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var inBylineWindow = i < _options.LeadingBylineLines || i >= lines.Count - _options.TrailingBylineLines;
            if (inBylineWindow && Bylines.IsByline(line, _options, out var credited))
            {
                wire ??= credited;
                if (credited is null) bylineOutlet ??= Bylines.Outlet(line);
                removed.Add(new RemovedLine(line, LineRules.Byline) { RawSpan = spans[i] });
                continue;
            }
            var reason = LineRules.Classify(line, _options);
            if (reason is null)
            {
                keep[i] = true;
                continue;
            }
            removed.Add(new RemovedLine(line, reason) { RawSpan = spans[i] });
            if (reason is LineRules.Caption or LineRules.Teaser) captions.Add(line);
        }

        var kept = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++) if (keep[i]) kept.Add(lines[i]);
        for (var i = 0; i < Math.Min(2, kept.Count) && wire is null; i++) wire = Bylines.DatelineWire(kept[i]);
        // The outlet the input names wins over a byline's (see Report.Outlet); so does its wire credit.
        var outlet = report.Metadata.Outlet ?? bylineOutlet;
        wire ??= WireAgencies.Canonical(outlet);

        var text = string.Join('\n', kept);
        var language = LanguageDetector.Detect(text, _options);
        report.Set(Layers.Cleaned, new CleaningLog(removed)
        {
            Text = text,
            Captions = captions,
            Outlet = bylineOutlet,
            Wire = wire,
            Language = language,
            NotAnalysed = _languages.WhyNotAnalysed(language),
        });
    }

    /// <summary>
    /// Lines with white space collapsed and invisible characters dropped; blank lines removed, so one
    /// paragraph is one line. Quotes and dashes are left exactly as written.
    /// </summary>
    internal static List<string> NormalisedLines(string raw) => NormalisedLines(raw, out _);

    /// <param name="spans">Per line, the span in <paramref name="raw"/> from its first to its last visible character.</param>
    internal static List<string> NormalisedLines(string raw, out List<TextSpan> spans)
    {
        var lines = new List<string>();
        var lineSpans = new List<TextSpan>();
        var sb = new StringBuilder();
        int first = -1, last = -1;
        for (var index = 0; index < raw.Length; index++)
        {
            var c = raw[index];
            switch (c)
            {
                case '\n' or '\r' or '\u2028' or '\u2029' or '\u0085':
                    Flush();
                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break; // zero-width and soft hyphen: invisible, but they split words for every later stage
                default:
                    if (char.IsWhiteSpace(c) || char.IsControl(c))
                    {
                        if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                    }
                    else
                    {
                        if (first < 0) first = index;
                        last = index;
                        sb.Append(c);
                    }
                    break;
            }
        }
        Flush();
        spans = lineSpans;
        return lines;

        void Flush()
        {
            var end = sb.Length;
            while (end > 0 && sb[end - 1] == ' ') end--;
            if (end > 0)
            {
                lines.Add(sb.ToString(0, end));
                lineSpans.Add(TextSpan.FromBounds(first, last + 1));
            }
            sb.Clear();
            first = last = -1;
        }
    }
}
