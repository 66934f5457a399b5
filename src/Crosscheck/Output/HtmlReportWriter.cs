// PLACEHOLDER: the output stage replaces this file; only the signature is the contract.
using System.Net;
using Crosscheck.Model;

namespace Crosscheck.Output;

/// <summary>Writes the self-contained HTML brief. PLACEHOLDER: the Markdown brief in a page.</summary>
public static class HtmlReportWriter
{
    public static string Write(CorpusAnalysis analysis) =>
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Crosscheck brief</title></head><body><pre>\n"
        + WebUtility.HtmlEncode(MarkdownReportWriter.Write(analysis))
        + "</pre></body></html>\n";
}
