using Crosscheck.Model;
using Crosscheck.Store;

namespace Crosscheck.Tests.Store;

public class ReportIdentityTests
{
    [Theory]
    [InlineData("flood.txt", new string[0], "flood.txt")]                                            // free: kept
    [InlineData("flood.txt", new[] { "flood.txt" }, "flood-abcdef12.txt")]                           // taken: short hash before the extension
    [InlineData("flood.txt", new[] { "flood.txt", "flood-abcdef12.txt" }, "flood-abcdef12-2.txt")]  // both taken: a counter
    [InlineData("item-42", new[] { "item-42" }, "item-42-abcdef12")]                                  // no extension
    [InlineData("v1.2 notes", new[] { "v1.2 notes" }, "v1.2 notes-abcdef12")]                        // ".2 notes" is no extension
    public void Unique_ids(string id, string[] taken, string expected)
    {
        var set = taken.ToHashSet(StringComparer.Ordinal);

        Assert.Equal(expected, ReportIdentity.Unique(id, "abcdef1234567890", set.Contains));
    }

    [Fact]
    public void The_content_hash_covers_metadata_but_not_the_id_or_origin()
    {
        var a = new Report("a.txt", "Same text.") { Title = "One", Origin = "/x/a.txt" };
        var renamed = new Report("b.txt", "Same text.") { Title = "One", Origin = "/y/b.txt" };
        var retitled = new Report("a.txt", "Same text.") { Title = "Two" };

        Assert.Equal(ReportIdentity.ContentHash(a), ReportIdentity.ContentHash(renamed));
        Assert.NotEqual(ReportIdentity.ContentHash(a), ReportIdentity.ContentHash(retitled));
    }

    [Fact]
    public void MakeIdsUnique_keeps_the_first_and_renames_later_duplicates()
    {
        Report[] reports = [new("r.txt", "One."), new("r.txt", "Two.") { Title = "T" }, new("s.txt", "Three.")];

        var unique = ReportIdentity.MakeIdsUnique(reports);

        Assert.Same(reports[0], unique[0]);
        Assert.StartsWith("r-", unique[1].Id, StringComparison.Ordinal);
        Assert.Equal("T", unique[1].Title);
        Assert.Same(reports[2], unique[2]);
    }
}
