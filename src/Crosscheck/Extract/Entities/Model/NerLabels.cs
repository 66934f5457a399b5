namespace Crosscheck.Extract.Entities.Model;

/// <summary>
/// The tagger's label set: BIO over PERSON, ORG and PLACE, and the mapping of other data sets'
/// tags onto it (PER/Person → PERSON, ORG/Organisation/corporation/group → ORG,
/// LOC/GPE/Location → PLACE; every other type, MISC included, → O).
/// </summary>
public static class NerLabels
{
    /// <summary>The label strings, in the model's label order.</summary>
    public static IReadOnlyList<string> All { get; } = ["O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-PLACE", "I-PLACE"];

    /// <summary>The entity types, in order.</summary>
    public static IReadOnlyList<string> Types { get; } = ["PERSON", "ORG", "PLACE"];

    internal const int Count = 7;
    internal const int Outside = 0;

    internal static int Begin(int type) => 1 + 2 * type;

    internal static int Inside(int type) => 2 + 2 * type;

    /// <summary>The type index (0..2) of a label id, -1 for O.</summary>
    internal static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 2;

    internal static bool IsBegin(int label) => label != Outside && (label - 1) % 2 == 0;

    /// <summary>
    /// The type index (0..2) a data set's entity type maps to, or -1 (not one of ours).
    /// </summary>
    public static int MapType(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.ToUpperInvariant() switch
        {
            "PER" or "PERSON" or "PERS" => 0,
            "ORG" or "ORGANISATION" or "ORGANIZATION" or "CORPORATION" or "GROUP" => 1,
            "LOC" or "LOCATION" or "GPE" or "PLACE" => 2,
            _ => -1,
        };
    }

    /// <summary>True when a column looks like a tag: "O" or a scheme letter, a dash and a type.</summary>
    internal static bool LooksLikeTag(string field) =>
        field == "O" || (field.Length > 2 && field[1] == '-' && field[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U');

    /// <summary>
    /// Maps one sentence's raw tags (IOB1, IOB2, IO, BIOES or BILOU) onto our BIO label ids:
    /// an I- that does not continue an entity of its type starts one.
    /// </summary>
    internal static int[] Normalize(IReadOnlyList<string> raw)
    {
        var labels = new int[raw.Count];
        var prevType = -1;
        for (var i = 0; i < raw.Count; i++)
        {
            var tag = raw[i];
            if (tag == "O" || tag.Length < 3)
            {
                prevType = -1;
                continue;
            }
            var type = MapType(tag[2..]);
            if (type < 0)
            {
                prevType = -1;
                continue;
            }
            var starts = tag[0] is 'B' or 'S' or 'U' || prevType != type;
            labels[i] = starts ? Begin(type) : Inside(type);
            // BIOES/BILOU: an entity ends at E-/L-/S-/U-, so a following I- starts a new one.
            prevType = tag[0] is 'E' or 'L' or 'S' or 'U' ? -1 : type;
        }
        return labels;
    }
}
