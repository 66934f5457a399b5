using Crosscheck.Extract.Entities;
using Crosscheck.Model;
using Crosscheck.Text;

namespace Crosscheck.Tests.Extract.Entities;

public class EntityRecognizerTests
{
    internal static IReadOnlyList<EntityMention> Recognize(string text, params string[] captions)
    {
        var report = new Report("r", text);
        report.Set(Layers.Cleaned, new CleaningLog([]) { Text = text, Captions = captions, Language = "en" });
        new TextSegmenter().Process(report);
        new EntityRecognizer().Process(report);
        return report.Require(Layers.Entities);
    }

    private static string Describe(IReadOnlyList<EntityMention> found) =>
        string.Join("; ", found.Select(m => $"{m.Type}:{m.Text}"));

    [Theory]
    [InlineData("President Maria Hollander said the talks would resume.", "Maria Hollander", EntityType.Person, "title before the name")]
    [InlineData("The plan was backed by Prime Minister Tomas Aldren on Friday.", "Tomas Aldren", EntityType.Person, "two-word title")]
    [InlineData("Oleh Brovchenko, the regional governor, confirmed the deaths.", "Oleh Brovchenko", EntityType.Person, "apposition after the name")]
    [InlineData("Rescuers reached the site, Kovalyk said.", "Kovalyk", EntityType.Person, "speech verb after a surname")]
    [InlineData("Residents spoke to John F. Kennedy about the storm.", "John F. Kennedy", EntityType.Person, "middle initial inside the name")]
    [InlineData("The statement quoted Ursula von der Leyen directly.", "Ursula von der Leyen", EntityType.Person, "lower-case particles")]
    [InlineData("Officials said Bashar al-Assad had left the country.", "Bashar al-Assad", EntityType.Person, "Arabic article")]
    [InlineData("A fire broke out, said Dr. Anne Whitcombe of the clinic.", "Anne Whitcombe", EntityType.Person, "honorific with a dot")]
    [InlineData("Foreign Minister Dmytro Kuleba met his counterpart.", "Dmytro Kuleba", EntityType.Person, "ministerial title")]
    [InlineData("The plan is backed by the Brazil Luiz Carvalho government.", "Luiz Carvalho", EntityType.Person, "a country inside a run separates names")]
    public void Finds_people(string text, string name, EntityType type, string why)
    {
        var found = Recognize(text);
        Assert.True(found.Any(m => m.Text == name && m.Type == type), $"{why}: got {Describe(found)}");
    }

    [Theory]
    [InlineData("The Defence Ministry said the drones were shot down.", "Defence Ministry", "organisation head word")]
    [InlineData("A spokesman for the Security Service of Ukraine declined to comment.", "Security Service of Ukraine", "head word with of")]
    [InlineData("The Kremlin denied the report.", "Kremlin", "seat of government as metonym")]
    [InlineData("Talks were hosted by NATO in the spring.", "NATO", "known acronym")]
    [InlineData("The plant belongs to Harlow Mining Company, an exporter.", "Harlow Mining Company", "company suffix")]
    [InlineData("Shares of the firm were suspended by the FMSA last year.", "FMSA", "unknown all-caps acronym")]
    [InlineData("The Red Cross sent a convoy.", "Red Cross", "known NGO")]
    public void Finds_organisations(string text, string name, string why)
    {
        var found = Recognize(text);
        Assert.True(found.Any(m => m.Text == name && m.Type == EntityType.Organization), $"{why}: got {Describe(found)}");
    }

    [Theory]
    [InlineData("A missile struck the city of Kharkiv overnight.", "Kharkiv", "UA", "city of X")]
    [InlineData("Shelling continued in the Sumy region.", "Sumy", "UA", "X region")]
    [InlineData("Floods hit Lagos and Abuja this week.", "Lagos", "NG", "large city without a cue")]
    [InlineData("Troops were moved to Crimea.", "Crimea", "UA", "region from the hand-written list")]
    [InlineData("Germany and Poland signed the deal.", "Poland", "PL", "country")]
    [InlineData("The storm moved north from Port-au-Prince.", "Port-au-Prince", "HT", "hyphenated city")]
    public void Finds_places_with_their_gazetteer_entry(string text, string name, string country, string why)
    {
        var found = Recognize(text);
        var m = found.FirstOrDefault(x => x.Text == name && x.Type == EntityType.Place);
        Assert.True(m is not null, $"{why}: got {Describe(found)}");
        Assert.Equal(country, m!.Place?.CountryCode);
    }

