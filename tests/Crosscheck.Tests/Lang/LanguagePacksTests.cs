using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Tests.Lang;

public class LanguagePacksTests
{
    [Fact]
    public void The_embedded_registry_has_English_and_French_and_nothing_for_German()
    {
        Assert.True(LanguagePacks.Default.Supports("en"));
        Assert.True(LanguagePacks.Default.Supports("fr"));
        Assert.False(LanguagePacks.Default.Supports("de"));
        Assert.Null(LanguagePacks.Default.For("de"));
        Assert.Equal("fr", LanguagePacks.Default.For("fr")!.Code);
    }

    [Fact]
    public void A_pack_is_loaded_once_and_shared()
    {
        Assert.Same(LanguagePacks.Default.For("fr"), LanguagePacks.Default.For("fr"));
    }

    [Fact]
    public void An_undetermined_language_reads_with_the_fallback_pack()
    {
        var report = new Report("x", "short") { Language = "und" };
        Assert.Equal("en", LanguagePacks.Default.For(report)!.Code);
        Assert.Null(LanguagePacks.Default.WhyNotAnalysed(report));
    }

    [Fact]
    public void A_language_without_a_pack_says_why_it_is_not_analysed()
    {
        var report = new Report("x", "text") { Language = "de" };
        Assert.Null(LanguagePacks.Default.For(report));
        Assert.Equal("no language pack for de", LanguagePacks.Default.WhyNotAnalysed(report));
    }

    [Fact]
    public void Data_files_have_sections_comments_and_phrases()
    {
        var packs = LanguagePacks.FromText(new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["xx"] = new Dictionary<string, string>
            {
                ["qualifiers"] = "# a comment\n[at-least]\nat least   # trailing comment\nno fewer than\n\n[about]\nabout\n",
            },
        });
        var pack = packs.For("xx")!;
        Assert.Equal(["at least", "no fewer than"], pack.Lines("qualifiers", "at-least"));
        Assert.Equal(["at", "least", "no", "fewer", "than"], pack.Words("qualifiers", "at-least"));
        Assert.Empty(pack.Lines("qualifiers", "missing-section"));
        Assert.Empty(pack.Lines("no-such-file", "about"));
        Assert.Null(packs.Fallback);
    }

    [Fact]
    public void Every_word_list_of_a_pack_is_not_empty()
    {
        // A section header with nothing under it is a list someone forgot to fill.
        foreach (var code in LanguagePacks.Default.Codes)
        {
            var pack = LanguagePacks.Default.For(code)!;
            foreach (var kind in pack.Kinds)
                foreach (var section in pack.Sections(kind))
                    Assert.True(section.Lines.Count > 0, $"{code}/{kind}.txt [{section.Name}] is empty");
        }
    }

    [Fact]
    public void French_has_every_kind_of_file_English_has_except_none()
    {
        var en = LanguagePacks.Default.For("en")!.Kinds.ToHashSet();
        var fr = LanguagePacks.Default.For("fr")!.Kinds.ToHashSet();
        Assert.Subset(fr, en);
        Assert.Subset(en, fr);
    }
}
