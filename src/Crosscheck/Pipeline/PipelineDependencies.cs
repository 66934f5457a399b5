using Crosscheck.Extract.Entities.Model;
using Crosscheck.Gazetteer;
using Crosscheck.Lang;

namespace Crosscheck.Pipeline;

/// <summary>
/// What the stages need besides text and thresholds: the gazetteer and the name tagger. Each is
/// asked for on first use (loading the gazetteer takes seconds), so building a pipeline loads
/// nothing; a test or an embedding application passes its own. There is no clock: relative dates
/// resolve against publication dates, and the only "now" is <see cref="Extract.Time.TimeOptions.Today"/>.
/// </summary>
public sealed record PipelineDependencies
{
    public static PipelineDependencies Default { get; } = new();

    /// <summary>Places, countries, demonyms and organisations (default: the shipped GeoNames extract).</summary>
    public Func<GazetteerIndex> Gazetteer { get; init; } = () => GazetteerIndex.Default;

    /// <summary>The learned tagger that types names the rules leave untyped (default: the shipped model).</summary>
    public Func<NerModel> NameModel { get; init; } = () => NerModel.Default;

    /// <summary>The per-language word lists the language-dependent stages read (default: the embedded packs).</summary>
    public LanguagePacks Languages { get; init; } = LanguagePacks.Default;
}
