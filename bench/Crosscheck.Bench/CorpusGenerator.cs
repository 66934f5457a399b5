using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Bench;

/// <summary>A synthetic report with the truth it was generated from.</summary>
internal sealed record GeneratedReport(Report Report, string Story, string CopyOf);

/// <summary>
/// Generates a deterministic corpus of many stories, each told by a wire original with exact,
/// edited, cut and translated-style copies, and by several independent outlets. Each story is one
/// event (an explosion, an earthquake, a flood...) in a real place, with an official who is quoted,
/// relative and absolute dates, and casualty figures that rise from one report to the next, so that
/// every extraction and corpus stage has real work to do. Between those sentences, words come from
/// a made-up Zipfian vocabulary so that term statistics look like news, not like noise.
/// </summary>
internal sealed class CorpusGenerator
{
    private const string WireName = "Continental Press";
    private readonly Random _random;
    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;
    private readonly string[] _names;
    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "sta", "vor", "tel", "an", "bri", "dun", "ex", "fa", "gor", "hal", "is", "jun", "ko", "lem", "mar", "nor", "os", "pel", "qui", "ras", "sol", "tor", "ul", "ven", "wes", "yar", "zen"];

    private readonly int _outlets;

    /// <param name="outlets">Independent outlets per story; 0 for the usual two to four. Large values
    /// make a few huge stories, to show whether the per-story stages stay linear in a story's size.</param>
    public CorpusGenerator(int seed, int outlets = 0)
    {
        _outlets = outlets;
        _random = new Random(seed);
        _vocabulary = Enumerable.Range(0, 6000).Select(_ => Word(2 + _random.Next(3))).Distinct().ToArray();
        _cumulative = new double[_vocabulary.Length];
        var total = 0.0;
        for (var i = 0; i < _vocabulary.Length; i++) { total += 1.0 / (i + 1); _cumulative[i] = total; }
        for (var i = 0; i < _cumulative.Length; i++) _cumulative[i] /= total;
        _names = Enumerable.Range(0, 4000).Select(_ => Capital(Word(2 + _random.Next(2)))).Distinct().ToArray();
    }

    public List<GeneratedReport> Generate(int count)
    {
        var result = new List<GeneratedReport>(count);
        var story = 0;
        var start = new DateOnly(2025, 1, 1);
        while (result.Count < count)
        {
            var id = "s" + story.ToString("D5", CultureInfo.InvariantCulture);
            var day = start.AddDays(_random.Next(120));
            var names = Enumerable.Range(0, 8).Select(_ => _names[_random.Next(_names.Length)]).ToArray();
            var numbers = Enumerable.Range(0, 6).Select(_ => _random.Next(2, 500)).ToArray();
            var topic = Enumerable.Range(0, 20).Select(_ => _vocabulary[200 + _random.Next(_vocabulary.Length - 200)]).ToArray();
            var facts = NewStory(day, names, topic);
            var wire = Mix(Facts(facts, 0, lead: true), Sentences(names, numbers, topic, 16 + _random.Next(10)));
            var wireId = id + "-wire";
            Add(result, wireId, Join(wire), id, wireId, day, WireName, "Outlet " + _random.Next(300), count);
            if (_random.NextDouble() < 0.5) Add(result, id + "-exact", Join(wire), id, wireId, day, null, "Outlet " + _random.Next(300), count);
            if (_random.NextDouble() < 0.6) Add(result, id + "-edited", Join(Edit(wire)), id, wireId, day.AddDays(_random.Next(2)), null, "Outlet " + _random.Next(300), count);
            if (_random.NextDouble() < 0.5) Add(result, id + "-cut", Join(wire.Take(wire.Count / 2)), id, wireId, day, null, "Outlet " + _random.Next(300), count);
            if (_random.NextDouble() < 0.5) Add(result, id + "-translated", Join(Translate(wire)), id, wireId, day.AddDays(_random.Next(2)), null, "Outlet " + _random.Next(300), count);
            var outlets = _outlets > 0 ? _outlets : 2 + _random.Next(3);
            for (var o = 0; o < outlets; o++)
            {
                var own = id + "-own" + o;
                var published = _random.Next(3);
                var text = Mix(Facts(facts, published, lead: _random.NextDouble() < 0.5), Sentences(names, numbers, topic, 12 + _random.Next(14)));
                Add(result, own, Join(text), id, own, day.AddDays(published), null, "Outlet " + _random.Next(300), count);
                // Some outlets carry no date line: the dating stage must infer it from the story.
                if (_random.NextDouble() < 0.1 && result.Count > 0 && result[^1].Report.Id == own)
                    result[^1] = result[^1] with { Report = result[^1].Report.WithMetadata(result[^1].Report.Metadata with { Published = null }) };
            }
            story++;
        }
        return result;
    }

    private static void Add(List<GeneratedReport> result, string id, string text, string story, string copyOf, DateOnly day, string? wire, string outlet, int count)
    {
        if (result.Count >= count) return;
        var report = new Report(id, text) { Title = Headline(text), Outlet = outlet, Wire = wire, Published = new PublishedDate(day, DateBasis.Header) };
        result.Add(new GeneratedReport(report, story, copyOf));
    }

    /// <summary>
    /// A headline in the story's own words (the second line's opening, after the templated lead):
    /// real headlines of two different explosions share far less than two generated leads would.
    /// </summary>
    private static string Headline(string text)
    {
        var lines = text.Split('\n');
        var line = lines.Length > 1 ? lines[1] : lines[0];
        var cut = line.Length > 60 ? line.IndexOf(' ', 40) : -1;
        return cut > 0 ? line[..cut] : line;
    }

    private static string Join(IEnumerable<string> sentences) => string.Join("\n", sentences);

    // General vocabulary for the event sentences: world cities (not from any test corpus), common
    // given names (surnames are made up), officials' titles and event kinds with their nouns.
    private static readonly string[] Cities =
    [
        "Lagos", "Lima", "Manila", "Dhaka", "Karachi", "Nairobi", "Quito", "Bogota", "Santiago", "Istanbul", "Izmir", "Naples",
        "Valencia", "Lyon", "Porto", "Krakow", "Brno", "Varna", "Tbilisi", "Almaty", "Tashkent", "Osaka", "Busan", "Cebu",
        "Surabaya", "Mombasa", "Accra", "Dakar", "Casablanca", "Tunis", "Alexandria", "Basra", "Mosul", "Tabriz", "Lahore",
        "Pune", "Chennai", "Kathmandu", "Yangon", "Hanoi", "Guadalajara", "Monterrey", "Medellin", "Recife", "Cordoba",
        "Montevideo", "Houston", "Denver", "Winnipeg", "Perth", "Auckland", "Glasgow", "Gdansk", "Seville", "Bilbao", "Genoa",
    ];

    private static readonly string[] GivenNames =
    [
        "Maria", "John", "Ahmed", "Elena", "David", "Fatima", "Carlos", "Anna", "Peter", "Aisha", "Kenji", "Sofia", "Daniel",
        "Amara", "Ivan", "Laura", "Omar", "Grace", "Thomas", "Lucia", "Samuel", "Nadia", "Robert", "Ines",
    ];

    private static readonly string[] Titles =
    [
        "regional governor", "mayor", "police chief", "fire chief", "health minister", "interior minister", "civil defence spokesman",
    ];

    private static readonly string[] Organisations = ["the Red Cross", "the health ministry", "the civil defence agency", "the fire service", "local authorities"];

    // (noun for "the death toll from the ...", lead sentence with {0}=place {1}=weekday {2}=killed {3}=injured {4}=weekday of the report)
    private static readonly (string Noun, string Lead)[] Kinds =
    [
        ("explosion", "An explosion ripped through a chemical plant in {0} late on {1}, killing at least {2} people and injuring {3} others, officials said on {4}."),
        ("earthquake", "A strong earthquake struck near {0} on {1}, killing at least {2} people and injuring {3}, officials said on {4}."),
        ("floods", "Flash floods swept through {0} on {1} after hours of heavy rain, killing {2} people and injuring {3} others, officials said on {4}."),
        ("storm", "A powerful storm hit {0} on {1}, tearing roofs off homes and killing {2} people; {3} were injured, officials said on {4}."),
        ("crash", "A crowded bus crashed into a ravine near {0} on {1}, killing {2} passengers and injuring {3} others, police said on {4}."),
        ("attack", "A missile strike on {0} on {1} killed {2} people and wounded {3}, the authorities said on {4}."),
        ("fire", "A blaze at a market in {0} on {1} killed {2} people and injured {3} others, firefighters said on {4}."),
    ];

    /// <summary>What one story is about: the truth every report of it draws its sentences from.</summary>
    private sealed record StoryFacts(string Noun, string Lead, string Place, string Official, string Title, string Organisation,
        DateOnly EventDay, DateOnly FirstReport, int Killed, int Injured, int Missing, int Evacuated, int Damage)
    {
        /// <summary>What the official says: the story's own words, as real quotes are.</summary>
        public required string[] Quotes { get; init; }
    }

    private StoryFacts NewStory(DateOnly firstReport, string[] names, string[] topic)
    {
        string Quote() => Capital(string.Join(' ', Enumerable.Range(0, 8 + _random.Next(8)).Select(i => i % 3 == 0 ? Common() : topic[_random.Next(topic.Length)])));
        var kind = Kinds[_random.Next(Kinds.Length)];
        var official = GivenNames[_random.Next(GivenNames.Length)] + " " + names[_random.Next(names.Length)];
        return new StoryFacts(kind.Noun, kind.Lead, Cities[_random.Next(Cities.Length)], official, Titles[_random.Next(Titles.Length)],
            Organisations[_random.Next(Organisations.Length)], firstReport.AddDays(-_random.Next(2)), firstReport,
            2 + _random.Next(60), 5 + _random.Next(200), 1 + _random.Next(12), 100 * (1 + _random.Next(40)), 1 + _random.Next(90))
        {
            Quotes = [Quote(), Quote()],
        };
    }

    /// <summary>
    /// The event sentences of a report published <paramref name="daysLater"/> days after the first:
    /// later reports carry a higher death toll, as real ones do. A random subset, in random order.
    /// </summary>
    private List<string> Facts(StoryFacts f, int daysLater, bool lead)
    {
        var published = f.FirstReport.AddDays(daysLater);
        var killed = f.Killed + daysLater * (1 + _random.Next(5));
        var injured = f.Injured + daysLater * _random.Next(10);
        var eventDay = Weekday(f.EventDay);
        var today = Weekday(published);
        var surname = f.Official[(f.Official.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(f.EventDay.Month);
        var hour = _random.Next(24);
        var minute = _random.Next(60);
        var pool = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"The death toll from the {f.Noun} in {f.Place} rose to {killed} on {today}, the {f.Title} said."),
            string.Create(CultureInfo.InvariantCulture, $"\"{f.Quotes[0]},\" {f.Official}, the {f.Title}, said in a statement."),
            string.Create(CultureInfo.InvariantCulture, $"Rescuers were still searching for {f.Missing} people who remain missing, according to {f.Organisation}."),
            string.Create(CultureInfo.InvariantCulture, $"About {f.Evacuated:N0} residents were evacuated from nearby homes overnight as a precaution."),
            string.Create(CultureInfo.InvariantCulture, $"At least {injured} people were injured, {1 + injured / 5} of them seriously, {surname} said."),
            string.Create(CultureInfo.InvariantCulture, $"The {f.Noun} happened at about {hour:00}:{minute:00} local time on {month} {f.EventDay.Day}, {f.EventDay.Year}."),
            string.Create(CultureInfo.InvariantCulture, $"Damage was estimated at more than {f.Damage} million dollars, {f.Organisation} said on {today}."),
            string.Create(CultureInfo.InvariantCulture, $"\"{f.Quotes[1]},\" {surname} told reporters on {today}."),
            string.Create(CultureInfo.InvariantCulture, $"A day earlier, {surname} had said that {f.Killed} people were killed and {f.Missing + 2} were missing."),
            string.Create(CultureInfo.InvariantCulture, $"Schools in {f.Place} were closed on {today} and a special session of the city council will be held next week."),
        };
        var take = 4 + _random.Next(pool.Count - 3);
        var chosen = pool.OrderBy(_ => _random.Next()).Take(take).ToList();
        if (lead) chosen.Insert(0, string.Format(CultureInfo.InvariantCulture, f.Lead, f.Place, eventDay, killed, injured, today));
        return chosen;
    }

    private static string Weekday(DateOnly d) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(d.DayOfWeek);

    /// <summary>The event sentences in order, first, with the filler spread between them.</summary>
    private List<string> Mix(List<string> facts, List<string> filler)
    {
        var result = new List<string>(facts.Count + filler.Count);
        var f = 0;
        foreach (var fact in facts)
        {
            result.Add(fact);
            var gap = 1 + _random.Next(3);
            for (var i = 0; i < gap && f < filler.Count; i++) result.Add(filler[f++]);
        }
        while (f < filler.Count) result.Add(filler[f++]);
        return result;
    }

    private List<string> Sentences(string[] names, int[] numbers, string[] topic, int count)
    {
        var list = new List<string>(count);
        for (var s = 0; s < count; s++)
        {
            var sb = new StringBuilder();
            var length = 12 + _random.Next(14);
            var quote = _random.NextDouble() < 0.15;
            if (quote) sb.Append('"');
            for (var w = 0; w < length; w++)
            {
                var roll = _random.NextDouble();
                var word = roll < 0.18 ? topic[_random.Next(topic.Length)]
                    : roll < 0.26 ? names[_random.Next(names.Length)]
                    : roll < 0.30 ? numbers[_random.Next(numbers.Length)].ToString(CultureInfo.InvariantCulture)
                    : Common();
                if (w == 0) word = Capital(word);
                if (w > 0) sb.Append(' ');
                sb.Append(word);
            }
            if (quote) sb.Append(",\" ").Append(names[_random.Next(names.Length)]).Append(" said.");
            else sb.Append('.');
            list.Add(sb.ToString());
        }
        return list;
    }

    /// <summary>A sub-editor's pass: two sentences dropped, a few words changed.</summary>
    private List<string> Edit(List<string> wire)
    {
        var drop = new HashSet<int> { _random.Next(wire.Count), _random.Next(wire.Count) };
        return wire.Where((_, i) => !drop.Contains(i))
            .Select(s => string.Join(' ', s.Split(' ').Select(w => _random.NextDouble() < 0.05 ? Common() : w)))
            .ToList();
    }

    /// <summary>Machine translation there and back: most common words swapped for synonyms, neighbours swapped, small numbers in words.</summary>
    private List<string> Translate(List<string> wire)
    {
        var result = new List<string>(wire.Count);
        foreach (var s in wire.Where(_ => _random.NextDouble() > 0.05))
        {
            var words = s.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n <= 10) words[i] = NumberWords[n];
                else if (w.Length > 0 && char.IsLower(w[0]) && _random.NextDouble() < 0.5) words[i] = Synonym(w);
            }
            for (var i = 1; i + 1 < words.Length; i++)
                if (_random.NextDouble() < 0.1 && char.IsLower(words[i][0]) && char.IsLower(words[i + 1][0])) (words[i], words[i + 1]) = (words[i + 1], words[i]);
            result.Add(string.Join(' ', words));
        }
        return result;
    }

    private string Synonym(string word)
    {
        var h = 0;
        foreach (var c in word) h = h * 31 + c;
        return _vocabulary[(h & 0x7FFFFFFF) % _vocabulary.Length];
    }

    private string Common()
    {
        var x = _random.NextDouble();
        var i = Array.BinarySearch(_cumulative, x);
        return _vocabulary[i < 0 ? Math.Min(~i, _vocabulary.Length - 1) : i];
    }

    private string Word(int syllables)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < syllables; i++) sb.Append(Syllables[_random.Next(Syllables.Length)]);
        return sb.ToString();
    }

    private static string Capital(string w) => char.ToUpperInvariant(w[0]) + w[1..];
}
