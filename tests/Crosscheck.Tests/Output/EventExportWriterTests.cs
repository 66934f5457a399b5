using System.Text.Json;
using Crosscheck.Model;
using Crosscheck.Output;

namespace Crosscheck.Tests.Output;

public sealed class EventExportWriterTests
{
    private static List<string[]> Rows(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(ParseCsvLine).ToList();

    /// <summary>A minimal RFC 4180 line reader (no line breaks inside cells in these tests).</summary>
    private static string[] ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return [.. cells];
    }

    [Fact]
    public void Csv_has_a_row_per_event_and_figure_and_one_for_an_event_without_figures()
    {
        var analysis = SampleAnalysis.Build();
        var rows = Rows(EventTableWriter.Write(analysis));
        var header = rows[0];
        Assert.Equal("story", header[0]);
        var expected = analysis.Stories.SelectMany(s => s.Events).Sum(e => Math.Max(1, e.Facts.Count));
        Assert.Equal(expected, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));

        int Col(string name) => Array.IndexOf(header, name);
        var killed = rows.Single(r => r[Col("event")] == "flood" && r[Col("fact")] == "killed");
        Assert.Equal("true", killed[Col("conflict")]);
        Assert.Equal("3", killed[Col("low")]);
        Assert.Equal("4", killed[Col("best")]);
        Assert.Equal("51.12345", killed[Col("latitude")]);
    }

    [Theory]
    [InlineData("Said \"no\", then left", "\"Said \"\"no\"\", then left\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")] // a spreadsheet must not run report text
    [InlineData("-12", "-12")]                                     // a negative number is not a formula
    [InlineData("plain", "plain")]
    public void Csv_quotes_and_defuses_cells(string description, string expectedCell)
    {
        var ev = new Event("e1", "protest", description);
        var analysis = new CorpusAnalysis([]) { Stories = [new Story("s1", "t", []) { Events = [ev] }] };
        var line = EventTableWriter.Write(analysis).Split("\r\n")[1];
        Assert.EndsWith("," + expectedCell, line, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoJson_puts_longitude_first_and_leaves_out_events_without_a_place()
    {
        var analysis = SampleAnalysis.Build();
        using var doc = JsonDocument.Parse(GeoJsonWriter.Write(analysis));
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        var located = analysis.Stories.SelectMany(s => s.Events).Where(e => e.Place is not null).ToList();
        Assert.Equal(located.Count, features.Count);
        var flood = features.Single(f => f.GetProperty("id").GetString() == "flood");
        var point = flood.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(3.98765, point[0].GetDouble(), 5);  // longitude
        Assert.Equal(51.12345, point[1].GetDouble(), 5); // latitude
        var killed = flood.GetProperty("properties").GetProperty("facts").GetProperty("killed");
        Assert.True(killed.GetProperty("conflict").GetBoolean());
        Assert.Equal(4, killed.GetProperty("best").GetDouble());
    }

    [Fact]
    public void Report_view_offsets_cover_the_mentions_in_the_text()
    {
        var report = new Report("r.txt", "Rain hit Eastbrook on Monday.") { Published = new PublishedDate(new DateOnly(2024, 3, 12), DateBasis.Header) };
        report.Set(Layers.Entities, [new EntityMention(new TextSpan(9, 9), "Eastbrook", EntityType.Place, 0)]);
        report.Set(Layers.Quotes, [new QuoteMention(new TextSpan(0, 10), "Rain hit", 0) { Speaker = "Ana" }]);
        using var doc = JsonDocument.Parse(ReportViewWriter.Write(report, "s1", group: null));
        var root = doc.RootElement;
        Assert.Equal("s1", root.GetProperty("story").GetString());
        var entity = root.GetProperty("annotations").GetProperty("entities")[0];
        Assert.Equal("Eastbrook", entity.GetProperty("text").GetString());
        Assert.Equal("PLACE", entity.GetProperty("type").GetString());
        // A quotation span that runs past the quoted words is narrowed to them.
        var quote = root.GetProperty("annotations").GetProperty("quotes")[0];
        Assert.Equal("Rain hit", quote.GetProperty("text").GetString());
        Assert.Equal(8, quote.GetProperty("end").GetInt32());
    }
}
