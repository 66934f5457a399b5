namespace Crosscheck.Cluster;

/// <summary>
/// Thresholds of story clustering, with their defaults. Tuned on the dev half of the UCI News
/// Aggregator headlines (see <see cref="ClusterEvaluation"/>); the time terms were set on general
/// grounds, since that set spans only 36 hours.
/// </summary>
public sealed record ClusterOptions
{
    /// <summary>How a report with a body is compared with a story (bare headlines always use the centroid).</summary>
    /// <remarks>
    /// Average linkage: a report joins a story it resembles as a whole, not one whose centroid, the
    /// blend of a big, varied story, happens to lie near it. With the centroid, roundups of one
    /// topic over weeks (a bill's passage, each vote after it) chained into one story; on the
    /// development halves, average linkage with the thresholds below moves BCubed F1 on AllSides
    /// 0.46 → 0.67, ECB+ 0.83 → 0.86, WMT22 0.93 → 0.95, BASIL 0.980 → 0.986, and GVA 0.82 → 0.80
    /// (local reports of one shooting that share little but the town's name are left apart more often).
    /// </remarks>
    public Linkage Linkage { get; init; } = Linkage.Average;

    /// <summary>
    /// Empty documents added to the corpus when inverse document frequencies are computed: a
    /// stand-in for the rest of the news, where a story's own words are rare.
    /// </summary>
    /// <remarks>
    /// In a folder that holds one story, every report uses the story's words, so their IDF falls to
    /// the floor and reports of that story look unrelated; 50 background documents keep the IDF of
    /// a word found in all of 6 reports at 2.1 instead of 1.0, and are negligible in a corpus of
    /// thousands. The demo (one story) scores the same at join thresholds from 0.12 to 0.2 with it,
    /// and drops to 0.75 without it at 0.16.
    /// </remarks>
    public double BackgroundDocuments { get; init; } = 50;

    /// <summary>
    /// Similarity (after the time penalty; see <see cref="Linkage"/>) to a story at or above which a
    /// report with a body joins it rather than opening a new story.
    /// </summary>
    /// <remarks>
    /// 0.14 (with names weighted 3x, average linkage, <see cref="BackgroundDocuments"/> 50): across the
    /// development halves 0.12 → 0.2 trades GVA (0.80 → 0.76, its local reports share little) for
    /// AllSides (0.64 → 0.77) and WMT22; 0.14 is where no source loses more than 0.03.
    /// </remarks>
    public double Threshold { get; init; } = 0.14;

    /// <summary>
    /// The same for a report with a headline and no body (headline feeds): two headlines of one
    /// story share a word or two, so far less overlap is telling. 0.04 gives BCubed F1 0.860 on the
    /// UCI dev headlines with the merge and re-assignment passes (0.860-0.866 from 0.03 to 0.08).
    /// </summary>
    public double TitleOnlyThreshold { get; init; } = 0.04;

    /// <summary>A title word counts this many times a body word: titles name the story.</summary>
    public double TitleWeight { get; init; } = 3.0;

    /// <summary>Extra weight of capitalised names (not sentence-initial) over common words.</summary>
    /// <remarks>
    /// 3: names are what tell two stories on one topic apart (two takeovers, two strikes); at 1.5
    /// a mixed folder of 60 news pages merged unrelated same-topic pages at the threshold that kept
    /// a wire story and its follow-ups together. UCI dev headlines: BCubed F1 0.824 → 0.834.
    /// </remarks>
    public double NameWeight { get; init; } = 3.0;

    /// <summary>Weight of a pair of adjacent content words of a title, relative to a title word.</summary>
    /// <remarks>
    /// Two headlines of one story often share a phrase ("bank union", a two-word name), two headlines
    /// of two stories about one company only its name. Half a word: the pair repeats its words' evidence.
    /// </remarks>
    public double TitleBigramWeight { get; init; } = 0.5;

