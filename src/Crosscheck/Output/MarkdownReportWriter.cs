using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>
/// Writes the brief as GitHub-flavoured Markdown: per story a summary, a timeline, a figures table
/// with disagreements marked, quotes by speaker, names, and numbered sources; then what belongs to
/// no story and the inputs that could not be read. Citations are plain "[2][4]" so the raw text
/// reads well in a terminal; the numbers refer to the story's sources table.
/// </summary>
public static class MarkdownReportWriter
{
    public static string Write(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Write(ReportDigest.Build(analysis));
    }

    /// <summary>From a digest already built (the store writes every format of a story from one).</summary>
    internal static string Write(ReportDigest digest)
    {
        var md = new StringBuilder(4096);
        md.Append("# Crosscheck report\n\n");
        md.Append(digest.Overview()).Append("\n\n");
        if (digest.Stories.Count > 0)
            md.Append("Numbers in brackets, like [1], refer to the numbered sources at the end of each story.\n\n");

        foreach (var story in digest.Stories) WriteStory(md, story);
        WriteOutsideStories(md, digest);
        if (digest.Problems.Count > 0)
        {
            md.Append("## Problems\n\n");
            md.Append(ReportFormat.Count(digest.Problems.Count, "input", "inputs")).Append(" could not be read:\n\n");
            foreach (var p in digest.Problems)
                md.Append("- ").Append(Code(ReportFormat.OneLine(p.Origin), inTable: false)).Append(": ").Append(Escape(p.Reason)).Append('\n');
            md.Append('\n');
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void WriteStory(StringBuilder md, StoryView story)
    {
        md.Append("## ").Append(story.Number).Append(". ").Append(Escape(story.Title)).Append("\n\n");
        md.Append(string.Join(" ", story.Summary.Select(s => Sentence(story, s)))).Append("\n\n");

        if (story.Timeline.Count > 0)
        {
            md.Append("### Timeline\n\n");
            foreach (var ev in story.Timeline)
            {
                md.Append("- **").Append(Escape(ev.Label + " · " + ev.Short)).Append("**");
                if (ev.Description.Length > 0) md.Append(" — ").Append(Escape(ev.Description));
                md.Append(Cites(story, ev.Sources)).Append('\n');
                foreach (var f in ev.Facts.Where(f => f.Headline is not null))
                    md.Append("  - ").Append(f.Agreement.Disputed ? "⚠ " : "").Append(Escape(f.Headline!)).Append(Cites(story, f.Cites)).Append('\n');
            }
            md.Append('\n');
        }

        var rows = story.Timeline.SelectMany(ev => ev.Facts.Select(f => (ev, f))).ToList();
        if (rows.Count > 0)
        {
            md.Append("### Figures\n\n");
            md.Append("| Event | Figure | Reported values | Low | Best | High | Independent sources | Note |\n");
            md.Append("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |\n");
            EventView? previous = null;
            foreach (var (ev, f) in rows)
            {
                var values = f.Values.Select(v => Escape(v.Value) + Cites(story, v.Cites)).ToList();
                if (f.Silent.Count > 0) values.Add("no figure" + Cites(story, f.Silent));
                // The event in full on its first row only: the rows below it read as its figures.
                Row(md,
                    Escape(ReferenceEquals(ev, previous) ? ev.Label : ev.Label + " · " + ev.Short),
                    Escape(f.Label),
                    string.Join("; ", values),
                    Escape(f.Low ?? "—"),
                    Escape(f.Best ?? "—"),
                    Escape(f.High ?? "—"),
                    f.IndependentSources.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Note(f));
                previous = ev;
            }
            md.Append('\n');
        }

        WriteQuotes(md, story.Quotes, q => Cites(story, q.Cites));

        WriteEntities(md, story.Entities, "###");

        md.Append("### Sources\n\n");
        md.Append("| # | Report | Outlet | Independent source | Published | Copy of |\n");
        md.Append("| ---: | --- | --- | --- | --- | --- |\n");
        foreach (var s in story.Sources)
        {
            var report = Code(s.Report, inTable: true) + (s.Title is null ? "" : " — " + Escape(s.Title));
            var published = s.Published is null ? "unknown" : $"{s.Published} ({s.Basis})";
            Row(md,
                s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                report,
                Escape(s.Outlet ?? "—"),
                Escape(s.IndependentSource),
                Escape(published),
                CopyCell(story, s));
        }
        md.Append('\n');
        foreach (var s in story.Sources.Where(s => s.NotAnalysed is not null))
        {
            md.Append("Not analysed: ").Append(Code(s.Report, inTable: false)).Append(" (").Append(Escape(s.NotAnalysed!))
              .Append("): its events, figures and quotes were not read.\n\n");
        }
    }

    private static void WriteOutsideStories(StringBuilder md, ReportDigest digest)
    {
        if (digest.Unclustered.Count > 0)
        {
            md.Append("## Reports not in any story\n\n");
            md.Append("| Report | Title | Outlet | Published |\n| --- | --- | --- | --- |\n");
            foreach (var r in digest.Unclustered)
                Row(md, Code(r.Report, inTable: true), Escape(r.Title ?? "—"), Escape(r.Outlet ?? "—"), r.Published ?? "unknown");
            md.Append('\n');
        }
        if (digest.LooseQuotes.Count == 0 && digest.LooseEntities.Count == 0) return;

        md.Append("## Not tied to a story\n\n");
        WriteQuotes(md, digest.LooseQuotes, q => q.Files.Count == 0 ? "" : " (" + string.Join(", ", q.Files.Select(f => Code(f, inTable: false))) + ")");
        WriteEntities(md, digest.LooseEntities, "###");
    }

    /// <summary>Quotes under their speaker; <paramref name="sources"/> says where each was found.</summary>
    private static void WriteQuotes(StringBuilder md, IReadOnlyList<QuoteGroup> groups, Func<QuoteLine, string> sources)
    {
        if (groups.Count == 0) return;
        md.Append("### Quotes\n\n");
        foreach (var group in groups)
        {
            md.Append("**").Append(Escape(group.Speaker)).Append("**\n\n");
            foreach (var q in group.Quotes)
                md.Append("- “").Append(Escape(q.Text)).Append('”').Append(sources(q)).Append('\n');
            md.Append('\n');
        }
    }

    private static void WriteEntities(StringBuilder md, IReadOnlyList<EntityView> entities, string heading)
    {
        if (entities.Count == 0) return;
        md.Append(heading).Append(" People, organisations and places\n\n");
        md.Append("| Name | Kind | Also written | Mentions | Reports | Coordinates |\n");
        md.Append("| --- | --- | --- | ---: | ---: | --- |\n");
        foreach (var e in entities)
        {
            Row(md,
                Escape(e.Name),
                ReportFormat.Kind(e.Type),
                e.Variants.Count == 0 ? "—" : Escape(string.Join(", ", e.Variants)),
                e.Mentions.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture),
                e.Reports.ToString(System.Globalization.CultureInfo.InvariantCulture),
                e.Coordinates ?? "—");
        }
        md.Append('\n');
    }

    private static string Note(FactView f)
    {
        var notes = new List<string>();
        if (f.Agreement.Text is { } agreement) notes.Add(f.Agreement.Code == FactAgreement.Disagree ? $"⚠ **{agreement}**" : agreement);
        if (f.SingleSource) notes.Add("single source");
        return string.Join("; ", notes);
    }

    private static string CopyCell(StoryView story, SourceRow s)
    {
        if (s.CopyOf is { } original)
        {
            var target = story.Numbers.TryGetValue(original, out var n) ? $"[{n}]" : Code(original, inTable: true);
            return "copy of " + target + (s.CopyEvidence is null ? "" : $" ({Escape(s.CopyEvidence)})");
        }
        if (s.CopiedBy.Count > 0)
        {
            var copies = s.CopiedBy.Select(c => story.Numbers.TryGetValue(c, out var n) ? (n, $"[{n}]") : (int.MaxValue, Code(c, inTable: true)))
                .OrderBy(x => x.Item1).Select(x => x.Item2);
            return "original of " + string.Join("", copies);
        }
        return "—";
    }

    private static string Sentence(StoryView story, Cited s) => Escape(s.Text) + Cites(story, s.Cites) + ".";

    /// <summary>" [1][3]", or nothing when no source is numbered.</summary>
    private static string Cites(StoryView story, IEnumerable<Ref> refs)
    {
        var cites = story.Cite(refs);
        if (cites.Count == 0) return "";
        var sb = new StringBuilder(" ");
        foreach (var (n, _) in cites) sb.Append('[').Append(n).Append(']');
        return sb.ToString();
    }

    private static void Row(StringBuilder md, params string[] cells)
    {
        md.Append('|');
        foreach (var c in cells) md.Append(' ').Append(c.Length == 0 ? " " : c).Append(" |");
        md.Append('\n');
    }

    /// <summary>An id or file name as code, so underscores and dots stay readable in the raw text.</summary>
    private static string Code(string text, bool inTable)
    {
        text = ReportFormat.OneLine(text);
        if (text.Length == 0) return "—";
        if (text.Contains('`', StringComparison.Ordinal)) return Escape(text);
        // GitHub tables split on a pipe even inside a code span; the escaped pipe is unescaped there.
        return "`" + (inTable ? text.Replace("|", "\\|", StringComparison.Ordinal) : text) + "`";
    }

    /// <summary>
    /// Makes text literal in Markdown: emphasis, links, code, HTML, table pipes and headings cannot
    /// start from it. Apostrophes, hyphens and intra-word underscores stay as written.
    /// </summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '[' or ']' or '|' or '#':
                    sb.Append('\\');
                    break;
                case '~':
                    // A tilde after a space and before a figure ("~5") can never close a strikethrough, and
                    // every tilde that could is escaped, so the common "about" mark stays readable.
                    if (!((i == 0 || text[i - 1] == ' ') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
                        sb.Append('\\');
                    break;
                case '_':
                    // GFM never reads an underscore between letters as emphasis.
                    if (!(i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
                        sb.Append('\\');
                    break;
                case '<':
                    // Only what could open a tag, a comment or an autolink: "<3" stays as it is.
                    if (i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
                        sb.Append('\\');
                    break;
                case '&':
                    if (LooksLikeEntity(text, i)) sb.Append('\\');
                    break;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool LooksLikeEntity(string text, int amp)
    {
        var i = amp + 1;
        while (i < text.Length && i - amp <= 32 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '#')) i++;
        return i > amp + 1 && i < text.Length && text[i] == ';';
    }
}
