using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using Crosscheck.Model;

namespace Crosscheck.Gazetteer;

/// <summary>Reads the embedded data files (formats: tools/data/build-gazetteer.mjs and the .tsv headers).</summary>
internal static class GazetteerLoader
{
    private const string Prefix = "Crosscheck.Data.";

    // Ranks for ordering candidates of one name: lower first, then by population.
    private const int CountryRank = 0, RegionRank = 1, CapitalRank = 2, AdminSeatRank = 3, PlaceRank = 4;

    public static GazetteerIndex LoadEmbedded() => Load(OpenEmbedded);

    internal static Stream OpenEmbedded(string file) =>
        typeof(GazetteerLoader).Assembly.GetManifestResourceStream(Prefix + file)
        ?? throw new InvalidOperationException($"Embedded data file '{file}' is missing from {typeof(GazetteerLoader).Assembly.GetName().Name}.");

    internal static GazetteerIndex Load(Func<string, Stream> open)
    {
        var index = new Dictionary<string, GeoPlace[]>(400_000, StringComparer.Ordinal);
        var countries = new Dictionary<string, GeoPlace>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, GeoPlace>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, GeoPlace>(StringComparer.Ordinal);
        var capitals = new Dictionary<string, string>(StringComparer.Ordinal);

        // Countries, largest first, so that a name two entries share goes to the larger one.
        var countryRows = Lines(open("countries.tsv.gz"), gzip: true)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 9)
            .OrderByDescending(f => Num(f[8]))
            .ToList();
        foreach (var f in countryRows)
        {
            var place = new GeoPlace(f[1], Num(f[6]), Num(f[7]), f[0], PlaceKind.Country, 0) { Id = "country:" + f[0] };
            byCode.TryAdd(f[0], place);
            if (f[5].Length > 0) capitals.TryAdd(f[0], f[5]);
            foreach (var name in new[] { f[1], f[2] }.Concat(Split(f[3])))
            {
                countries.TryAdd(GazetteerIndex.PlaceKey(name), place);
                Add(index, name, place, CountryRank);
            }
        }
        foreach (var f in Tsv(open("country-aliases.tsv")))
        {
            if (f.Length < 2 || !byCode.TryGetValue(f[1], out var place)) continue;
            countries.TryAdd(GazetteerIndex.PlaceKey(f[0]), place);
            Add(index, f[0], place, CountryRank);
        }
        // Explicit adjective forms first: they settle shared demonyms.
        foreach (var f in Tsv(open("demonym-aliases.tsv")))
        {
            if (f.Length >= 2 && byCode.TryGetValue(f[1], out var place)) demonyms.TryAdd(GazetteerIndex.PlaceKey(f[0]), place);
        }

        foreach (var f in Tsv(open("regions.tsv")))
        {
            if (f.Length < 7) continue;
            var kind = f[6] == "Landmark" ? PlaceKind.Landmark : PlaceKind.Region;
            var place = new GeoPlace(f[0], Num(f[4]), Num(f[5]), f[3], kind, 0) { Id = "region:" + NameKey.Fold(f[0]).Replace(' ', '-') };
            foreach (var name in Split(f[1]).Prepend(f[0]))
            {
                countries.TryAdd(GazetteerIndex.PlaceKey(name), place);
                Add(index, name, place, RegionRank);
            }
            foreach (var d in Split(f[2])) demonyms.TryAdd(GazetteerIndex.PlaceKey(d), place);
        }
        foreach (var f in countryRows)
        {
            foreach (var d in Split(f[4])) demonyms.TryAdd(GazetteerIndex.PlaceKey(d), byCode[f[0]]);
        }

