using Crosscheck.Model;

namespace Crosscheck.Tests.Output;

/// <summary>
/// A small hand-built analysis (fictional places, people and outlets): two stories, a flood with a
/// disputed death toll, a wire story and its copy, quotes, names, a report in no story, and a file
/// that could not be read.
/// </summary>
internal static class SampleAnalysis
{
    public const string Local = "local.txt";      // Valley Herald, states 4 killed
    public const string Wire = "wire.txt";        // Coastal Wire original, at least 3 killed
    public const string Copy = "copy.txt";        // Daily Gazette's copy of the wire story
    public const string Late = "late.txt";        // Morning Post: no death toll, sole source of the evacuation figure
    public const string FireA = "fire-a.txt";
    public const string FireB = "fire-b.txt";
    public const string Stray = "stray.txt";      // clustered into no story

    /// <param name="killedCompatible">Whether the two death tolls ("at least 3", "4") are read as
    /// compatible, as the reconciler does; false makes them a disagreement.</param>
    public static CorpusAnalysis Build(string floodTitle = "River floods the lower town", string quoteText = "We have never seen the water this high", bool killedCompatible = true)
    {
        var reports = new[]
        {
            NewReport(Local, "Four dead as river bursts banks", "Valley Herald", new DateOnly(2024, 3, 11), DateBasis.Header),
            NewReport(Wire, "Flood kills at least three", "Coastal Wire", new DateOnly(2024, 3, 11), DateBasis.Dateline),
            NewReport(Copy, "Flood kills at least three in river town", "Daily Gazette", new DateOnly(2024, 3, 12), DateBasis.InferredFromStory),
            NewReport(Late, "Clean-up begins after flood", "Morning Post", new DateOnly(2024, 3, 12), DateBasis.Header),
            NewReport(FireA, "Warehouse fire", "Valley Herald", new DateOnly(2024, 5, 2), DateBasis.Header),
            NewReport(FireB, "Blaze at depot", null, null, DateBasis.Header),
            NewReport(Stray, "Council approves budget", "Morning Post", new DateOnly(2024, 3, 12), DateBasis.Header),
        };

        var flood = new Event("flood", "natural_disaster", "River burst its banks and flooded the lower town")
        {
            Date = new DateValue(new DateOnly(2024, 3, 10), DateGranularity.Day),
            Location = "Eastbrook",
            Place = new GeoPlace("Eastbrook", 51.12345, 3.98765, "XX", PlaceKind.City, 12000),
            // Listed out of id order on purpose: numbering must follow this order, not the file names.
            Sources = [Late, Local, Wire, Copy],
            Citations = [new Citation(Local, new TextSpan(0, 10), "Four people died when the river burst its banks.")],
            Facts = new Dictionary<string, ReconciledFact>
            {
                ["killed"] = new("killed")
                {
                    ByReport = new Dictionary<string, Claim?>
                    {
                        [Local] = NewClaim(Local, 4, Qualifier.Exact, "Four people died."),
                        [Wire] = NewClaim(Wire, 3, Qualifier.AtLeast, "At least three people were killed."),
                        [Copy] = NewClaim(Copy, 3, Qualifier.AtLeast, "At least three people were killed."),
                        [Late] = null,
                    },
                    Low = 3, Best = 4, High = 4, Conflict = true, Consistent = killedCompatible, IndependentSources = 2,
                },
                ["injured"] = new("injured")
                {
                    ByReport = new Dictionary<string, Claim?>
                    {
                        [Local] = NewClaim(Local, 20, Qualifier.Exact, "Twenty were hurt."),
                        [Wire] = NewClaim(Wire, 20, Qualifier.Exact, "20 were injured."),
                        [Copy] = NewClaim(Copy, 20, Qualifier.Exact, "20 were injured."),
                    },
                    Low = 20, Best = 20, High = 20, Conflict = false, Consistent = true, IndependentSources = 2,
                },
                ["evacuated"] = new("evacuated")
                {
                    ByReport = new Dictionary<string, Claim?> { [Late] = NewClaim(Late, 1000, Qualifier.MoreThan, "More than 1,000 residents were evacuated.") },
                    Low = 1000, Best = 1000, High = 1000, Conflict = false, Consistent = true, IndependentSources = 1,
                },
            },
        };
        var visit = new Event("visit", "visit", "The regional minister visited the shelters")
        {
            Date = new DateValue(new DateOnly(2024, 3, 11), DateGranularity.Day),
            Location = "Eastbrook",
            Sources = [Late],
        };
        var rumour = new Event("rumour", "statement", "Officials promised a review of the dykes") { Sources = [Local] };

        var fire = new Event("fire", "fire", "Fire destroyed a storage depot")
        {
            Date = new DateValue(new DateOnly(2024, 5, 1), DateGranularity.Day),
            Sources = [FireA, FireB],
            Facts = new Dictionary<string, ReconciledFact>
            {
                ["damage_usd"] = new("damage_usd")
                {
                    ByReport = new Dictionary<string, Claim?>
                    {
                        [FireA] = NewClaim(FireA, 1_500_000, Qualifier.About, "Damage of about $1.5 million."),
                        [FireB] = NewClaim(FireB, 1_000_000, Qualifier.Exact, "Damage of $1 million.") with { High = 2_000_000 },
                    },
                    Low = 1_000_000, Best = 1_500_000, High = 2_000_000, Conflict = true, Consistent = true, IndependentSources = 2, Unit = "usd",
                },
            },
        };

        return new CorpusAnalysis(reports)
        {
            CopyGroups =
            [
                new CopyGroup("g1", [Wire, Copy])
                {
                    Original = Wire,
                    IndependentSource = "Coastal Wire",
                    Evidence = new Dictionary<string, string> { [Copy] = "near" },
                },
            ],
            Stories =
            [
                // Events out of date order on purpose: the timeline must sort them, undated last.
                new Story("s-flood", floodTitle, [Local, Wire, Copy, Late]) { Events = [rumour, visit, flood] },
                new Story("s-fire", "Depot fire", [FireA, FireB]) { Events = [fire] },
            ],
            Quotes =
            [
                new Quote("Mara Lindqvist", quoteText) { Reports = [Local, Copy] },
                new Quote("Jon Abara", "The dykes held where they were repaired") { Reports = [Late] },
                new Quote("Mara Lindqvist", "Help is on its way") { Reports = [Wire] },
                new Quote("Budget chair", "The numbers add up") { Reports = [Stray] },
            ],
            Entities =
            [
                new Entity("Mara Lindqvist", EntityType.Person) { Variants = ["Mara Lindquist", "Lindqvist"], Mentions = 9, Reports = [Local, Wire, Copy] },
                new Entity("Eastbrook", EntityType.Place)
                {
                    Variants = ["Eastbrook"], Mentions = 12, Reports = [Local, Wire, Copy, Late],
                    Place = new GeoPlace("Eastbrook", 51.12345, 3.98765, "XX", PlaceKind.City, 12000),
                },
                new Entity("River Authority", EntityType.Organization) { Mentions = 2, Reports = [Late] },
            ],
            Problems = [new InputProblem("broken.bin", "binary file, not text")],
        };
    }

    private static Report NewReport(string id, string title, string? outlet, DateOnly? published, DateBasis basis) => new(id, "text")
    {
        Title = title,
        Outlet = outlet,
        Published = published is { } d ? new PublishedDate(d, basis) : null,
        Language = "en",
    };

    private static Claim NewClaim(string report, double value, Qualifier qualifier, string sentence) =>
        new(report, value, qualifier, new Citation(report, new TextSpan(0, sentence.Length), sentence));
}
