using Crosscheck.Dedup;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Dedup;

/// <summary>
/// Translated copies across scripts, found by their paragraph layout and the numbers and names each
/// paragraph keeps. The reports are fiction written for these tests (an invented river and town).
/// </summary>
public class TranslationCopyTests
{
    private const string English =
        "Floodwaters forced 1,400 residents of Velmora to leave their homes on Sunday after a dam on the Istrel river overflowed, regional officials said.\n" +
        "Governor Anton Belyaev said rescue teams had reached 12 villages along the Istrel and that two people were still missing.\n" +
        "The regional emergency service said the water rose by 3 metres in six hours, the fastest rise since records began in 1961.\n" +
        "Schools in the district will stay closed until Wednesday, the education department said.\n" +
        "Belyaev asked residents to follow the instructions of rescuers and promised compensation of 50,000 roubles to every family whose home was flooded, and a review of the dam's safety by the end of the month.\n";

    private const string Russian =
        "В воскресенье 1400 жителей Вельморы были вынуждены покинуть свои дома после того, как переполнилась плотина на реке Истрель, сообщили региональные власти.\n" +
        "Губернатор Антон Беляев заявил, что спасательные бригады добрались до 12 сёл вдоль Истреля, а два человека по-прежнему считаются пропавшими без вести.\n" +
        "По данным региональной службы спасения, вода поднялась на 3 метра за шесть часов — это самый быстрый подъём с начала наблюдений в 1961 году.\n" +
        "Школы района будут закрыты до среды, сообщили в управлении образования.\n" +
        "Беляев призвал жителей следовать указаниям спасателей и пообещал выплатить компенсацию в размере 50 000 рублей каждой семье, чей дом был затоплен, а также проверить безопасность плотины до конца месяца.\n";

    // The same event told independently: the same figures and names, laid out in other paragraphs.
    private const string RussianIndependent =
        "Беляев пообещал компенсации.\n" +
        "Наводнение в Вельморе: после прорыва плотины на реке Истрель 1400 человек покинули свои дома, спасатели работают в 12 сёлах, власти региона призывают жителей сохранять спокойствие и не возвращаться домой до особого распоряжения.\n" +
        "Два человека пропали без вести.\n" +
        "Уровень воды поднялся на 3 метра.\n" +
        "Последний раз такой подъём воды в регионе наблюдали в 1961 году, когда наводнение продолжалось почти две недели и затронуло большую часть района.\n";

    private static Report Make(string id, string text, string language)
    {
        return CopyDetectorTests.Make(id, text, "2024-09-15", language: language);
    }

    private static IReadOnlyDictionary<string, CopyGroup> GroupsOf(params Report[] reports)
    {
        var context = new CorpusContext(reports, PipelineOptions.Default);
        new CopyDetector().Process(context);
        return context.CopyGroupOf;
    }

    [Fact]
    public void Links_a_translation_into_another_script_by_its_layout_and_anchors()
    {
        var groups = GroupsOf(Make("en", English, "en"), Make("ru", Russian, "ru"));
        Assert.Same(groups["en"], groups["ru"]);
        var group = groups["en"];
        var copy = group.Original == "en" ? "ru" : "en";
        Assert.StartsWith("translation ", group.Evidence[copy], StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_an_independent_report_with_the_same_figures_in_another_layout_apart()
    {
        var groups = GroupsOf(Make("en", English, "en"), Make("ru-other", RussianIndependent, "ru"));
        Assert.NotSame(groups["en"], groups["ru-other"]);
    }

    [Fact]
    public void Layout_evidence_is_only_used_across_languages()
    {
        // Two English texts laid out alike are compared by their words, not by their layout.
        var a = Outline(Make("a", English, "en"));
        var b = Outline(Make("b", English.Replace("Velmora", "Istrel", StringComparison.Ordinal), "en"));
        Assert.Null(ParagraphOutline.TranslationScore(a, b, new DedupOptions()));
        var ru = Outline(Make("ru", Russian, "ru"));
        Assert.NotNull(ParagraphOutline.TranslationScore(a, ru, new DedupOptions()));
    }

    [Fact]
    public void A_short_text_proves_nothing_by_its_layout()
    {
        static string FirstLines(string text, int n) => string.Join('\n', text.Split('\n').Take(n)) + "\n";
        var en = Outline(Make("en", FirstLines(English, 3), "en"));
        var ru = Outline(Make("ru", FirstLines(Russian, 3), "ru"));
        Assert.Null(ParagraphOutline.TranslationScore(en, ru, new DedupOptions()));
    }

    [Theory]
    [InlineData("Беляев", "Belyaev")]      // Cyrillic transliterated, y read as i
    [InlineData("Вельморы", "Velmora")]    // a case ending falls after the fifth letter
    [InlineData("Αθήνα", "Athina")]        // Greek, accents dropped
    [InlineData("Müller", "Muller")]       // Latin accents dropped
    public void Names_in_two_scripts_share_a_key(string a, string b) =>
        Assert.Equal(ParagraphOutline.ScriptNeutralKey(b), ParagraphOutline.ScriptNeutralKey(a));

    private static ParagraphOutline Outline(Report report) =>
        ParagraphOutline.Of(report, report.Require(Layers.Tokens))!;
}
