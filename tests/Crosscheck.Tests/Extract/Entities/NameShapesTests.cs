using Crosscheck.Extract.Entities;
using Crosscheck.Gazetteer;
using Crosscheck.Lang;
using Crosscheck.Model;

namespace Crosscheck.Tests.Extract.Entities;

public class NameShapesTests
{
    private static readonly NameLexicon English = NameLexicon.For(LanguagePacks.Default.For("en"));

    private static Candidate Name(string text, EntityType? type) => new()
    {
        Start = 10, End = 10 + text.Length, Text = text, Sentence = 0, InCaption = false,
        Words = text.Split(' ').Length, Type = type,
    };

    [Theory]
    [InlineData("Harwick Police Chief Tom Ellery", "Tom Ellery", "Harwick Police", "the organisation before the role is kept")]
    [InlineData("Film Academy President Jane Roe", "Jane Roe", "Film Academy", "an organisation word names the prefix")]
    [InlineData("Riverton Councilman Jumo D. Abara", "Jumo D. Abara", null, "a place before the role is no organisation")]
    public void Cuts_a_person_out_after_a_role_word(string text, string person, string? organisation, string why)
    {
        var cut = NameShapes.CutAtTitle(Name(text, EntityType.Organization), English, GazetteerIndex.Default);
        Assert.True(cut is not null, why);
        Assert.Equal(person, cut!.Value.Person.Text);
        Assert.Equal(EntityType.Person, cut.Value.Person.Type);
        Assert.Equal(10 + text.IndexOf(person, StringComparison.Ordinal), cut.Value.Person.Start);
        Assert.Equal(organisation, cut.Value.Organization?.Text);
    }

    [Theory]
    [InlineData("General Motors", "a company word after the role word")]
    [InlineData("Police Chief", "nothing after the role word")]
    [InlineData("Chief Executive Office", "an organisation word in the name after it")]
    public void Leaves_names_that_only_look_like_a_role_and_a_name(string text, string why)
    {
        Assert.True(NameShapes.CutAtTitle(Name(text, EntityType.Organization), English, GazetteerIndex.Default) is null, why);
    }

    [Theory]
    [InlineData("Harlow Fine Clinic", EntityType.Organization)]
    [InlineData("Northvale Highway Patrol", EntityType.Organization)]
    [InlineData("The Grenfield Reporter", EntityType.Organization)]
    [InlineData("Tanner Street", null)]
    [InlineData("Jane Roe", EntityType.Person)]
    public void Types_a_person_like_name_by_its_head_word(string text, EntityType? expected)
    {
        var c = Name(text, EntityType.Person);
        NameShapes.TypeByHead(c, English);
        Assert.Equal(expected, c.Type);
    }

    [Theory]
    [InlineData("Mount Brellin", EntityType.Place)]
    [InlineData("Harlow Fine Clinic", EntityType.Organization)]
    [InlineData("Jane Roe", null)]
    public void Types_an_untyped_name_by_its_head_word(string text, EntityType? expected)
    {
        var c = Name(text, null);
        NameShapes.TypeByHead(c, English);
        Assert.Equal(expected, c.Type);
    }

    [Fact]
    public void Types_a_place_led_team_name_as_an_organisation()
    {
        var c = Name("North Carolina Harriers", EntityType.Person);
        NameShapes.TypeByHead(c, English, GazetteerIndex.Default);
        Assert.Equal(EntityType.Organization, c.Type);
    }

    [Fact]
    public void Drops_a_describing_compound_before_a_name()
    {
        var c = NameShapes.WithoutDescriber(Name("Sixty-year-old Jane Ann Roe", EntityType.Person));
        Assert.Equal("Jane Ann Roe", c?.Text);
        Assert.Null(NameShapes.WithoutDescriber(Name("Jean-Luc Marchand Roe", EntityType.Person)));
    }
}
