using System.Text;
using Crosscheck.Lang;

namespace Crosscheck.Extract.Quantities;

internal sealed partial class SentenceScanner
{
    // ---- nouns ---------------------------------------------------------------------------------

    /// <summary>
    /// Finds the noun a figure counts: the last known counted noun in a short run of modifiers after
    /// it ("40 military aircraft", "6,000 fallen troops"), else the last word of that run. A role
    /// word right after the figure is itself the noun ("the 20 injured"); later in the run it is the
    /// role of the noun before it and ends the run ("20 people injured").
    /// </summary>
    private void ReadNoun(Figure f)
    {
        var k = f.Consumed;
        f.NounEnd = k;
        if (f.Unit is { } unit)
        {
            // "2 feet of snow": a depth of rain or snow is measured in mm.
            if (unit is { Dimension: UnitDimension.Length, Unit: "m" } && InSet(k, Lexicon.Of) && (InSet(k + 1, Lexicon.RainWords) || InSet(k + 1, Lexicon.SnowWords)))
            {
                f.Value *= 1000;
                f.High *= 1000;
                f.Unit = new UnitInfo("mm", 1, UnitDimension.Length);
            }
            if (f.HyphenUnit)
            {
                var head = -1;
                for (var words = 0; words < _options.NounWindow && IsWord(k) && !InSet(k, Lexicon.StopWords); words++, k++) head = k;
                if (head >= 0) SetNounText(f, head, k);
            }
            else if (InSet(k, Lexicon.Of) && IsWord(k + 1) && !InSet(k + 1, Lexicon.StopWords))
            {
                SetNounText(f, k + 1, k + 2);
            }
            return;
        }

        int known = -1, last = -1, first = -1, plural = -1, words2 = 0;
        // "une vingtaine de blessés", "300 000 d'habitants": a linking word before a counted noun.
        if (InSet(k, Lexicon.NounLinks) && IsWord(k + 1) && Lexicon.CountNounsBySpan.ContainsKey(W(k + 1))) k++;
        while (k < Count && words2 <= _options.NounWindow)
        {
            if (Is(k, LexKind.Dash) && Glued(k) && last == k - 1 && IsWord(k + 1) && Glued(k + 1))
            {
                k++; // "long-range", "high-rise"
                continue;
            }
            if (!IsWord(k)) break;
            var w = W(k);
            if (Lexicon.CountNounsBySpan.TryGetValue(w, out var entry))
            {
                if (entry.Kind == NounKind.Role && words2 > 0) break;
                if (entry.Kind == NounKind.Role && IsWord(k + 1) && Lexicon.CountNounsBySpan.TryGetValue(W(k + 1), out var next)
                    && next.Kind is NounKind.Person or NounKind.Prisoners)
                {
                    f.ModifierRole = entry.Class; // "20 injured people"
                }
                known = k;
            }
            else if (Lexicon.StopWords.Contains(w) && !Lexicon.CountModifiers.Contains(w))
            {
                break;
            }
            else if (known >= 0 || Lexicon.RoleCuesBySpan.ContainsKey(w) || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
            if (Lexicon.DeadModifiers.Contains(w) && known != k) f.DeadModifier = true;
            if (Lexicon.DroneModifiers.Contains(w)) f.DroneModifier = true;
            if (first < 0) first = k;
            if (w.Length > 3 && w[^1] is 's' or 'S') plural = k;
            last = k;
            words2++;
            k++;
        }
        // An unknown noun: the plural in the run ("two parties seem"), else its first word.
        var head2 = known >= 0 ? known : plural >= 0 ? plural : first;
        if (head2 < 0) return;
        if (known >= 0) f.Noun = Lexicon.CountNounsBySpan[W(known)];
        SetNounText(f, head2, head2 + 1);
        f.NounHead = head2;
        f.NounEnd = Math.Max(f.NounEnd, head2 + 1);
    }

    private void SetNounText(Figure f, int head, int end)
    {
        f.NounText = W(head).ToString();
        f.NounEnd = end;
    }

    /// <summary>Drops what turned out not to be a figure once its noun is known.</summary>
    private static bool Keep(Figure f)
    {
        if (f.Unit is null && f.Noun is null && (f.YearLike || f.WeakWord)) return false;
        if (f.AmbiguousDot && f.Unit is null && f.Noun is not null && f.High is null) f.Value *= 1000; // "6.000 soldiers"
        return true;
    }

    private void Claim(Figure f, int end)
    {
        var self = _figures.IndexOf(f);
        for (var k = f.First; k < end && k < Count; k++)
        {
            if (_owner[k] < 0) _owner[k] = self;
        }
    }

    private void MarkOwners()
    {
        if (_owner.Length < Count) _owner = new int[Math.Max(Count, _owner.Length * 2)];
        Array.Fill(_owner, -1, 0, Count);
        for (var j = 0; j < _figures.Count; j++)
        {
            var f = _figures[j];
            var end = Math.Min(Count, Math.Max(f.Consumed, f.NounEnd));
            for (var k = f.First; k < end; k++) _owner[k] = j;
        }
    }

    // ---- facts ---------------------------------------------------------------------------------

    private string? NameFact(Figure f)
    {
        if (f.Superseded || f.Conversion) return null;
        if (f.Unit is { } unit) return UnitFact(f, unit);
        if (IsSubset(f)) return null;

        var kind = f.Noun?.Kind;
        if (f.DeadModifier && kind is NounKind.Person) kind = NounKind.Bodies;
        switch (kind)
        {
            case NounKind.Object:
                return f.DroneModifier ? "drones" : f.Noun!.Value.Class;
            case NounKind.Role:
                return f.Noun!.Value.Class;
            case NounKind.Prisoners:
                if (SentenceHas(Lexicon.ExchangeCues)) return EachSide(f, "prisoners_exchanged");
                if (SentenceHas(Lexicon.ReleaseCues)) return EachSide(f, "prisoners_released");
                return RightRole(f) ?? LeftRole(f) ?? "prisoners";
            case NounKind.Bodies:
                return SentenceHas(Lexicon.TransferCues) ? EachSide(f, "bodies_transferred") : "killed";
            case NounKind.Lives:
                return IsWord(f.First - 1, "saved") || IsWord(f.First - 1, "save") ? "rescued" : "killed";
        }
        if (IsPopulation(f)) return "population";
        var role = f.ModifierRole ?? RightRole(f) ?? LeftRole(f);
        if (role is not null) return role;
        if (kind is NounKind.Person) return IsCoordinatedWithEarlier(f) ? null : f.Noun!.Value.Class;
        // "the exchange would involve 'at least 1,000' on each side": a bare figure takes the swap's fact.
        if (f.NounText is null && HasBefore(f.First, Lexicon.ExchangeCues)) return EachSide(f, "prisoners_exchanged");
        return null;
    }

    private string? UnitFact(Figure f, UnitInfo unit) => unit.Dimension switch
    {
        UnitDimension.Length when SentenceHas(Lexicon.DepthWords) => "depth_" + unit.Unit,
        UnitDimension.Length when unit.Unit == "m" && SentenceHas(Lexicon.HeightWords) => "height_m",
        UnitDimension.Length when unit.Unit == "mm" && SentenceHas(Lexicon.RainWords) => "rainfall_mm",
        UnitDimension.Length when unit.Unit == "mm" && SentenceHas(Lexicon.SnowWords) => "snowfall_mm",
        UnitDimension.Length when unit.Unit == "mm" => "length_mm",
        UnitDimension.Length => "distance_" + unit.Unit,
        UnitDimension.Area => "area_km2",
        UnitDimension.Volume => "volume_" + unit.Unit,
        UnitDimension.Mass => "weight_" + unit.Unit,
        UnitDimension.Percent => unit.Unit == "percent" ? "percent" : "percentage_points",
        UnitDimension.Duration => DurationFact(f, unit),
        UnitDimension.Temperature => "temperature_c",
        UnitDimension.Speed => SentenceHas(Lexicon.WindWords) ? "wind_speed_kmh" : "speed_kmh",
        UnitDimension.Magnitude => "magnitude",
        UnitDimension.Money => "amount_" + unit.Unit,
        _ => null,
    };

    /// <summary>
    /// A duration is a fact only when it measures something named: "30-day ceasefire" → ceasefire_days,
    /// "a truce of two to three days" → truce_days. "three years after" measures nothing.
    /// </summary>
    private string? DurationFact(Figure f, UnitInfo unit)
    {
        string? head = null;
        if (f.HyphenUnit && f.NounText is not null) head = f.NounText;
        else if ((InSet(f.First - 1, Lexicon.Of) || IsWord(f.First - 1, "lasting")) && IsWord(f.First - 2) && !InSet(f.First - 2, Lexicon.StopWords))
        {
            head = W(f.First - 2).ToString();
        }
        if (head is null || head.Equals("old", StringComparison.OrdinalIgnoreCase) || head.EndsWith("ly", StringComparison.OrdinalIgnoreCase)) return null;
        return Snake(Singular(head)) + "_" + unit.Unit + "s";
    }

    /// <summary>"including five children", "three of them": a part of a figure already given.</summary>
    private bool IsSubset(Figure f)
    {
        if (InSet(f.First - 1, Lexicon.SubsetMarkers)) return true;
        if ((IsWord(f.First - 1, "them") || IsWord(f.First - 1, "whom")) && IsWord(f.First - 2, "among")) return true;
        return false;
    }

    /// <summary>"killed 4 civilians and 2 soldiers": the second group shares the first one's role, not a fact of its own.</summary>
    private bool IsCoordinatedWithEarlier(Figure f)
    {
        var self = _figures.IndexOf(f);
        if (self <= 0) return false;
        var before = _figures[self - 1];
        var gap = f.First - Math.Max(before.Consumed, before.NounEnd);
        return gap == 1 && (IsWord(f.First - 1, "and") || IsChar(f.First - 1, ',')) && before.FactName is not null && before.Unit is null;
    }

    /// <summary>"seven of them", "seven of our colleagues": the role comes after the partitive.</summary>
    private int SkipPartitive(Figure f, int k)
    {
        if (f.NounHead >= 0 || !InSet(k, Lexicon.Of)) return k;
        var j = k + 1;
        if (IsWord(j, "them") || IsWord(j, "whom")) return j + 1;
        if (IsWord(j) && W(j) is var d && (d.Equals("the", StringComparison.OrdinalIgnoreCase) || d.Equals("our", StringComparison.OrdinalIgnoreCase)
            || d.Equals("their", StringComparison.OrdinalIgnoreCase) || d.Equals("those", StringComparison.OrdinalIgnoreCase)
            || d.Equals("his", StringComparison.OrdinalIgnoreCase) || d.Equals("her", StringComparison.OrdinalIgnoreCase)
            || d.Equals("its", StringComparison.OrdinalIgnoreCase)))
        {
            j++;
        }
        else
        {
            return k;
        }
        for (var words = 0; words <= _options.NounWindow && IsWord(j); words++, j++)
        {
            if (Lexicon.CountNounsBySpan.TryGetValue(W(j), out var entry) && entry.Kind is NounKind.Person or NounKind.Prisoners) return j + 1;
            if (Lexicon.StopWords.Contains(W(j))) break;
        }
        return k;
    }

    private bool IsPopulation(Figure f) =>
        (InSet(f.First - 1, Lexicon.Of) && InSet(f.First - 2, Lexicon.PopulationCues))
        || InSet(f.First - 1, Lexicon.PopulationCues)
        || (IsWord(f.First - 1, "to") && IsWord(f.First - 2, "home"))
        || (InSet(f.First - 1, Lexicon.Of) && InSet(f.First - 2, Lexicon.PlaceNouns) && (f.Noun is null || f.Noun.Value.Kind == NounKind.Person));

    /// <summary>The role given after the counted noun: "were also killed", "have been confirmed dead", "lost their lives".</summary>
    private string? RightRole(Figure f)
    {
        var k = f.NounHead >= 0 ? f.NounEnd : f.End;
        k = SkipCoordinatedNoun(SkipPartitive(f, k));
        for (var steps = 0; steps < _options.RoleChainWindow && IsWord(k); steps++, k++)
        {
            var w = W(k);
            string? found = null;
            if (Lexicon.RoleCuesBySpan.TryGetValue(w, out var role)) found = role;
            else if (w.Equals("lost", StringComparison.OrdinalIgnoreCase) && (IsWord(k + 1, "lives") || (IsWord(k + 1, "their") && IsWord(k + 2, "lives"))))
            {
                found = "killed";
            }
            else if (w.Equals("hospital", StringComparison.OrdinalIgnoreCase) && IsWord(k - 1, "to")) found = "injured";
            if (found is not null)
            {
                // The cue is this figure's: a later figure must not take it from the left.
                Claim(f, k + 1);
                return found;
            }
            if (!Lexicon.RoleChain.Contains(w)) break;
        }
        return null;
    }

    /// <summary>"Three soldiers and a civilian were killed": past the second subject to the shared verb.</summary>
    private int SkipCoordinatedNoun(int k)
    {
        if (!IsWord(k, "and")) return k;
        var j = k + 1;
        if (IsWord(j, "a") || IsWord(j, "an") || IsWord(j, "one") || IsWord(j, "the") || StartsNumber(j)) j++;
        for (var modifiers = 0; modifiers <= _options.NounWindow && IsWord(j); modifiers++, j++)
        {
            if (Lexicon.CountNounsBySpan.TryGetValue(W(j), out var entry) && entry.Kind is NounKind.Person or NounKind.Prisoners) return j + 1;
            if (Lexicon.StopWords.Contains(W(j)) || Lexicon.RoleCuesBySpan.ContainsKey(W(j))) break;
        }
        return k;
    }

    /// <summary>
    /// The role given before the figure: the nearest cue within the window ("killing at least three",
    /// "injured at least 20 others", "the death toll rose to 12"). The look-back stops at a reporting
    /// verb and at an earlier figure that has its own noun, which the cue belongs to instead.
    /// </summary>
    private string? LeftRole(Figure f)
    {
        var words = 0;
        var self = _figures.IndexOf(f);
        // "The death toll from the explosion at the plant in X has risen to seven": the subject can
        // sit far before the verb, so a rise verb right before the figure looks back for "toll".
        if (IsWord(f.First - 1, "to") && (IsWord(f.First - 2, "risen") || IsWord(f.First - 2, "rose") || IsWord(f.First - 2, "climbed")
                || IsWord(f.First - 2, "increased") || IsWord(f.First - 2, "jumped") || IsWord(f.First - 2, "grown") || IsWord(f.First - 2, "rises")))
        {
            for (var k = f.First - 3; k >= 0; k--)
            {
                if (IsChar(k, ';') || (IsWord(k) && Lexicon.CueBarriers.Contains(W(k)))) break;
                if (IsWord(k, "toll") && k > 0 && (IsWord(k - 1, "death") || IsWord(k - 1, "casualty"))) return "killed";
            }
        }
        for (var k = f.First - 1; k >= 0; k--)
        {
            var owner = _owner[k];
            if (owner >= 0 && owner != self)
            {
                var other = _figures[owner];
                if (other.NounHead >= 0 || other.Unit is not null || other.FactName is not null) return null;
                continue;
            }
            if (IsChar(k, ';')) return null;
            if (!IsWord(k)) continue;
            if (++words > _options.CueWindow) return null;
            var w = W(k);
            if (Lexicon.CueBarriers.Contains(w)) return null;
            if (Lexicon.RoleCuesBySpan.TryGetValue(w, out var role) && !Lexicon.Intransitive.Contains(w)) return role;
        }
        return null;
    }

    private string EachSide(Figure f, string fact)
    {
        if (f.EachSide) return fact + "_each_side";
        var k = Math.Max(f.End, f.NounEnd);
        while (Is(k, LexKind.Punct) && k < Count && _text[_items[k].Start] is '"' or '\u201d' or '\'' or '\u2019') k++;
        var each = (IsWord(k, "on") || IsWord(k, "from") || IsWord(k, "for")) && IsWord(k + 1, "each") && IsWord(k + 2, "side")
            || (IsWord(k, "per") || IsWord(k, "each") || IsWord(k, "a")) && IsWord(k + 1, "side")
            || IsWord(k, "each") && !IsWord(k + 1, "other");
        return each ? fact + "_each_side" : fact;
    }

    private bool SentenceHas(WordSet words)
    {
        for (var k = 0; k < Count; k++)
        {
            if (_items[k].Kind == LexKind.Word && words.Contains(W(k))) return true;
        }
        return false;
    }

    private bool HasBefore(int end, WordSet words)
    {
        for (var k = 0; k < end; k++)
        {
            if (_items[k].Kind == LexKind.Word && words.Contains(W(k))) return true;
        }
        return false;
    }

    private static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.OrdinalIgnoreCase)) return word[..^3] + "y";
        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^1];
        }
        return word;
    }

    private static string Snake(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word) sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        return sb.ToString();
    }
}
