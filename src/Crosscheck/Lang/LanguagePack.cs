using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Crosscheck.Lang;

/// <summary>
/// What one language contributes to the pipeline: its word lists, read from the data files under
/// <c>Lang/&lt;code&gt;/</c> (one file per kind, sections in brackets, <c>#</c> comments). Stages stay
/// language-neutral: each asks the pack for the lists it needs and compiles them once into its own
/// lookup tables (<see cref="Compiled{T}"/>), so that a hot path never parses or allocates.
/// </summary>
public sealed class LanguagePack
{
    private readonly FrozenDictionary<string, LangFile> _files;
    private readonly ConcurrentDictionary<Type, object> _compiled = new();

    internal LanguagePack(string code, IReadOnlyDictionary<string, LangFile> files)
    {
        Code = code;
        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>ISO 639-1 code ("en", "fr").</summary>
    public string Code { get; }

    /// <summary>The kinds of data this pack has (file names without extension).</summary>
    public IEnumerable<string> Kinds => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>The sections of one file, in file order; none when the pack lacks the file.</summary>
    internal IReadOnlyList<LangSection> Sections(string kind) =>
        _files.TryGetValue(kind, out var file) ? file.Sections : [];

    /// <summary>The lines of one section (comments and blank lines dropped, trimmed); empty when absent.</summary>
    internal IReadOnlyList<string> Lines(string kind, string section)
    {
        foreach (var s in Sections(kind))
            if (s.Name == section) return s.Lines;
        return [];
    }

    /// <summary>Every white-space separated word of one section.</summary>
    internal string[] Words(string kind, string section) =>
        Lines(kind, section).SelectMany(l => l.Split(LangFile.Blanks, StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>One section as a case-insensitive set looked up by span.</summary>
    internal WordSet Set(string kind, string section) => new(Words(kind, section));

    /// <summary>
    /// A stage's compiled view of this pack (its frozen sets and dictionaries), built on first use and
    /// then shared by every report in this language. The builder must be pure: it may run twice when
    /// two threads ask at once, and one result is kept.
    /// </summary>
    internal T Compiled<T>(Func<LanguagePack, T> build) where T : class =>
        (T)_compiled.GetOrAdd(typeof(T), static (_, arg) => arg.build(arg.pack), (build, pack: this));

    public override string ToString() => Code;
}

/// <summary>One data file of a pack: its bracketed sections in order.</summary>
internal sealed record LangFile(IReadOnlyList<LangSection> Sections)
{
    /// <summary>What separates the words of an entry line.</summary>
    public static readonly char[] Blanks = [' ', '\t'];

    /// <summary>
    /// Parses the line format: <c>[name]</c> opens a section, <c>#</c> starts a comment, every other
    /// non-blank line is an entry. Lines before the first header form the section named "".
    /// </summary>
    public static LangFile Parse(string text)
    {
        var sections = new List<LangSection>();
        var name = "";
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                if (lines.Count > 0 || name.Length > 0) sections.Add(new LangSection(name, lines));
                name = line[1..^1].Trim();
                lines = [];
                continue;
            }
            lines.Add(line);
        }
        if (lines.Count > 0 || name.Length > 0) sections.Add(new LangSection(name, lines));
        return new LangFile(sections);
    }
}

/// <summary>A bracketed section of a data file: its header text and its entry lines.</summary>
internal sealed record LangSection(string Name, IReadOnlyList<string> Lines)
{
    /// <summary>The header's words: "[object aircraft]" has Head "object" and Args ["aircraft"].</summary>
    public string Head => Name.Split(' ', 2)[0];

    public string[] Args => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

    public IEnumerable<string> Words => Lines.SelectMany(l => l.Split(LangFile.Blanks, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>A case-insensitive word list looked up by span, so that a lookup allocates nothing.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words, StringComparer? comparer = null)
    {
        _set = words.ToFrozenSet(comparer ?? StringComparer.OrdinalIgnoreCase);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static readonly WordSet Empty = new([]);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string? word) => word is not null && _set.Contains(word);

    public int Count => _set.Count;

    public IEnumerable<string> Items => _set;
}
