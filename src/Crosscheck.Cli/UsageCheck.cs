using System.CommandLine;
using System.CommandLine.Parsing;
using Crosscheck.Text;

namespace Crosscheck.Cli;

/// <summary>
/// Refuses a command line the parser would let through or explain badly: an option-like token taken
/// as a PATH (a PATH argument accepts any word, so `--fromat json` would read two files named
/// "--fromat" and "json" and exit 0), an unknown command or option, a missing argument. Each problem
/// is one line with the nearest real name as a suggestion; the caller exits 2 without running.
/// </summary>
internal static class UsageCheck
{
    public static IReadOnlyList<string> Problems(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command;
        var problems = new List<string>();
        var afterDoubleDash = false;
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) { afterDoubleDash = true; continue; }
            // "-" is standard input and "--" ends the options; after it a PATH may start with a dash.
            if (afterDoubleDash || token.Type != TokenType.Argument || !LooksLikeOption(token.Value)) continue;
            problems.Add(UnknownOption(token.Value, command));
        }
        var wordSeen = false;
        var afterUnknownOption = false;
        foreach (var unmatched in parse.UnmatchedTokens)
        {
            if (LooksLikeOption(unmatched)) { AddOnce(problems, UnknownOption(unmatched, command)); afterUnknownOption = true; continue; }
            // A word after an unknown option is its value; after a misspelled command, the rest are its
            // arguments: only the first stray word is a problem of its own.
            if (!afterUnknownOption && !wordSeen) { wordSeen = true; problems.Add(UnknownCommand(unmatched, command)); }
            afterUnknownOption = false;
        }
        if (problems.Count > 0) return problems;
        foreach (var error in parse.Errors) AddOnce(problems, Describe(error));
        return problems;
    }

    private static void AddOnce(List<string> problems, string line)
    {
        if (!problems.Contains(line)) problems.Add(line);
    }

    /// <summary>A missing argument and a value outside its choices in our words, with a suggestion;
    /// anything else in the parser's.</summary>
    private static string Describe(ParseError error)
    {
        switch (error.SymbolResult)
        {
            case OptionResult { Option: var option } result when result.Tokens.Count > 0:
                var choices = option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label).ToList();
                var given = result.Tokens[^1].Value;
                if (choices.Count > 0 && !choices.Contains(given, StringComparer.Ordinal))
                    return $"`{given}` is not a value of {option.Name} (one of {string.Join(", ", choices)}){Suggestion(given, choices)}";
                break;
            case ArgumentResult { Argument: var argument } result when result.Tokens.Count < argument.Arity.MinimumNumberOfValues:
                var owner = result.Parent is CommandResult c ? c.Command.Name : "the command";
                return $"`{owner}` needs {(argument.HelpName ?? argument.Name).ToUpperInvariant()}";
            case CommandResult { Command: var command } result:
                var missing = command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0
                    && result.Children.OfType<ArgumentResult>().All(r => r.Argument != a || r.Tokens.Count == 0));
                if (missing is not null)
                    return $"`{command.Name}` needs {(missing.HelpName ?? missing.Name).ToUpperInvariant()}";
                break;
        }
        return string.Join(' ', error.Message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>How to get help for the command the line was parsed into.</summary>
    public static string HelpHint(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var names = new List<string>();
        for (var result = (SymbolResult?)parse.CommandResult; result is not null; result = result.Parent)
            if (result is CommandResult c) names.Insert(0, c.Command.Name);
        return $"see `{string.Join(' ', names)} --help`";
    }

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !double.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static string UnknownOption(string token, Command command)
    {
        var name = token.Split('=', 2)[0];
        var known = OptionNames(command);
        return $"unknown option `{name}` for `{command.Name}`{Suggestion(name, known)}";
    }

    private static string UnknownCommand(string token, Command command)
    {
        var known = command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name)).ToList();
        return known.Count == 0
            ? $"unexpected argument `{token}` for `{command.Name}`"
            : $"unknown command `{token}`{Suggestion(token, known)}";
    }

    private static List<string> OptionNames(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            foreach (var option in c.Options.Where(o => !o.Hidden && (c == command || o.Recursive)))
                names.AddRange(option.Aliases.Prepend(option.Name));
        return names;
    }

    private static string Suggestion(string given, IEnumerable<string> known) =>
        Spelling.Nearest(given, known) is { } nearest ? $" (did you mean {nearest}?)" : "";
}
