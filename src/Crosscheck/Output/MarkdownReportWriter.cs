// PLACEHOLDER: the output stage replaces this file; only the signature is the contract.
using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>Writes the Markdown brief. PLACEHOLDER: stories, events with figures, and sources only.</summary>
public static class MarkdownReportWriter
{
    public static string Write(CorpusAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var sb = new StringBuilder();
        sb.AppendLine("# Crosscheck brief").AppendLine();
        foreach (var story in analysis.Stories)
        {
            sb.Append("## ").AppendLine(story.Title).AppendLine();
            foreach (var ev in story.Events)
            {
                sb.Append("- ").Append(ev.Date?.ToString() ?? "undated").Append(": ").AppendLine(ev.Description);
                foreach (var (name, fact) in ev.Facts)
                    sb.Append("  - ").Append(name).Append(": ").AppendLine(fact.Best?.ToString(CultureInfo.InvariantCulture) ?? "?");
            }
            sb.AppendLine();
        }
        sb.AppendLine("## Sources").AppendLine();
        foreach (var r in analysis.Reports)
            sb.Append("- ").Append(r.Id).Append(": ").Append(r.Outlet ?? "unknown outlet").Append(", ").AppendLine(r.Title ?? "untitled");
        return sb.ToString();
    }
}
