using System.Text.Json;
using Crosscheck.Model;
using Crosscheck.Store;
using Crosscheck.Tests.Output;

namespace Crosscheck.Tests.Store;

/// <summary>What the server reads from a store: filtered story lists, exports, entities, report views, search.</summary>
public sealed class StoreQueryTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("crosscheck-query-test-");
    private readonly SqliteReportStore _store;

    public StoreQueryTests()
    {
        _store = SqliteReportStore.Open(Path.Combine(_dir.FullName, "store.db"));
        var analysis = SampleAnalysis.Build(killedCompatible: false);
        // Distinct texts: the store identifies reports by content.
        _store.Add(analysis.Reports.Select(r => new Report(r.Id, $"{r.Title}. The river rose over the weir at Eastbrook, report {r.Id}.") { Title = r.Title, Outlet = r.Outlet }));
        var corpus = _store.LoadCorpus();
        Assert.True(_store.ReplaceStories(analysis, corpus.Version));
    }

    public void Dispose()
    {
        _store.Dispose();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public void Figures_that_differ_but_could_all_be_true_do_not_mark_a_story_as_disputed()
    {
        static bool Disputed(CorpusAnalysis analysis) =>
            new StorySummary(analysis).Row(analysis.Stories.Single(s => s.Events.Any(e => e.Facts.ContainsKey("killed")))).HasConflict;

        Assert.False(Disputed(SampleAnalysis.Build()));   // the flood's tolls are "at least 3" and "4"
        Assert.True(Disputed(SampleAnalysis.Build(killedCompatible: false)));
    }

    [Theory]
    [InlineData(null, null, null, null, false, 2)]
    [InlineData("Eastbrook", null, null, null, false, 1)]      // an event's place
    [InlineData("EASTBROOK", null, null, null, false, 1)]      // case-insensitive
    [InlineData("Nowhere", null, null, null, false, 0)]
    [InlineData(null, "natural_disaster", null, null, false, 1)]
    [InlineData(null, null, "2024-03-01", "2024-03-31", false, 1)]
    [InlineData(null, null, "2025-01-01", null, false, 0)]
    [InlineData(null, null, null, null, true, 1)]              // the flood's tolls disagree; the fire's damage figures ("about $1.5 million", "$1-2 million") could all be true
    public void Story_list_filters_combine(string? place, string? type, string? from, string? to, bool conflicts, int expected)
    {
        var page = _store.QueryStories(new StoryQuery
        {
            Place = place, EventType = type, OnlyConflicts = conflicts,
            From = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(expected, page.Total);
        Assert.Equal(expected, page.Stories.Count);
    }

    [Fact]
    public void Story_list_pages_and_carries_places_and_event_types()
    {
        var first = _store.QueryStories(new StoryQuery { PageSize = 1 });
        var second = _store.QueryStories(new StoryQuery { PageSize = 1, Page = 2 });
        Assert.Equal(2, first.Total);
        Assert.NotEqual(first.Stories[0].Row.Id, second.Stories[0].Row.Id);
        var flood = first.Stories.Concat(second.Stories).Single(s => s.Row.Id == "s-flood");
        Assert.Contains("Eastbrook", flood.Places);
        Assert.Contains("natural_disaster", flood.EventTypes);
    }

    [Fact]
    public void Story_list_text_search_reaches_into_the_reports()
    {
        Assert.Equal(2, _store.QueryStories(new StoryQuery { Text = "weir" }).Total);     // in every report's text
        Assert.Equal(1, _store.QueryStories(new StoryQuery { Text = "depot" }).Total);    // one story's report title
        Assert.Equal(2, _store.QueryStories(new StoryQuery { Text = "\"weir )(*" }).Total); // FTS syntax is only text
        Assert.Equal(0, _store.QueryStories(new StoryQuery { Text = "volcano" }).Total);
    }

    [Theory]
    [InlineData("md", "Eastbrook")]
    [InlineData("html", "<html")]
    [InlineData("csv", "story,event")]
    [InlineData("geojson", "FeatureCollection")]
    public void Every_story_keeps_its_exports(string format, string contains)
    {
        Assert.Contains(contains, _store.StoryExport("s-flood", format), StringComparison.OrdinalIgnoreCase);
        Assert.Null(_store.StoryExport("s-none", format));
    }

    [Fact]
    public void Entities_merge_across_stories_and_are_found_by_a_variant()
    {
        var found = _store.FindEntities("lindquist", null);
        var person = Assert.Single(found);
        Assert.Equal("Mara Lindqvist", person.Canonical);
        Assert.Equal("PERSON", person.Type);
        Assert.Equal("s-flood", person.Stories[0].Id);
        Assert.All(_store.FindEntities(null, "place"), e => Assert.Equal("PLACE", e.Type));
    }

    [Fact]
    public void Every_stored_report_has_a_view_naming_its_story()
    {
        using var view = JsonDocument.Parse(_store.ReportViewJson(SampleAnalysis.Copy)!);
        Assert.Equal("s-flood", view.RootElement.GetProperty("story").GetString());
        Assert.Equal(SampleAnalysis.Wire, view.RootElement.GetProperty("copy_of").GetString());
        Assert.Null(_store.ReportViewJson("missing.txt"));
    }

    [Fact]
    public void Search_marks_the_words_found_and_names_the_story()
    {
        var hits = _store.SearchReports("depot blaze");
        var hit = Assert.Single(hits);
        Assert.Equal(SampleAnalysis.FireB, hit.Id);
        Assert.Equal("s-fire", hit.Story);
        Assert.Contains("[Blaze] at [depot]", hit.Snippet, StringComparison.Ordinal);
        Assert.Empty(_store.SearchReports("\")(*"));
    }

    [Fact]
    public void Status_says_which_corpus_version_the_stories_are_from()
    {
        var status = _store.Status();
        Assert.Equal(7, status.Reports);
        Assert.Equal(2, status.Stories);
        Assert.Equal(status.CorpusVersion, status.AnalysedVersion);
        _store.Add([new Report("new.txt", "Another report about a landslide.")]);
        Assert.NotEqual(_store.Status().CorpusVersion, _store.Status().AnalysedVersion);
    }
}
