using Crosscheck.Gazetteer;
using Crosscheck.Lang;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Extract.Entities;

/// <summary>
/// Merges name variants into entities. People are merged within each story (a surname alone may only
/// join a person of the same story: two stories can each have their own "Smith"), then entities of
/// different stories with the same folded canonical name (or the same gazetteer place) are merged
/// into one corpus-wide entity. Reports in no story form a group of their own.
/// </summary>
public sealed class EntityLinker : ICorpusStage
{
    private readonly EntityOptions _options;
    private readonly Func<GazetteerIndex> _gazetteer;
    private readonly LanguagePacks _languages;

    public EntityLinker() : this(EntityOptions.Default) { }

    /// <param name="gazetteer">Places and organisations to resolve names against (default: the shipped lists).</param>
    /// <param name="languages">The packs whose <c>names.txt</c> tells how one name is written several ways (default: the shipped packs).</param>
    public EntityLinker(EntityOptions options, Func<GazetteerIndex>? gazetteer = null, LanguagePacks? languages = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _gazetteer = gazetteer ?? (() => GazetteerIndex.Default);
        _languages = languages ?? LanguagePacks.Default;
    }

    public string Name => "link-entities";

    // Per story: a name means one person within a story far more surely than across the corpus.
    public IReadOnlyList<IDataKey> Requires => [Layers.Entities, CorpusKeys.Stories];

    public IReadOnlyList<IDataKey> Assigns => [CorpusKeys.Entities];

    public void Process(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var groups = new List<IReadOnlyList<string>>();
        var inStory = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in context.Stories)
        {
            groups.Add(story.Reports);
            inStory.UnionWith(story.Reports);
        }
        var loose = context.Reports.Where(r => !inStory.Contains(r.Id)).Select(r => r.Id).ToList();
        if (loose.Count > 0) groups.Add(loose);

        var majority = MajorityTypes(context.Reports);
        var all = new List<Cluster>();
        foreach (var group in groups)
        {
            var observed = new List<Observed>();
            foreach (var id in group)
            {
                if (!context.ById.TryGetValue(id, out var report)) continue;
                var lexicon = NameLexicon.For(_languages.For(report) ?? _languages.For(_languages.Fallback));
                foreach (var m in report.Get(Layers.Entities) ?? [])
                {
                    // One name, one type across the corpus: the type most of its mentions got.
                    var mention = majority.TryGetValue(NameKey.Fold(m.Text), out var type) && type != m.Type && !EntityRecognizer.IsDemonym(m)
                        ? m with { Type = type, Place = type == EntityType.Place ? m.Place : null }
                        : m;
                    observed.Add(new Observed(mention, id, report.Text, lexicon));
                }
            }
            observed = ResolvePlacesInStoryCountry(observed, group.Select(id => context.ById.GetValueOrDefault(id)?.Title), _gazetteer());
            all.AddRange(LinkPeople(observed.Where(o => o.Mention.Type == EntityType.Person).ToList()));
            all.AddRange(LinkPlaces(observed.Where(o => o.Mention.Type == EntityType.Place)));
            all.AddRange(LinkOrganizations(observed.Where(o => o.Mention.Type == EntityType.Organization).ToList(), _gazetteer()));
        }

        // A surname borne by two people of the corpus names neither alone in the entity list.
        foreach (var bearers in all.Where(c => c.SurnameAlone.Count > 0).GroupBy(c => NameKey.Fold(Surname(c.Canonical))))
        {
            if (bearers.Select(c => c.CorpusKey).Distinct(StringComparer.Ordinal).Skip(1).Any())
                foreach (var c in bearers) c.SurnameAlone.Clear();
        }

        // Across stories: one entity per type and folded canonical name (or place id).
        var entities = new List<(Entity Entity, Cluster? From)>();
        foreach (var merged in all.GroupBy(c => (c.Type, c.CorpusKey)))
        {
            var first = merged.First();
            foreach (var other in merged.Skip(1)) first.Absorb(other);
            entities.Add((first.ToEntity(), first));
        }

