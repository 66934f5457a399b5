using System.Text.RegularExpressions;

namespace Crosscheck.Clean;

/// <summary>
/// News agencies whose stories other outlets run ("wires"), each with its canonical name and the ways
/// bylines and datelines write it. Broadcasters and papers that syndicate little (Al Jazeera, the BBC,
/// CNN) are outlets, not wires, and are deliberately absent. Short upper-case aliases ("AP", "PA") only
/// match with their exact case, so prose words never read as agencies.
/// </summary>
internal static class WireAgencies
{
    private static readonly (string Canonical, string[] Aliases)[] Agencies =
    [
        ("Agence France-Presse", ["Agence France-Presse", "Agence France Presse", "AFP", "AFP-JIJI"]),
        ("Reuters", ["Reuters", "Thomson Reuters", "Reuters News"]),
        ("Associated Press", ["Associated Press", "The Associated Press", "AP"]),
        ("Deutsche Presse-Agentur", ["Deutsche Presse-Agentur", "Deutsche Presse Agentur", "dpa", "DPA"]),
        ("EFE", ["EFE", "Agencia EFE"]),
        ("ANSA", ["ANSA", "Agenzia ANSA"]),
        ("Xinhua", ["Xinhua", "Xinhua News Agency"]),
        ("Kyodo News", ["Kyodo", "Kyodo News"]),
        ("Jiji Press", ["Jiji", "Jiji Press"]),
        ("Yonhap", ["Yonhap", "Yonhap News Agency"]),
        ("Press Trust of India", ["Press Trust of India", "PTI"]),
        ("Asian News International", ["Asian News International", "ANI"]),
        ("Indo-Asian News Service", ["Indo-Asian News Service", "IANS"]),
        ("Anadolu Agency", ["Anadolu Agency", "Anadolu", "AA"]),
        ("Interfax", ["Interfax", "Interfax-Ukraine"]),
        ("TASS", ["TASS", "ITAR-TASS"]),
        ("RIA Novosti", ["RIA Novosti"]),
        ("Sputnik", ["Sputnik"]),
        ("Ukrinform", ["Ukrinform"]),
        ("Bloomberg", ["Bloomberg", "Bloomberg News"]),
        ("United Press International", ["United Press International", "UPI"]),
        ("Bernama", ["Bernama"]),
        ("Antara", ["Antara", "Antara News Agency"]),
        ("Canadian Press", ["The Canadian Press", "Canadian Press", "CP"]),
        ("Australian Associated Press", ["Australian Associated Press", "AAP"]),
        ("PA Media", ["PA Media", "Press Association", "PA"]),
        ("Europa Press", ["Europa Press"]),
        ("Agência Lusa", ["Agência Lusa", "Lusa"]),
        ("Prensa Latina", ["Prensa Latina"]),
        ("Belga", ["Belga"]),
        ("ANP", ["ANP"]),
        ("Austria Presse Agentur", ["Austria Presse Agentur", "APA"]),
        ("Keystone-SDA", ["Keystone-SDA", "SDA"]),
        ("Polish Press Agency", ["Polish Press Agency", "PAP"]),
        ("Ritzau", ["Ritzau"]),
        ("NTB", ["NTB"]),
        ("STT", ["STT"]),
        ("MTI", ["MTI"]),
        ("BTA", ["BTA"]),
        ("Agerpres", ["Agerpres"]),
        ("IRNA", ["IRNA", "Islamic Republic News Agency"]),
        ("WAFA", ["WAFA"]),
        ("Kuwait News Agency", ["Kuwait News Agency", "KUNA"]),
        ("Saudi Press Agency", ["Saudi Press Agency", "SPA"]),
        ("Middle East News Agency", ["Middle East News Agency", "MENA"]),
        ("Philippine News Agency", ["Philippine News Agency", "PNA"]),
        ("Vietnam News Agency", ["Vietnam News Agency", "VNA"]),
        ("Central News Agency", ["Central News Agency"]),
        ("News Agency of Nigeria", ["News Agency of Nigeria"]),
        ("Kenya News Agency", ["Kenya News Agency"]),
    ];

    private static readonly Dictionary<string, string> ExactCase = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> AnyCase = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Any alias as a whole word; short aliases case-sensitive. Longest first, so "AFP-JIJI" beats "AFP".</summary>
    internal static readonly Regex Mention;

    static WireAgencies()
    {
        var patterns = new List<string>();
        foreach (var (canonical, aliases) in Agencies)
        {
            foreach (var alias in aliases)
            {
                if (IsShort(alias)) ExactCase[alias] = canonical;
                else AnyCase[alias] = canonical;
                patterns.Add(alias);
            }
        }
        var alternation = string.Join('|', patterns.OrderByDescending(p => p.Length)
            .Select(p => IsShort(p) ? $"(?-i:{Regex.Escape(p)})" : Regex.Escape(p)));
        Mention = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static bool IsShort(string alias) => alias.Length <= 4;

    /// <summary>The canonical name when <paramref name="name"/> is exactly an agency alias ("the AP" included).</summary>
    public static string? Canonical(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var n = name.Trim().Trim('.', ',', ';', ':', '(', ')', '[', ']', '-', '\u2013', '\u2014', ' ');
        if (n.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !AnyCase.ContainsKey(n)) n = n[4..].Trim();
        if (ExactCase.TryGetValue(n, out var c)) return c;
        return AnyCase.TryGetValue(n, out c) ? c : null;
    }

    /// <summary>The first agency named anywhere in <paramref name="text"/>.</summary>
    public static string? FindIn(string text)
    {
        var m = Mention.Match(text);
        return m.Success ? Canonical(m.Value) : null;
    }
}
