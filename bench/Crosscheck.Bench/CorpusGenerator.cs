using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Bench;

/// <summary>A synthetic report with the truth it was generated from.</summary>
internal sealed record GeneratedReport(Report Report, string Story, string CopyOf);

/// <summary>
/// Generates a deterministic corpus of many stories, each told by a wire original with exact,
/// edited, cut and translated-style copies, and by several independent outlets. Words come from a
/// made-up Zipfian vocabulary so that term statistics look like news, not like noise.
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

    public CorpusGenerator(int seed)
    {
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
            var wire = Sentences(names, numbers, topic, 24 + _random.Next(12));
            var wireId = id + "-wire";
            Add(result, wireId, Join(wire), id, wireId, day, WireName, "Outlet " + _random.Next(300), count);
            if (_random.NextDouble() < 0.5) Add(result, id + "-exact", Join(wire), id, wireId, day, null, "Outlet " + _random.Next(300), count);
            if (_random.NextDouble() < 0.6) Add(result, id + "-edited", Join(Edit(wire)), id, wireId, day.AddDays(_random.Next(2)), null, "Outlet " + _random.Next(300), count);
            if (_random.NextDouble() < 0.5) Add(result, id + "-cut", Join(wire.Take(wire.Count / 2)), id, wireId, day, null, "Outlet " + _random.Next(300), count);
            if (_random.NextDouble() < 0.5) Add(result, id + "-translated", Join(Translate(wire)), id, wireId, day.AddDays(_random.Next(2)), null, "Outlet " + _random.Next(300), count);
            var outlets = 2 + _random.Next(3);
            for (var o = 0; o < outlets; o++)
            {
                var own = id + "-own" + o;
                Add(result, own, Join(Sentences(names, numbers, topic, 18 + _random.Next(16))), id, own, day.AddDays(_random.Next(3)), null, "Outlet " + _random.Next(300), count);
            }
            story++;
        }
        return result;
    }

    private static void Add(List<GeneratedReport> result, string id, string text, string story, string copyOf, DateOnly day, string? wire, string outlet, int count)
    {
        if (result.Count >= count) return;
        var report = new Report(id, text) { Title = text[..text.IndexOf(' ', 60)], Outlet = outlet, Wire = wire, Published = new PublishedDate(day, DateBasis.Header) };
        result.Add(new GeneratedReport(report, story, copyOf));
    }

    private static string Join(IEnumerable<string> sentences) => string.Join("\n", sentences);

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