        // The outlets and wire agencies that ran the reports are organisations of the corpus too,
        // though their bylines were cleaned out of the text. Looked up by name through an index, not
        // a scan of every entity per outlet (a large corpus has thousands of each).
        var organizationAt = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Entity.Type == EntityType.Organization) organizationAt.TryAdd(entities[i].Entity.Canonical, i);
        }
        foreach (var byline in context.Reports.SelectMany(r => new[] { (r.Wire, r.Id), (r.Outlet, r.Id) }).Where(x => x.Item1 is not null)
                     .GroupBy(x => x.Item1!, StringComparer.OrdinalIgnoreCase))
        {
            var reports = byline.Select(x => x.Id).Distinct(StringComparer.Ordinal).ToArray();
            if (organizationAt.TryGetValue(byline.Key, out var index))
            {
                var e = entities[index];
                entities[index] = (e.Entity with { Reports = e.Entity.Reports.Union(reports, StringComparer.Ordinal).ToArray() }, e.From);
            }
            else
            {
                entities.Add((new Entity(byline.Key, EntityType.Organization) { Variants = [byline.Key], Mentions = reports.Length, Reports = reports }, null));
            }
        }
        entities.Sort((a, b) => b.Entity.Mentions.CompareTo(a.Entity.Mentions));

        // Each mention's link, for the stages that read entities by mention (events, quotes).
        var linked = new Dictionary<(string Report, TextSpan Span, string Text), int>();
        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var o in entities[i].From?.Items ?? []) linked.TryAdd((o.Report, o.Mention.Span, o.Mention.Text), i);
        }
        context.Set(CorpusKeys.Entities, new EntityLinks(entities.Select(e => e.Entity).ToArray(), linked));
    }

    /// <summary>
    /// A place name several places share ("Valencia", "Chiva") is the one in the country the story is
    /// about: the country its unambiguous places and its headlines name most. A report that never
    /// names its country is read in its story's.
    /// </summary>
    internal static List<Observed> ResolvePlacesInStoryCountry(List<Observed> observed, IEnumerable<string?> titles, GazetteerIndex gazetteer)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var o in observed)
        {
            if (o.Mention.Type != EntityType.Place || o.Mention.Place is not { } p || p.CountryCode.Length == 0) continue;
            var unambiguous = p.Kind == PlaceKind.Country || gazetteer.Lookup(o.Mention.Text).Select(c => c.CountryCode).Distinct(StringComparer.Ordinal).Count() == 1;
            if (unambiguous) votes[p.CountryCode] = votes.GetValueOrDefault(p.CountryCode) + 1;
        }
        foreach (var title in titles)
        {
            if (title is null) continue;
            foreach (var word in title.Split([' ', ',', ':', ';', '\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length < 3 || !char.IsUpper(word[0])) continue;
                if ((gazetteer.Country(word) ?? gazetteer.Demonym(word)) is { Kind: PlaceKind.Country } c)
                    votes[c.CountryCode] = votes.GetValueOrDefault(c.CountryCode) + 1;
            }
        }
        if (votes.Count == 0) return observed;
        var country = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
        return observed.Select(o =>
        {
            if (o.Mention.Type != EntityType.Place || o.Mention.Place is not { Kind: not PlaceKind.Country } p || p.CountryCode == country) return o;
            var local = gazetteer.Lookup(o.Mention.Text).FirstOrDefault(c => c.CountryCode == country);
            return local is null ? o : o with { Mention = o.Mention with { Place = local } };
        }).ToList();
    }

    /// <summary>Names typed differently in different reports, with the type at least twice as many mentions got.</summary>
    private static Dictionary<string, EntityType> MajorityTypes(IEnumerable<Report> reports)
    {
        var votes = new Dictionary<string, Dictionary<EntityType, int>>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            foreach (var m in report.Get(Layers.Entities) ?? [])
            {
                if (EntityRecognizer.IsDemonym(m)) continue;
                var key = NameKey.Fold(m.Text);
                if (!votes.TryGetValue(key, out var byType)) votes[key] = byType = [];
                byType[m.Type] = byType.GetValueOrDefault(m.Type) + 1;
            }
        }
        var result = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (key, byType) in votes)
        {
            if (byType.Count < 2) continue;
            var ranked = byType.OrderByDescending(kv => kv.Value).ToList();
            if (ranked[0].Value >= 2 * ranked[1].Value) result[key] = ranked[0].Key;
        }
        return result;
    }

    internal sealed record Observed(EntityMention Mention, string Report, string Text, NameLexicon Lexicon)
    {
        public Observed(EntityMention mention, string report, string text) : this(mention, report, text, NameLexicon.Empty) { }
    }

    internal sealed class Cluster(EntityType type)
    {
        public EntityType Type { get; } = type;
        public List<Observed> Items { get; } = [];

        /// <summary>Names no report writes but that stand for the entity unambiguously (a person's given name with another spelling of the surname).</summary>
        public List<string> ExtraVariants { get; } = [];

        /// <summary>The surname spellings, listed alone unless another person of the corpus bears the surname.</summary>
        public List<string> SurnameAlone { get; } = [];
        public string Canonical { get; set; } = "";
        public GeoPlace? Place { get; set; }

        /// <summary>What keeps apart clusters of one name that must not merge across stories ("Mr" and "Miss" of a surname alone).</summary>
        public string Qualifier { get; set; } = "";

        /// <summary>List a titled mention only as written with its title ("Miss Jenkin", not "Jenkin").</summary>
        public bool TitledOnly { get; set; }

        public string CorpusKey => Place is not null ? "place:" + Place.Id : NameKey.Fold(Canonical) + Qualifier;

        public void Absorb(Cluster other)
        {
            Items.AddRange(other.Items);
            ExtraVariants.AddRange(other.ExtraVariants);
            SurnameAlone.AddRange(other.SurnameAlone);
        }

        public Entity ToEntity()
        {
            var variants = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            // The names as the reports write them: a demonym ("New Zealander") is an adjective, not a
            // name of the place; possessives and titles as written ("MGM's", "Mrs McMeekin") are.
            foreach (var v in Items.Where(i => !EntityRecognizer.IsDemonym(i.Mention)).SelectMany(i => WrittenForms(i).Skip(TitledOnly && Honorific(i).Length > 0 ? 1 : 0)))
            {
                if (seen.Add(v)) variants.Add(v);
            }
            if (variants.Count == 0)
            {
                foreach (var v in Items.Select(i => i.Mention.Text)) if (seen.Add(v)) variants.Add(v);
            }
            foreach (var v in ExtraVariants.Concat(SurnameAlone))
            {
                if (seen.Add(v)) variants.Add(v);
            }
            return new Entity(Canonical, Type)
            {
                Variants = variants,
                Mentions = Items.Count,
                Reports = Items.Select(i => i.Report).Distinct().Order(StringComparer.Ordinal).ToArray(),
                Place = Place,
            };
        }
    }

    // ---- people -------------------------------------------------------------------------------

    private sealed class Person
    {
        public List<Observed> Full { get; } = [];
        public List<Observed> SurnameOnly { get; } = [];
        public string Honorific { get; init; } = "";
        public HashSet<string> Given { get; } = new(StringComparer.Ordinal); // the given-name parts its full mentions use
    }

    internal List<Cluster> LinkPeople(List<Observed> people)
    {
        var result = new List<Cluster>();
        foreach (var bySurname in people.GroupBy(o => NameKey.Fold(Surname(o.Mention.Text))))
        {
            var persons = new List<Person>();
            var alone = new List<Observed>();
            // Longest, most frequent full forms first so that "Recep Tayyip Erdogan" founds the cluster
            // that "Tayyip Erdogan" then joins.
            var full = bySurname.Where(o => Words(o.Mention.Text).Length >= 2)
                .GroupBy(o => o.Mention.Text)
                .OrderByDescending(g => Words(g.Key).Length).ThenByDescending(g => g.Count());
            foreach (var form in full)
            {
                var given = Given(form.Key);
                var person = persons.FirstOrDefault(p => p.Given.Any(g => Compatible(g, given)));
                if (person is null) persons.Add(person = new Person());
                foreach (var o in form) { person.Full.Add(o); person.Given.Add(given); }
            }
            alone.AddRange(bySurname.Where(o => Words(o.Mention.Text).Length < 2));
            if (alone.Count > 0)
            {
                // A surname alone is the person its own report names in full, when that report names
                // one person of the surname; in a report that names none, the story's person, when the
                // story has one (or one far more mentioned than the rest). Otherwise it stays apart:
                // two people sharing a surname are never merged through it.
                var ranked = persons.OrderByDescending(p => p.Full.Count).ToList();
                var storyOne = ranked.Count == 1 || (ranked.Count > 1 && ranked[0].Full.Count >= _options.SurnameDominance * ranked[1].Full.Count)
                    ? ranked[0] : null;
                // Left apart, "Mr X" and "Miss X" are not taken for one person either.
                var apart = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
                foreach (var o in alone)
                {
                    var inReport = persons.Where(p => p.Full.Any(f => f.Report == o.Report)).Take(2).ToList();
                    var person = inReport.Count switch { 1 => inReport[0], 0 => storyOne, _ => null };
                    if (person is null)
                    {
                        var honorific = Honorific(o);
                        if (!apart.TryGetValue(honorific, out person)) persons.Add(apart[honorific] = person = new Person { Honorific = honorific });
                    }
                    person.SurnameOnly.Add(o);
                }
            }
            // The surname alone names the person only when nobody else of the story bears it.
            foreach (var p in persons) result.Add(ToCluster(p, surnameAlone: persons.Count == 1));
        }
        return result;
    }

    private static Cluster ToCluster(Person p, bool surnameAlone)
    {
        var cluster = new Cluster(EntityType.Person);
        cluster.Items.AddRange(p.Full);
        cluster.Items.AddRange(p.SurnameOnly);
        var all = p.Full.Concat(p.SurnameOnly).ToList();
        // Surname spelling: the one most reports use (Navalny vs Navalnyy), ties to the more frequent.
        var surname = all.GroupBy(o => Surname(o.Mention.Text))
            .OrderByDescending(g => g.Select(o => o.Report).Distinct().Count()).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
        if (p.Full.Count == 0)
        {
            cluster.Canonical = surname;
            if (p.Honorific.Length > 0)
            {
                // A surname several people of the story bear, written with a courtesy title: the
                // title is what names this one ("Miss Jenkin"), the surname alone would name any.
                cluster.Canonical = p.Honorific + " " + surname;
                cluster.Qualifier = "|" + p.Honorific.ToLowerInvariant();
                cluster.TitledOnly = true;
            }
            return cluster;
        }
        // Given names: the longest form that at least half as many reports use as the most used one.
        var givens = p.Full.GroupBy(o => Given(o.Mention.Text))
            .Select(g => (Given: g.Key, Reports: g.Select(o => o.Report).Distinct().Count(), Count: g.Count()))
            .ToList();
        var most = givens.Max(g => g.Reports);
        var given = givens.Where(g => g.Reports * 2 >= most)
            .OrderByDescending(g => g.Given.Length).ThenByDescending(g => g.Reports).ThenBy(g => g.Given, StringComparer.Ordinal)
            .First().Given;
        cluster.Canonical = given + " " + surname;
        var spellings = all.Select(o => Surname(o.Mention.Text)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var g in givens.Select(g => g.Given).Distinct(StringComparer.Ordinal))
        {
            foreach (var s in spellings) cluster.ExtraVariants.Add(g + " " + s);
        }
        if (surnameAlone) cluster.SurnameAlone.AddRange(spellings);
        return cluster;
    }

    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };

    internal static string Surname(string name)
    {
        var w = Words(name);
        var last = w.Length - 1;
        while (last > 0 && Suffixes.Contains(w[last].TrimEnd(','))) last--;
        return w[last];
    }

    internal static string Given(string name)
    {
        var w = Words(name);
        var surname = Surname(name);
        var at = Array.LastIndexOf(w, surname);
        return string.Join(' ', w[..Math.Max(0, at)]);
    }

    /// <summary>
    /// Given names that can be one person's: equal after folding, initials that match ("V." and
    /// "Volodymyr"), or one a part of the other ("Tayyip" in "Recep Tayyip", "John" and "John F.").
    /// </summary>
    internal static bool Compatible(string a, string b)
    {
        var x = Words(a).Select(w => NameKey.Fold(w)).ToArray();
        var y = Words(b).Select(w => NameKey.Fold(w)).ToArray();
        if (x.Length == 0 || y.Length == 0) return true;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        // Every word of the shorter form matches a word of the longer one, in order.
        var j = 0;
        foreach (var w in shorter)
        {
            while (j < longer.Length && !WordMatches(w, longer[j])) j++;
            if (j == longer.Length) return false;
            j++;
        }
        return true;
    }

    private static bool WordMatches(string a, string b) =>
        a == b || (a.Length == 1 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length == 1 && a.StartsWith(b, StringComparison.Ordinal));

    // ---- places -------------------------------------------------------------------------------

    internal static IEnumerable<Cluster> LinkPlaces(IEnumerable<Observed> places)
    {
        // A place the gazetteer did not locate joins the one place of the group written the same
        // way once abbreviations are expanded ("Mt Cook", "Mount Cook") or without its head word
        // ("Qeshm Island", "Qeshm"); a located place keeps its own id ("Mexico City" is not "Mexico").
        var list = places.ToList();
        var located = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var unlocated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in list)
        {
            var name = PlaceName(o.Mention.Text, o.Lexicon);
            if (o.Mention.Place is { } p)
            {
                if (!located.TryGetValue(name, out var ids)) located[name] = ids = new HashSet<string>(StringComparer.Ordinal);
                ids.Add("id:" + p.Id);
            }
            else unlocated.Add(name);
        }
        string KeyOf(Observed o)
        {
            if (o.Mention.Place is { } p) return "id:" + p.Id;
            var words = PlaceWords(o.Mention.Text, o.Lexicon);
            var name = NameKey.Fold(string.Join(' ', words));
            string? bare = null;
            if (words.Length >= 2 && (o.Lexicon.PlaceHeads.Contains(words[^1]) || Cues.RegionWords.Contains(words[^1]))) bare = NameKey.Fold(string.Join(' ', words[..^1]));
            foreach (var form in bare is null ? [name] : new[] { name, bare })
            {
                if (located.TryGetValue(form, out var ids) && ids.Count == 1) return ids.First();
            }
            return "name:" + (bare is not null && unlocated.Contains(bare) ? bare : name);
        }
        foreach (var group in list.GroupBy(KeyOf))
        {
            var cluster = new Cluster(EntityType.Place);
            cluster.Items.AddRange(group);
            cluster.Place = group.First().Mention.Place;
            // The name most reports write, demonyms ("Crimean") only when nothing else names it.
            // Datelines in capitals ("OSLO, Feb 11") are not how the name is written.
            var names = group.Where(o => !EntityRecognizer.IsDemonym(o.Mention)).ToList();
            var written = names.Where(o => o.Mention.Text.Any(char.IsLower)).ToList();
            if (written.Count > 0) names = written;
            cluster.Canonical = names.Count > 0
                ? MostReported(names)
                : cluster.Place?.Name ?? group.First().Mention.Text;
            yield return cluster;
        }
    }

    /// <summary>A place's name folded for comparison: without a possessive, abbreviations expanded ("Mt." → "mount").</summary>
    internal static string PlaceName(string text, NameLexicon lexicon) => NameKey.Fold(string.Join(' ', PlaceWords(text, lexicon)));

    private static string[] PlaceWords(string text, NameLexicon lexicon)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = NameKey.FoldWord(words[i].TrimEnd('.', ','));
            if (w.EndsWith("'s", StringComparison.Ordinal) && w.Length > 2) w = w[..^2];
            words[i] = lexicon.Abbreviations.GetValueOrDefault(w, w);
        }
        return words;
    }

    // ---- organisations ------------------------------------------------------------------------

    internal static IEnumerable<Cluster> LinkOrganizations(List<Observed> orgs, GazetteerIndex gazetteer)
    {
        // Key: the lexicon's canonical name when known, else the folded name without its article,
        // legal form and possessive ("The Acme Corp.'s" is "acme").
        var keyOf = new Dictionary<Observed, string>(ReferenceEqualityComparer.Instance);
        foreach (var o in orgs) keyOf[o] = Key(o);
        // "Full Name (ACRO)" in a report makes the acronym an alias of the full name.
        var alias = new Dictionary<string, string>(StringComparer.Ordinal);
        var startingAt = new Dictionary<(string Report, int Start), Observed>();
        foreach (var o in orgs) startingAt.TryAdd((o.Report, o.Mention.Span.Start), o);
        foreach (var o in orgs)
        {
            var end = o.Mention.Span.End;
            if (o.Mention.InCaption || end + 2 >= o.Text.Length || o.Text[end] != ' ' || o.Text[end + 1] != '(') continue;
            if (startingAt.TryGetValue((o.Report, end + 2), out var acro) && keyOf[acro] != keyOf[o]) alias.TryAdd(keyOf[acro], keyOf[o]);
        }
        // Short forms that only one longer name of the group can stand for: an acronym of its
        // initials ("NYPD"), its last word ("the Saints" of "New Orleans Saints", "the Commission"),
        // or its first word before "of" ("the Academy" of "Academy of Motion Picture Arts and Sciences").
        var byInitials = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byHead = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal); // short forms: tails, and first words before "of"
        foreach (var o in orgs)
        {
            var words = Bare(o.Mention.Text, o.Lexicon).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            var key = keyOf[o];
            foreach (var initials in Initials(o.Mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries), words))
                Add(byInitials, initials, key);
            for (var t = 1; t < words.Length; t++)
            {
                if (!char.IsUpper(words[t][0])) continue; // "of America" is no name of "Bank of America"
                Add(byHead, OrgFold(string.Join(' ', words[t..]), o.Lexicon), key);
            }
            if (words.Length >= 3 && words[1].All(char.IsLower)) Add(byHead, OrgFold(words[0], o.Lexicon), key);
        }
        // Longer short forms first, so that a name and its own tail count as one ("Promises Treatment
        // Center" for "Malibu Promises Treatment Center") when a shorter form is looked up.
        foreach (var o in orgs.OrderByDescending(o => o.Mention.Text.Count(c => c == ' ')))
        {
            var key = keyOf[o];
            if (alias.ContainsKey(key)) continue;
            var text = Bare(o.Mention.Text, o.Lexicon);
            if (gazetteer.Organization(text) is not null) continue;
            var candidates = IsAllCaps(text) && text.Length is >= 2 and <= 6
                ? byInitials.GetValueOrDefault(text.ToUpperInvariant())
                : byHead.GetValueOrDefault(key);
            if (candidates is null) continue;
            var targets = candidates.Select(Resolve).Where(k => k != key).Distinct(StringComparer.Ordinal).Take(2).ToList();
            if (targets.Count == 1 && Resolve(targets[0]) != key) alias[key] = targets[0];
        }
        foreach (var group in orgs.GroupBy(o => Resolve(keyOf[o])))
        {
            var cluster = new Cluster(EntityType.Organization);
            cluster.Items.AddRange(group);
            var known = gazetteer.Organization(group.First().Mention.Text);
            // Prefer a full name over an acronym, a name of several words over its short form.
            var full = group.Where(o => !IsAllCaps(o.Mention.Text)).ToList();
            var longer = full.Where(o => o.Mention.Text.Contains(' ', StringComparison.Ordinal)).ToList();
            if (longer.Count > 0 && longer.Count * 4 >= full.Count) full = longer;
            cluster.Canonical = full.Count > 0 ? MostReported(full) : known?.Name ?? MostReported(group.ToList());
            yield return cluster;
        }

        string Key(Observed o)
        {
            if (gazetteer.Organization(o.Mention.Text) is { } known) return "org:" + known.Name;
            var bare = Bare(o.Mention.Text, o.Lexicon);
            return gazetteer.Organization(bare) is { } k ? "org:" + k.Name : OrgFold(bare, o.Lexicon);
        }

        string Resolve(string key)
        {
            for (var hops = 0; hops < 4 && alias.TryGetValue(key, out var next); hops++) key = next;
            return key;
        }

        static void Add(Dictionary<string, HashSet<string>> index, string at, string key)
        {
            if (!index.TryGetValue(at, out var keys)) index[at] = keys = new HashSet<string>(StringComparer.Ordinal);
            keys.Add(key);
        }
    }

    /// <summary>
    /// An organisation's name folded for comparison; in a long name a plural and its singular are one
    /// word ("Academy of Motion Picture(s) Arts and Sciences").
    /// </summary>
    internal static string OrgFold(string bare, NameLexicon lexicon)
    {
        var words = bare.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = NameKey.FoldWord(words[i]);
            w = lexicon.Abbreviations.GetValueOrDefault(w, w);
            if (words.Length >= 3 && w.Length > 3 && w[^1] == 's' && char.IsLower(w[^2])) w = w[..^1];
            words[i] = w;
        }
        return NameKey.Fold(string.Join(' ', words));
    }

    /// <summary>An organisation's name without its leading article, trailing legal form and possessive.</summary>
    internal static string Bare(string name, NameLexicon lexicon)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0) return name;
        var lastWord = words[^1];
        if (lastWord.Length > 2 && (lastWord.EndsWith("'s", StringComparison.Ordinal) || lastWord.EndsWith("\u2019s", StringComparison.Ordinal)))
            words[^1] = lastWord[..^2];
        if (words.Count > 1 && lexicon.Articles.Contains(words[0])) words.RemoveAt(0);
        // A web address names its site: "TMZ.com" is TMZ.
        if (words.Count == 1 && WebSuffix.Match(words[0]) is { Success: true } web) words[0] = words[0][..web.Index];
        while (words.Count > 1 && lexicon.OrgSuffixes.Contains(words[^1].TrimEnd('.', ','))) words.RemoveAt(words.Count - 1);
        if (words.Count > 0) words[^1] = words[^1].TrimEnd(',');
        return string.Join(' ', words);
    }

    /// <summary>The initials of a name's capitalised words, with and without its article ("THR", "HR").</summary>
    private static IEnumerable<string> Initials(string[] written, string[] bare)
    {
        static string Of(IEnumerable<string> words) =>
            string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => char.ToUpperInvariant(w[0])));
        var a = Of(bare);
        if (a.Length >= 2) yield return a;
        var b = Of(written);
        if (b.Length >= 2 && b != a) yield return b;
    }

    /// <summary>
    /// The forms one mention is written in: its text, and with what the text writes round it that
    /// still names the entity: a possessive ("MGM's"), a courtesy title before a person ("Mrs
    /// McMeekin"), a capitalised article before an organisation ("The Associated Press").
    /// </summary>
    /// <summary>The courtesy title written right before a mention ("Mrs" of "Mrs. McMeekin"), or "".</summary>
    internal static string Honorific(Observed o)
    {
        foreach (var form in WrittenForms(o))
        {
            if (form.Length > o.Mention.Text.Length && form.EndsWith(o.Mention.Text, StringComparison.Ordinal))
                return form[..^o.Mention.Text.Length].TrimEnd(' ', '.');
        }
        return "";
    }

    internal static IEnumerable<string> WrittenForms(Observed o)
    {
        var m = o.Mention;
        yield return m.Text;
        if (m.InCaption) yield break;
        var text = o.Text;
        int start = m.Span.Start, end = m.Span.End;
        if (end > text.Length || start < 0) yield break;
        if (end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])))
            yield return m.Text + text.Substring(end, 2);
        if (m.Type == EntityType.Place || start < 2 || text[start - 1] != ' ') yield break;
        var last = start - 2;
        var dotted = text[last] == '.';
        if (dotted) last--;
        var first = last;
        while (first > 0 && char.IsLetter(text[first - 1])) first--;
        if (first > last || !char.IsUpper(text[first]) || (first > 0 && !char.IsWhiteSpace(text[first - 1]) && text[first - 1] is not ('"' or '\u201C' or '(')))
            yield break;
        var word = text.AsSpan(first, last - first + 1);
        var before = m.Type == EntityType.Person ? o.Lexicon.Honorifics : dotted ? null : o.Lexicon.Articles;
        if (before is not null && before.Contains(word)) yield return string.Concat(text.AsSpan(first, start - first), m.Text);
    }

    private static readonly System.Text.RegularExpressions.Regex WebSuffix =
        new(@"(?<=\w)\.(com|net|org|co\.uk|com\.au)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsAllCaps(string s) => s.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static string MostReported(List<Observed> items) =>
        items.GroupBy(o => o.Mention.Text)
            .OrderByDescending(g => g.Select(o => o.Report).Distinct().Count())
            .ThenByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
}
