namespace Crosscheck.Dedup;

/// <summary>
/// Thresholds of copy detection, with their defaults. Three tests run in turn, each on the reports
/// the earlier ones left apart: an exact hash of the normalised body, word-shingle overlap (near
/// and cut copies), and the skeleton of numbers, names and quote marks (translated copies).
/// </summary>
public sealed record DedupOptions
{
    /// <summary>Words per shingle for near-copy detection. 5 keeps chance overlaps between unrelated texts rare.</summary>
    public int ShingleSize { get; init; } = 5;

    /// <summary>MinHash signature length. Must equal <see cref="Bands"/> × rows per band.</summary>
    public int MinHashes { get; init; } = 128;

    /// <summary>
    /// LSH bands. 32 bands of 4 rows make a pair with shingle Jaccard 0.5 a candidate with
    /// probability 0.87 and one with 0.2 only 5% of the time.
    /// </summary>
    public int Bands { get; init; } = 32;

    /// <summary>Shingle Jaccard at or above which two reports are near copies (edited, re-headlined).</summary>
    public double NearJaccard { get; init; } = 0.5;

    /// <summary>
    /// Share of the shorter report's shingles found in the longer one at or above which the shorter
    /// is a cut copy (or the longer an extended one).
    /// </summary>
    public double Containment { get; init; } = 0.7;

    /// <summary>The shorter report needs this many shingles before containment counts (a two-line brief proves little).</summary>
    public int MinContainedShingles { get; init; } = 25;

    /// <summary>Skeleton tokens per skeleton shingle (numbers, names and quote marks in reading order).</summary>
    public int SkeletonGram { get; init; } = 3;

    /// <summary>A report needs this many skeleton tokens for a skeleton match (short items have no telling skeleton).</summary>
    public int MinSkeletonTokens { get; init; } = 12;

    /// <summary>
    /// Longest common subsequence of two skeletons over the shorter one's length, at or above which
    /// (with <see cref="SkeletonGramContainment"/>) they tell one story in one order. Independent
    /// reports of one event share names and figures but in another order, and stay well below.
    /// </summary>
    public double SkeletonLcs { get; init; } = 0.55;

    /// <summary>Share of the shorter skeleton's shingles found in the other's.</summary>
    public double SkeletonGramContainment { get; init; } = 0.2;

    /// <summary>Skeleton candidates must share at least this many skeleton shingles.</summary>
    public int MinSharedSkeletonGrams { get; init; } = 4;

    /// <summary>
    /// A skeleton shingle found in more reports than this is too common to find candidates with
    /// (keeps candidate generation near-linear); it still counts when a pair is verified.
    /// </summary>
    public int MaxSkeletonPosting { get; init; } = 200;

    /// <summary>Translated copies run within this many days of each other; reports further apart are not matched by skeleton.</summary>
    public int SkeletonMaxDays { get; init; } = 3;

    /// <summary>
    /// A translated copy found by its layout needs at least this many paragraphs: with fewer, two
    /// unrelated reports line up by chance too often.
    /// </summary>
    public int MinTranslationParagraphs { get; init; } = 4;

    /// <summary>
    /// Pearson correlation of the log paragraph lengths at or above which two reports in different
    /// languages are laid out as one text. On the WMT22 development documents translations sit
    /// mostly above 0.85 and no unrelated pair with as many paragraphs passes this together with the
    /// anchor tests, down to 0.7; 0.75 keeps a margin on both sides.
    /// </summary>
    public double TranslationLengthCorrelation { get; init; } = 0.75;

    /// <summary>
    /// Correlation at or above which a layout match of 6 or more paragraphs needs only one shared
    /// anchor (no unrelated WMT22 pair of 5 or more paragraphs reaches 0.85 with one anchor and
    /// agreeing numbers).
    /// </summary>
    public double TranslationStrongCorrelation { get; init; } = 0.9;

    /// <summary>Paragraphs a layout match needs before <see cref="TranslationStrongCorrelation"/> applies.</summary>
    public int MinStrongLayoutParagraphs { get; init; } = 6;

    /// <summary>Share of paragraph positions whose numbers or names the two reports share (at least one).</summary>
    public double TranslationAnchoredShare { get; init; } = 0.15;
}