        // GeoNames rows, ordered once by rank and population so that every key's candidate list is
        // built already sorted (countries and regions were added first, with lower ranks).
        var rows = new List<(GeoPlace Place, int Rank, string[] Names)>(140_000);
        foreach (var line in Lines(open("places.tsv.gz"), gzip: true))
        {
            var f = line.Split('\t');
            if (f.Length < 9) continue;
            var fcode = f[7];
            var population = (long)Num(f[8]);
            var alternates = Split(f[3]);
            var name = f[1];
            // GeoNames (2013) keeps older spellings as the main name of some capitals (Kiev); the
            // country list carries the current official one, which is then used as the name.
            if (fcode == "PPLC" && capitals.TryGetValue(f[6], out var capital) && capital != name
                && alternates.Any(a => NameKey.Fold(a) == NameKey.Fold(capital)))
            {
                name = capital;
            }
            var kind = fcode switch
            {
                "PPLX" => PlaceKind.Village,
                _ when fcode is "PPLC" or "PPLA" or "PPLA2" || population >= 10_000 => PlaceKind.City,
                _ => PlaceKind.Village,
            };
            var place = new GeoPlace(name, Num(f[4]), Num(f[5]), f[6], kind, population) { Id = f[0] };
            var rank = fcode switch { "PPLC" => CapitalRank, "PPLA" => AdminSeatRank, _ => PlaceRank };
            var names = new string[alternates.Length + 3];
            names[0] = f[1];
            names[1] = f[2];
            names[2] = ReferenceEquals(name, f[1]) ? "" : name;
            alternates.CopyTo(names, 3);
            rows.Add((place, rank, names));
        }
        rows.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : b.Place.Population.CompareTo(a.Place.Population));
        // Folding the ~250,000 names is most of the load time and needs no shared state: do it in parallel.
        var keys = new string[rows.Count][];
        Parallel.For(0, rows.Count, i =>
        {
            var names = rows[i].Names;
            var k = new string[names.Length];
            for (var j = 0; j < names.Length; j++) k[j] = names[j].Length > 0 ? GazetteerIndex.PlaceKey(names[j]) : "";
            keys[i] = k;
        });
        for (var i = 0; i < rows.Count; i++)
        {
            foreach (var key in keys[i]) AddKey(index, key, rows[i].Place);
        }

        var places = new Dictionary<string, GeoPlace[]>(index.Count, StringComparer.Ordinal);
        foreach (var (key, list) in index) places[key] = list;

        var firstNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in Lines(open("firstnames.txt.gz"), gzip: true))
        {
            // The English list holds a few day names ("Tuesday"): never a given name in news text.
            if (!n.EndsWith("day", StringComparison.Ordinal)) firstNames.Add(NameKey.Normalize(n));
        }
        foreach (var n in Lines(open("firstnames-extra.txt"), gzip: false))
        {
            if (!n.StartsWith('#')) firstNames.Add(NameKey.Normalize(n));
        }
        var commonWords = new HashSet<string>(Lines(open("commonwords.txt.gz"), gzip: true), StringComparer.Ordinal);

        var orgsExact = new Dictionary<string, KnownOrganization>(StringComparer.Ordinal);
        var orgsFolded = new Dictionary<string, KnownOrganization>(StringComparer.Ordinal);
        foreach (var f in Tsv(open("organizations.tsv")))
        {
            if (f.Length < 3) continue;
            var aliases = Split(f[1]);
            var org = new KnownOrganization(f[0], f[2], f.Length > 3 && f[3].Length > 0 ? f[3] : null) { Aliases = aliases };
            foreach (var name in aliases.Prepend(f[0]))
            {
                if (IsAcronymLike(name)) orgsExact.TryAdd(name, org);
                else orgsFolded.TryAdd(GazetteerIndex.OrgKey(name), org);
            }
        }

        return new GazetteerIndex(places, countries, demonyms, byCode, firstNames, commonWords, orgsExact, orgsFolded);
    }

    /// <summary>"NATO", "MI6", "DoD": names whose capitals carry meaning and must match as written.</summary>
    internal static bool IsAcronymLike(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal)) return false;
        for (var i = 1; i < name.Length; i++)
        {
            if (char.IsUpper(name[i])) return true;
        }
        return false;
    }

    /// <summary>Appends a candidate to a key's list; callers add in rank order, so lists stay sorted.</summary>
    private static void Add(Dictionary<string, GeoPlace[]> index, string name, GeoPlace place, int rank)
    {
        _ = rank;
        AddKey(index, GazetteerIndex.PlaceKey(name), place);
    }

    private static void AddKey(Dictionary<string, GeoPlace[]> index, string key, GeoPlace place)
    {
        if (key.Length < 2) return;
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = [place];
            return;
        }
        if (Array.Exists(list, p => ReferenceEquals(p, place))) return; // the same place under two spellings of one key
        var longer = new GeoPlace[list.Length + 1];
        list.CopyTo(longer, 0);
        longer[^1] = place;
        index[key] = longer;
    }

    private static string[] Split(string field) =>
        field.Length == 0 ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static double Num(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static IEnumerable<string[]> Tsv(Stream stream) =>
        Lines(stream, gzip: false).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t'));

    private static IEnumerable<string> Lines(Stream stream, bool gzip)
    {
        using var source = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(source);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) yield return line;
        }
    }
}
