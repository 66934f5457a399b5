using System.CommandLine;
using Crosscheck.Model;
using Crosscheck.Output;

namespace Crosscheck.Cli;

/// <summary>The formats a report can be printed in, and the option that picks one.</summary>
internal static class ReportFormat
{
    public static Option<string> Option(string defaultFormat = "md")
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: md (Markdown brief), json (report contract version 1) or html (self-contained page)",
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong("md", "json", "html");
        return option;
    }

    public static Option<string?> OutOption() => new("--out", "-o")
    {
        HelpName = "FILE",
        Description = "Write to this file instead of stdout (written whole or not at all)",
    };

    public static string Render(CorpusAnalysis analysis, string? format) => format switch
    {
        "json" => JsonReportWriter.Write(analysis),
        "html" => HtmlReportWriter.Write(analysis),
        _ => MarkdownReportWriter.Write(analysis),
    };
}