    [Theory]
    [InlineData("Ukrainian officials said three people died.", "Ukrainian", "Ukraine")]
    [InlineData("The Crimean bridge was closed.", "Crimean", "Crimea")]
    [InlineData("Russian-backed forces advanced.", "Russian", "Russia")]
    [InlineData("A Russian drone hit a depot.", "Russian", "Russia")]
    public void Marks_demonyms_as_places_with_the_text_as_written(string text, string word, string place)
    {
        var found = Recognize(text);
        var m = found.Single(x => x.Text == word);
        Assert.Equal(EntityType.Place, m.Type);
        Assert.Equal(place, m.Place?.Name);
        Assert.True(EntityRecognizer.IsDemonym(m));
    }

    [Fact]
    public void A_country_name_is_not_a_demonym()
    {
        var m = Recognize("Ukraine asked for more air defence.").Single(x => x.Text == "Ukraine");
        Assert.False(EntityRecognizer.IsDemonym(m));
    }

    [Theory]
    [InlineData("The officials met on Monday in June.", "day and month names")]
    [InlineData("But the talks stalled. However, hope remains.", "sentence-initial function words")]
    [InlineData("Police said the road was closed.", "a common word that is also a GeoNames town")]
    [InlineData("Photo shows the damaged building.", "caption word")]
    [InlineData("Residents were evacuated. Rescuers worked all night.", "sentence-initial common nouns")]
    public void Does_not_tag_common_capitalised_words(string text, string why)
    {
        var found = Recognize(text);
        Assert.True(found.Count == 0, $"{why}: got {Describe(found)}");
    }

    [Fact]
    public void A_surname_alone_after_the_full_name_is_the_same_person()
    {
        var found = Recognize("Governor Alina Petrenko visited the site. Later Petrenko spoke to reporters. Petrenko promised aid.");
        Assert.Equal(3, found.Count(m => m.Type == EntityType.Person));
        Assert.Contains(found, m => m.Text == "Petrenko" && m.Type == EntityType.Person && m.Sentence == 2);
    }

    [Fact]
    public void A_surname_the_tagger_typed_as_an_organisation_is_the_person_named_in_full()
    {
        static Candidate Name(string text, int sentence, int words, EntityType? type, bool strong = false, bool byModel = false) =>
            new() { Start = sentence * 100, End = sentence * 100 + text.Length, Text = text, Sentence = sentence, InCaption = false, Words = words, Type = type, Strong = strong, ByModel = byModel };
        var found = EntityRecognizer.Resolve(
        [
            Name("Alina Petrenko", 0, 2, EntityType.Person, strong: true),
            Name("Petrenko", 1, 1, EntityType.Organization, byModel: true),
            Name("Petrenko", 2, 1, null),
            Name("Velmar", 3, 1, EntityType.Organization, byModel: true),
        ], Crosscheck.Gazetteer.GazetteerIndex.Default);
        Assert.All(found.Where(m => m.Text == "Petrenko"), m => Assert.Equal(EntityType.Person, m.Type));
        Assert.Equal(EntityType.Organization, Assert.Single(found, m => m.Text == "Velmar").Type);
    }

    [Fact]
    public void Gazetteer_name_with_a_person_cue_is_a_person()
    {
        // "Paris" is a capital, but here a title names a person.
        var found = Recognize("The award went to Senator Paris Hilton.");
        Assert.Contains(found, m => m.Type == EntityType.Person && m.Text == "Paris Hilton");
        Assert.DoesNotContain(found, m => m.Type == EntityType.Place);
    }

    [Fact]
    public void Chooses_the_candidate_in_the_country_the_report_mentions_most()
    {
        // Several towns share the name; the report is about Ukraine.
        var found = Recognize("Ukraine said a drone hit Ukrainian positions near Bilopillia. The town of Vasylivka was also hit in Ukraine.");
        var town = found.First(m => m.Text == "Vasylivka");
        Assert.Equal("UA", town.Place?.CountryCode);
    }

    [Fact]
    public void Reads_captions_with_no_body_offsets()
    {
        var found = Recognize("A quiet day.", "Firefighters work in Odesa, Ukraine. Photo: Anna Korsun");
        var caption = found.Where(m => m.InCaption).ToList();
        Assert.Contains(caption, m => m.Text == "Odesa" && m.Type == EntityType.Place);
        Assert.All(caption, m => { Assert.Equal(-1, m.Sentence); Assert.Equal(default, m.Span); });
    }

    [Fact]
    public void Spans_point_at_the_text()
    {
        const string text = "In Rome, Prime Minister Giulia Ferrante met the Health Ministry.";
        foreach (var m in Recognize(text)) Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length));
    }
}
