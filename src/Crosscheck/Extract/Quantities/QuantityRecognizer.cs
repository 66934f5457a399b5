using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Quantities;

/// <summary>
/// Finds figures with their qualifiers, units and the fact they state.
/// <para>
/// Every figure becomes a <see cref="QuantityMention"/>: digits ("1,000", "3.5"), number words
/// ("twenty-one", "a hundred", "two dozen"), scales ("1.2 million", "$2.5bn") and ranges ("two to
/// three", "2-3", "between 5 and 10"), with units converted to one canonical unit per dimension (km,
/// m, mm, km2, l, m3, t, kg, percent, c, km/h, a currency code, hour/day/week/month/year).
/// </para>
/// <para>
/// Not emitted at all, because they are not amounts: vague words ("dozens", "several", "tens of
/// thousands"), dates and years ("June 3", "2025"), times, ages ("a 17-year-old"), ordinals,
/// designations ("Article 5", "F-16"), phone numbers, versions, and a lone "one" that counts no
/// known noun. A figure that counts nothing reportable is emitted with a null fact name.
/// </para>
/// </summary>
public sealed class QuantityRecognizer(QuantityOptions? options = null, LanguagePacks? languages = null) : IReportStage
{
    private readonly QuantityOptions _options = options ?? QuantityOptions.Default;
    private readonly LanguagePacks _languages = languages ?? LanguagePacks.Default;

    public string Name => "quantities";

    public IReadOnlyList<IDataKey> Requires => [Layers.Sentences];

    public IReadOnlyList<IDataKey> Assigns => [Layers.Quantities];

    public void Process(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sentences = report.Require(Layers.Sentences);
        // A language without a pack is not read for figures (the report says so); the layer stays empty.
        var pack = _languages.For(report);
        report.Set(Layers.Quantities, pack is null ? [] : Recognize(report.Text, sentences, pack));
    }

    /// <summary>The figures of an English text already split into sentences.</summary>
    public IReadOnlyList<QuantityMention> Recognize(string text, IReadOnlyList<Sentence> sentences) =>
        Recognize(text, sentences, _languages.For(_languages.Fallback ?? "en") ?? throw new InvalidOperationException("No default language pack."));

    /// <summary>The figures of a text already split into sentences, read with one language's words.</summary>
    public IReadOnlyList<QuantityMention> Recognize(string text, IReadOnlyList<Sentence> sentences, LanguagePack language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(language);
        var result = new List<QuantityMention>();
        var scanner = new SentenceScanner(text, _options, Lexicon.For(language));
        QuoteRegions? quotes = null;
        foreach (var sentence in sentences)
        {
            var figures = scanner.Scan(sentence.Span.Start, sentence.Span.End);
            if (figures.Count == 0) continue;
            quotes ??= new QuoteRegions(text);
            var items = scanner.Items;
            foreach (var f in figures)
            {
                var span = TextSpan.FromBounds(items[f.First].Start, items[f.End - 1].End);
                result.Add(new QuantityMention(span, text.Substring(span.Start, span.Length), f.Value, f.Qualifier, sentence.Index)
                {
                    High = f.High,
                    Unit = f.Unit?.Unit,
                    Noun = f.NounText,
                    FactName = f.FactName,
                    InQuote = quotes.Contains(span.Start),
                });
            }
        }
        return result;
    }
}
