using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>
/// Writes the brief as one self-contained HTML page: inline CSS, no scripts, no external assets;
/// readable on a phone (tables scroll sideways) and printable (one story per page). The layout is
/// the Markdown report's; citations link to the story's sources table, and a figure the sources
/// disagree on is highlighted in the figures table. All text from the reports is HTML-encoded.
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        :root{--ink:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--accent:#0b57d0;--warn:#a50e0e;--warn-bg:#fdecea;--note-bg:#fff7d6}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
        main{max-width:62rem;margin:0 auto;padding:1rem}
        h1{font-size:1.6rem;margin:.5rem 0}
        h2{font-size:1.35rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:2px solid var(--ink)}
        h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
        h4{font-size:1rem;margin:1rem 0 .25rem}
        .meta,.hint,.title{color:var(--muted)}
        .summary{font-size:1.05rem}
        a{color:var(--accent)}
        a.cite{text-decoration:none;font-size:.85em;white-space:nowrap}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.92rem}
        th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        th{background:#f4f5f7;font-weight:600}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr.conflict td{background:var(--warn-bg)}
        tr.conflict td:first-child{box-shadow:inset 4px 0 0 var(--warn)}
        tr:target td{background:#fff3b0}
        .flag{display:inline-block;padding:0 .4em;border-radius:.3em;font-size:.8rem;font-weight:600;white-space:nowrap}
        .flag.conflict{background:var(--warn);color:#fff}
        .flag.single{background:var(--note-bg);color:#5c4400;border:1px solid #e0c96b}
        .timeline{list-style:none;padding:0;margin:0;border-left:3px solid var(--line)}
        .timeline>li{position:relative;margin:0 0 1rem;padding-left:1rem}
        .timeline>li::before{content:"";position:absolute;left:-.55rem;top:.45rem;width:.75rem;height:.75rem;border-radius:50%;background:var(--accent)}
        .timeline p{margin:.15rem 0}
        .when{font-weight:600}
        .facts{margin:.25rem 0 0;padding-left:1.2rem}
        .facts li.conflict{color:var(--warn)}
        blockquote{margin:.25rem 0 .6rem;padding:.1rem .75rem;border-left:3px solid var(--line)}
        blockquote p{margin:.2rem 0}
        code{font-size:.9em;overflow-wrap:anywhere}
        @media (max-width:40rem){body{font-size:15px}main{padding:.6rem}th,td{padding:.3rem}}
        @media print{body{font-size:10.5pt}main{max-width:none;padding:0}nav.toc{display:none}.table-wrap{overflow:visible}
        a{color:inherit;text-decoration:none}tr,li,blockquote{break-inside:avoid}h2,h3,h4{break-after:avoid}
        article.story+article.story{break-before:page}tr.conflict td,.flag{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """;

    public static string Write(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Write(ReportDigest.Build(analysis));
    }

    /// <summary>From a digest already built (the store writes every format of a story from one).</summary>
    internal static string Write(ReportDigest digest)
    {
        var h = new StringBuilder(8192);
        var pageTitle = digest.Stories.Count switch
        {
            0 => "Crosscheck report",
            1 => "Crosscheck: " + digest.Stories[0].Title,
            var n => $"Crosscheck: {digest.Stories[0].Title} and {ReportFormat.Count(n - 1, "more story", "more stories")}",
        };
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Append("<title>").Append(Encode(pageTitle)).Append("</title>\n")
         .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");

        h.Append("<header>\n<h1>Crosscheck report</h1>\n<p class=\"meta\">").Append(Encode(digest.Overview())).Append("</p>\n");
        if (digest.Stories.Count > 0)
            h.Append("<p class=\"hint\">Numbers in brackets, like [1], link to the numbered sources at the end of each story.</p>\n");
        h.Append("</header>\n");

        if (digest.Stories.Count > 1)
        {
            h.Append("<nav class=\"toc\">\n<ol>\n");
            foreach (var s in digest.Stories)
                h.Append("<li><a href=\"#").Append(StoryId(s)).Append("\">").Append(Encode(s.Title)).Append("</a></li>\n");
            h.Append("</ol>\n</nav>\n");
        }

        foreach (var story in digest.Stories) WriteStory(h, story);
        WriteOutsideStories(h, digest);
        if (digest.Problems.Count > 0)
        {
            h.Append("<section id=\"problems\">\n<h2>Problems</h2>\n<p>")
             .Append(ReportFormat.Count(digest.Problems.Count, "input", "inputs")).Append(" could not be read:</p>\n<ul>\n");
            foreach (var p in digest.Problems)
                h.Append("<li><code>").Append(Encode(ReportFormat.OneLine(p.Origin))).Append("</code>: ").Append(Encode(ReportFormat.OneLine(p.Reason))).Append("</li>\n");
            h.Append("</ul>\n</section>\n");
        }
        h.Append("</main>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void WriteStory(StringBuilder h, StoryView story)
    {
        h.Append("<article class=\"story\" id=\"").Append(StoryId(story)).Append("\">\n");
        h.Append("<h2>").Append(story.Number).Append(". ").Append(Encode(story.Title)).Append("</h2>\n");
        h.Append("<p class=\"summary\">");
        var first = true;
        foreach (var s in story.Summary)
        {
            if (!first) h.Append(' ');
            first = false;
            h.Append(Encode(s.Text)).Append(Cites(story, s.Cites)).Append('.');
        }
        h.Append("</p>\n");

        if (story.Timeline.Count > 0)
        {
            h.Append("<section>\n<h3>Timeline</h3>\n<ol class=\"timeline\">\n");
            foreach (var ev in story.Timeline)
            {
                h.Append("<li id=\"").Append(EventId(story, ev)).Append("\">\n<div class=\"when\">")
                 .Append(Encode(ev.Label + " · " + (ev.Date ?? "date unknown"))).Append("</div>\n<div><strong>")
                 .Append(Encode(ev.Type)).Append("</strong>");
                if (ev.Place is not null) h.Append(" · ").Append(Encode(ev.Place));
                h.Append("</div>\n<p>").Append(Encode(ev.Description)).Append(Cites(story, ev.Sources)).Append("</p>\n");
                var facts = ev.Facts.Where(f => f.Headline is not null).ToList();
                if (facts.Count > 0)
                {
                    h.Append("<ul class=\"facts\">\n");
                    foreach (var f in facts)
                    {
                        h.Append(f.Agreement.Disputed ? "<li class=\"conflict\">⚠ " : "<li>")
                         .Append(Encode(f.Headline!)).Append(Cites(story, f.Cites)).Append("</li>\n");
                    }
                    h.Append("</ul>\n");
                }
                h.Append("</li>\n");
            }
            h.Append("</ol>\n</section>\n");
        }

        var rows = story.Timeline.SelectMany(ev => ev.Facts.Select(f => (ev, f))).ToList();
        if (rows.Count > 0)
        {
            h.Append("<section>\n<h3>Figures</h3>\n<div class=\"table-wrap\">\n<table class=\"figures\">\n<thead><tr>")
             .Append("<th>Event</th><th>Figure</th><th>Reported values</th><th>Low</th><th>Best</th><th>High</th><th>Independent sources</th><th>Note</th>")
             .Append("</tr></thead>\n<tbody>\n");
            EventView? previous = null;
            foreach (var (ev, f) in rows)
            {
                var classes = (f.Agreement.Disputed ? "conflict " : "") + (f.SingleSource ? "single" : "");
                h.Append(classes.Length > 0 ? $"<tr class=\"{classes.Trim()}\">" : "<tr>");
                h.Append("<td><a href=\"#").Append(EventId(story, ev)).Append("\">").Append(Encode(ev.Label)).Append("</a>");
                // The event in full on its first row only: the rows below it read as its figures.
                if (!ReferenceEquals(ev, previous)) h.Append(' ').Append(Encode(ev.Short));
                h.Append("</td>");
                previous = ev;
                h.Append("<td>").Append(Encode(f.Label)).Append("</td><td>");
                var values = f.Values.Select(v => Encode(v.Value) + Cites(story, v.Cites)).ToList();
                if (f.Silent.Count > 0) values.Add("<span class=\"hint\">no figure</span>" + Cites(story, f.Silent));
                h.Append(string.Join("; ", values)).Append("</td>");
                Num(h, f.Low);
                Num(h, f.Best);
                Num(h, f.High);
                Num(h, f.IndependentSources.ToString(CultureInfo.InvariantCulture));
                h.Append("<td>");
                if (f.Agreement.Text is { } agreement)
                    h.Append(f.Agreement.Code == FactAgreement.Disagree ? $"<span class=\"flag conflict\">⚠ {Encode(agreement)}</span>" : Encode(agreement));
                if (f.SingleSource) h.Append(f.Agreement.Text is not null ? " " : "").Append("<span class=\"flag single\">single source</span>");
                h.Append("</td></tr>\n");
            }
            h.Append("</tbody>\n</table>\n</div>\n</section>\n");
        }

        WriteQuotes(h, story.Quotes, q => Cites(story, q.Cites));

        WriteEntities(h, story.Entities);

        h.Append("<section>\n<h3>Sources</h3>\n<div class=\"table-wrap\">\n<table class=\"sources\">\n<thead><tr>")
         .Append("<th>#</th><th>Report</th><th>Outlet</th><th>Independent source</th><th>Published</th><th>Copy of</th>")
         .Append("</tr></thead>\n<tbody>\n");
        foreach (var s in story.Sources)
        {
            h.Append("<tr id=\"").Append(SourceId(story, s.Number)).Append("\">");
            Num(h, s.Number.ToString(CultureInfo.InvariantCulture));
            h.Append("<td><code>").Append(Encode(s.Report)).Append("</code>");
            if (s.Title is not null) h.Append("<br><span class=\"title\">").Append(Encode(s.Title)).Append("</span>");
            h.Append("</td><td>").Append(Encode(s.Outlet ?? "—")).Append("</td>");
            h.Append("<td>").Append(Encode(s.IndependentSource)).Append("</td>");
            h.Append("<td>").Append(s.Published is null ? "unknown" : Encode(s.Published) + "<br><span class=\"hint\">" + Encode(s.Basis ?? "") + "</span>").Append("</td>");
            h.Append("<td>").Append(CopyCell(story, s)).Append("</td></tr>\n");
        }
        h.Append("</tbody>\n</table>\n</div>\n");
        foreach (var s in story.Sources.Where(s => s.NotAnalysed is not null))
        {
            h.Append("<p class=\"not-analysed\">Not analysed: <code>").Append(Encode(s.Report)).Append("</code> (")
             .Append(Encode(s.NotAnalysed!)).Append("): its events, figures and quotes were not read.</p>\n");
        }
        h.Append("</section>\n</article>\n");
    }

    private static void WriteOutsideStories(StringBuilder h, ReportDigest digest)
    {
        if (digest.Unclustered.Count > 0)
        {
            h.Append("<section id=\"other-reports\">\n<h2>Reports not in any story</h2>\n<div class=\"table-wrap\">\n<table>\n")
             .Append("<thead><tr><th>Report</th><th>Title</th><th>Outlet</th><th>Published</th></tr></thead>\n<tbody>\n");
            foreach (var r in digest.Unclustered)
            {
                h.Append("<tr><td><code>").Append(Encode(r.Report)).Append("</code></td><td>").Append(Encode(r.Title ?? "—"))
                 .Append("</td><td>").Append(Encode(r.Outlet ?? "—")).Append("</td><td>").Append(Encode(r.Published ?? "unknown")).Append("</td></tr>\n");
            }
            h.Append("</tbody>\n</table>\n</div>\n</section>\n");
        }
        if (digest.LooseQuotes.Count == 0 && digest.LooseEntities.Count == 0) return;

        h.Append("<section id=\"no-story\">\n<h2>Not tied to a story</h2>\n");
        WriteQuotes(h, digest.LooseQuotes, q => q.Files.Count == 0 ? ""
            : " <span class=\"hint\">(" + string.Join(", ", q.Files.Select(f => "<code>" + Encode(f) + "</code>")) + ")</span>");
        WriteEntities(h, digest.LooseEntities);
        h.Append("</section>\n");
    }

    /// <summary>Quotes under their speaker; <paramref name="sources"/> says where each was found (markup).</summary>
    private static void WriteQuotes(StringBuilder h, IReadOnlyList<QuoteGroup> groups, Func<QuoteLine, string> sources)
    {
        if (groups.Count == 0) return;
        h.Append("<section>\n<h3>Quotes</h3>\n");
        foreach (var group in groups)
        {
            h.Append("<h4>").Append(Encode(group.Speaker)).Append("</h4>\n");
            foreach (var q in group.Quotes)
                h.Append("<blockquote><p>“").Append(Encode(q.Text)).Append('”').Append(sources(q)).Append("</p></blockquote>\n");
        }
        h.Append("</section>\n");
    }

    private static void WriteEntities(StringBuilder h, IReadOnlyList<EntityView> entities)
    {
        if (entities.Count == 0) return;
        h.Append("<section>\n<h3>People, organisations and places</h3>\n<div class=\"table-wrap\">\n<table class=\"entities\">\n")
         .Append("<thead><tr><th>Name</th><th>Kind</th><th>Also written</th><th>Mentions</th><th>Reports</th><th>Coordinates</th></tr></thead>\n<tbody>\n");
        foreach (var e in entities)
        {
            h.Append("<tr><td>").Append(Encode(e.Name)).Append("</td><td>").Append(ReportFormat.Kind(e.Type))
             .Append("</td><td>").Append(e.Variants.Count == 0 ? "—" : Encode(string.Join(", ", e.Variants))).Append("</td>");
            Num(h, e.Mentions.ToString("#,0", CultureInfo.InvariantCulture));
            Num(h, e.Reports.ToString(CultureInfo.InvariantCulture));
            h.Append("<td>").Append(e.Coordinates ?? "—").Append("</td></tr>\n");
        }
        h.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static string CopyCell(StoryView story, SourceRow s)
    {
        if (s.CopyOf is { } original)
        {
            return "copy of " + SourceLink(story, original)
                + (s.CopyEvidence is null ? "" : " <span class=\"hint\">(" + Encode(s.CopyEvidence) + ")</span>");
        }
        if (s.CopiedBy.Count > 0)
        {
            var copies = s.CopiedBy.Select(c => (Number: story.Numbers.TryGetValue(c, out var n) ? n : int.MaxValue, Id: c))
                .OrderBy(x => x.Number).Select(x => SourceLink(story, x.Id));
            return "original of " + string.Join("", copies);
        }
        return "—";
    }

    /// <summary>A numbered source as a link to its row, or the bare id when it is not in this story.</summary>
    private static string SourceLink(StoryView story, string report) =>
        story.Numbers.TryGetValue(report, out var n)
            ? $"<a class=\"cite\" href=\"#{SourceId(story, n)}\">[{n.ToString(CultureInfo.InvariantCulture)}]</a>"
            : "<code>" + Encode(report) + "</code>";

    private static string Cites(StoryView story, IEnumerable<Ref> refs)
    {
        var cites = story.Cite(refs);
        if (cites.Count == 0) return "";
        var sb = new StringBuilder(" ");
        foreach (var (n, r) in cites)
        {
            sb.Append("<a class=\"cite\" href=\"#").Append(SourceId(story, n)).Append('"');
            // The supporting sentence as a tooltip, so a fact-checker can see the wording without leaving the page.
            if (r.Evidence is not null) sb.Append(" title=\"").Append(Encode(r.Evidence)).Append('"');
            sb.Append(">[").Append(n.ToString(CultureInfo.InvariantCulture)).Append("]</a>");
        }
        return sb.ToString();
    }

    private static void Num(StringBuilder h, string? value) =>
        h.Append("<td class=\"num\">").Append(Encode(value ?? "—")).Append("</td>");

    private static string StoryId(StoryView story) => "story-" + story.Number.ToString(CultureInfo.InvariantCulture);

    private static string EventId(StoryView story, EventView ev) =>
        $"s{story.Number.ToString(CultureInfo.InvariantCulture)}-e{ev.Number.ToString(CultureInfo.InvariantCulture)}";

    private static string SourceId(StoryView story, int number) =>
        $"s{story.Number.ToString(CultureInfo.InvariantCulture)}-src-{number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// HTML-encodes text for element content and quoted attributes. Only the five markup characters
    /// are replaced: the page is UTF-8, so names with accents stay readable in the source.
    /// </summary>
    internal static string Encode(string text)
    {
        var i = text.AsSpan().IndexOfAny("&<>\"'");
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(text[i]); break;
            }
        }
        return sb.ToString();
    }
}