    /// <summary>
    /// After the online pass, stories at least this similar (after the time penalty; with average
    /// linkage the mean similarity between their reports) are merged, most similar pairs first.
    /// Reports with bodies. Above the join threshold: a merge joins two stories already built.
    /// </summary>
    /// <remarks>
    /// The online pass sees each report once, in time order, so a story whose first reports came
    /// in from two angles opens two stories and nothing later joins them; comparing whole stories
    /// is steadier than comparing one report with a story. A centroid averages out the words of
    /// single reports, so two halves of one story score well above the join threshold.
    /// </remarks>
    public double MergeThreshold { get; init; } = 0.2;

    /// <summary>The same for stories made only of headlines (no bodies).</summary>
    /// <remarks>UCI dev headlines: 0.15-0.2 best; 0.25 keeps too many halves apart.</remarks>
    public double TitleOnlyMergeThreshold { get; init; } = 0.2;

    /// <summary>
    /// Rounds of re-assignment after the merges (k-means style): each unit moves to the story whose
    /// centroid it is most similar to, when that beats its own story without it and clears the join
    /// threshold. Undoes joins that the online pass made before a better story existed. 0 turns it off.
    /// </summary>
    public int ReassignRounds { get; init; } = 3;

    /// <summary>
    /// Stories compared in full per unit when re-assigning: the index already scores each story by
    /// the dot product of the unit's and the story's heaviest terms, so the best few are enough.
    /// </summary>
    public int ReassignCandidates { get; init; } = 8;

    /// <summary>Most rounds of merging (each merges every pair of stories that are each other's best match).</summary>
    public int MergeRounds { get; init; } = 20;

    /// <summary>Extra weight of numbers (tolls, amounts, years).</summary>
    public double NumberWeight { get; init; } = 1.2;

    /// <summary>Terms kept per report vector, by weight: the tail is noise and costs time.</summary>
    public int MaxTerms { get; init; } = 100;

    /// <summary>The report's top terms by weight used to look up candidate stories in the inverted index.</summary>
    public int QueryTerms { get; init; } = 20;

    /// <summary>Only the most recent stories holding a term are looked up through it (keeps a common term from touching every story).</summary>
    public int MaxPostingScan { get; init; } = 100;

    /// <summary>Stories compared in full per report (the best by partial score from the index).</summary>
    public int MaxCandidates { get; init; } = 40;

    /// <summary>Days apart with no time penalty: follow-ups and late copies run a day or two later.</summary>
    public double GraceDays { get; init; } = 2;

    /// <summary>
    /// The pair model that decides, for reports with bodies, whether a report joins a story and
    /// whether two stories merge (<see cref="ClusterPairModel"/>); null: the similarity thresholds
    /// above decide alone.
    /// </summary>
    public ClusterPairModel? PairModel { get; init; } = ClusterPairModel.Default;

    /// <summary>Log-odds of the pair model at or above which a report joins a story (0: even odds).</summary>
    /// <remarks>
    /// With <see cref="MergeMargin"/>, chosen by the mean leave-one-source-out BCubed F1 over the five
    /// training sources (`crosscheck train cluster-pairs`): join / merge at -1 / -1 gives 0.869
    /// (GVA 0.823, AllSides 0.672, ECB+ 0.901, BASIL 0.971, WMT22 0.980, each clustered by a model
    /// that never saw it), -0.5 / -0.5 0.864, 0 / 0 0.843, -0.5 / 0.5 0.857. Below even odds: the
    /// pairs are drawn from each unit's nearest neighbours, where two stories are over-represented.
    /// </remarks>
    public double JoinMargin { get; init; } = -1;

    /// <summary>Log-odds of the pair model at or above which two stories merge (see <see cref="JoinMargin"/>).</summary>
    public double MergeMargin { get; init; } = -1;

    /// <summary>Sentences of the body that, with the title, make the lead channel of the pair model.</summary>
    public int LeadSentences { get; init; } = 2;

    /// <summary>Beyond the grace, similarity decays by e every this many days since the story's latest report.</summary>
    public double DecayDays { get; init; } = 4;
}
