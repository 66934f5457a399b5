using System.Text;
using System.Text.RegularExpressions;
using Crosscheck.Tests.Cli;

namespace Crosscheck.Tests;

/// <summary>
/// The README's commands work: every `crosscheck ...` (or `dotnet run --project src/Crosscheck.Cli -- ...`)
/// line in its code blocks is run in-process, in order, against the repository's own files, with the
/// store and output files moved to a temporary folder. Needs nothing outside the repository.
/// </summary>
public sealed partial class ReadMeTests : IDisposable
{
    private const string DotnetRun = "dotnet run --project src/Crosscheck.Cli --";

    /// <summary>The commands that are safe to run here: they read the repository and write only where told.</summary>
    private static readonly HashSet<string> SafeCommands = new(StringComparer.Ordinal)
    {
        "report", "ingest", "stories", "show", "demo", "pipeline", "--help", "-h", "--version",
    };

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Crosscheck.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no Crosscheck.slnx above {AppContext.BaseDirectory}");
    });

    private static string ReadMe => File.ReadAllText(Path.Combine(Root.Value, "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_two_commands_section_gives_the_set_up_commands_verbatim()
    {
        var section = Section(ReadMe, "The two commands");
        var lines = CodeBlocks(section).SelectMany(b => b.Lines).Select(StripComment).ToList();

        Assert.Contains("dotnet run --project src/Crosscheck.Cli -- demo", lines);
        Assert.Contains("dotnet test Crosscheck.slnx", lines);
    }

    [Fact]
    public void The_readme_shows_every_command()
    {
        var commands = CommandLines(ReadMe).Select(c => c.Args.FirstOrDefault()).ToHashSet(StringComparer.Ordinal);

        foreach (var command in (string[])["report", "ingest", "stories", "show", "demo", "pipeline"])
            Assert.Contains(command, commands);
    }

    [Fact]
    public void Every_command_in_the_readme_runs_and_prints_something()
    {
        var failures = new List<string>();
        var ran = 0;
        var stores = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in CommandLines(ReadMe))
        {
            if (line.Args.Count == 0 || !SafeCommands.Contains(line.Args[0])) continue;
            var (args, outFiles) = Rewrite(line.Args, stores);
            var stdin = line.Stdin is null ? [] : File.ReadAllBytes(Path.Combine(Root.Value, line.Stdin));

            var run = _cli.RunWithStdin(stdin, [.. args]);
            ran++;

            var output = run.Out + string.Concat(outFiles.Where(File.Exists).Select(File.ReadAllText));
            if (run.Code != 0) failures.Add($"`{line.Text}` exited {run.Code}: {run.Error.Trim()}");
            else if (string.IsNullOrWhiteSpace(output)) failures.Add($"`{line.Text}` printed nothing");
            else if (run.Error.Contains("internal error", StringComparison.Ordinal)) failures.Add($"`{line.Text}`: {run.Error.Trim()}");
        }

        Assert.True(ran >= 6, $"only {ran} runnable commands found in README.md");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // --- the parser, and tests that it reads what a shell would ---------------------------------

    [Theory]
    [InlineData("crosscheck report demo/reports --format json | head -20", "report|demo/reports|--format|json", null)]
    [InlineData("$ crosscheck demo     # the brief", "demo", null)]
    [InlineData("dotnet run --project src/Crosscheck.Cli -- show 'Marrowick plant' --store /tmp/x.db", "show|Marrowick plant|--store|/tmp/x.db", null)]
    [InlineData("crosscheck report - < demo/reports/05-radio-eastmoor.txt", "report|-", "demo/reports/05-radio-eastmoor.txt")]
    [InlineData("crosscheck report \"a b.txt\" 2>errors.txt", "report|a b.txt", null)]
    public void Command_lines_are_split_like_a_shell_would(string text, string expected, string? stdin)
    {
        var line = Assert.Single(CommandLines($"```sh\n{text}\n```\n"));

        Assert.Equal(expected.Split('|'), line.Args);
        Assert.Equal(stdin, line.Stdin);
    }

    [Theory]
    [InlineData("```text\ncrosscheck: demo/x.txt: empty file\n```\n")]   // a message, not a command
    [InlineData("crosscheck report demo/reports\n")]                      // prose outside a code block
    [InlineData("```sh\ndotnet test Crosscheck.slnx\n```\n")]              // not the CLI
    public void Lines_that_are_not_commands_are_not_run(string markdown)
    {
        Assert.Empty(CommandLines(markdown));
    }

    [Fact]
    public void Sections_end_at_the_next_heading_of_the_same_level()
    {
        var section = Section("# T\n## A\none\n### A.1\ntwo\n## B\nthree\n", "A");

        Assert.Contains("two", section, StringComparison.Ordinal);
        Assert.DoesNotContain("three", section, StringComparison.Ordinal);
    }

    internal sealed record ReadMeCommand(string Text, IReadOnlyList<string> Args, string? Stdin);

    /// <summary>Paths in the repository (after the command name: `demo` is also a folder) become absolute,
    /// as tests do not change the working folder;
    /// --store and --out move to the test's folder, one temporary file per distinct name.</summary>
    private (List<string> Args, List<string> OutFiles) Rewrite(IReadOnlyList<string> args, Dictionary<string, string> stores)
    {
        var result = new List<string>();
        var outFiles = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--store" or "-s" && i + 1 < args.Count)
            {
                var name = args[++i];
                if (!stores.TryGetValue(name, out var temp)) stores[name] = temp = Path.Combine(_cli.Root, $"store-{stores.Count}.db");
                result.AddRange([arg, temp]);
            }
            else if (arg is "--out" or "-o" && i + 1 < args.Count)
            {
                var temp = Path.Combine(_cli.Root, $"out-{outFiles.Count}-{Path.GetFileName(args[++i])}");
                outFiles.Add(temp);
                result.AddRange([arg, temp]);
            }
            else if (i > 0 && !arg.StartsWith('-') && (File.Exists(Path.Combine(Root.Value, arg)) || Directory.Exists(Path.Combine(Root.Value, arg))))
            {
                result.Add(Path.Combine(Root.Value, arg));
            }
            else result.Add(arg);
        }
        return (result, outFiles);
    }

    /// <summary>The text under a heading, up to the next heading of the same or a higher level.</summary>
    internal static string Section(string markdown, string heading)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, l => HeadingRegex().Match(l) is { Success: true } m && m.Groups[2].Value.Trim() == heading);
        Assert.True(start >= 0, $"no section '{heading}' in README.md");
        var level = HeadingRegex().Match(lines[start]).Groups[1].Length;
        var end = start + 1;
        while (end < lines.Length && !(HeadingRegex().Match(lines[end]) is { Success: true } m && m.Groups[1].Length <= level)) end++;
        return string.Join('\n', lines[start..end]);
    }

    /// <summary>Fenced code blocks (``` or ~~~), with their info string.</summary>
    internal static IEnumerable<(string Info, IReadOnlyList<string> Lines)> CodeBlocks(string markdown)
    {
        string? fence = null;
        var info = "";
        var lines = new List<string>();
        foreach (var raw in markdown.Split('\n'))
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (fence is null)
            {
                if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                {
                    fence = trimmed[..3];
                    info = trimmed[3..].Trim();
                    lines = [];
                }
            }
            else if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim(fence[0]).Length == 0)
            {
                yield return (info, lines);
                fence = null;
            }
            else lines.Add(line);
        }
    }

    /// <summary>The CLI command lines in the code blocks: `crosscheck ...` or the `dotnet run` form,
    /// optionally after a `$ ` prompt; continuation lines (ending in \) are joined.</summary>
    internal static IEnumerable<ReadMeCommand> CommandLines(string markdown)
    {
        foreach (var (_, lines) in CodeBlocks(markdown))
        {
            var pending = new StringBuilder();
            foreach (var line in lines)
            {
                var text = line.TrimStart();
                if (pending.Length == 0 && text.StartsWith("$ ", StringComparison.Ordinal)) text = text[2..].TrimStart();
                if (text.EndsWith('\\'))
                {
                    pending.Append(text[..^1]).Append(' ');
                    continue;
                }
                pending.Append(text);
                var whole = pending.ToString().Trim();
                pending.Clear();

                string rest;
                if (whole.StartsWith(DotnetRun + " ", StringComparison.Ordinal)) rest = whole[(DotnetRun.Length + 1)..];
                else if (whole.StartsWith("crosscheck ", StringComparison.Ordinal)) rest = whole["crosscheck ".Length..];
                else continue;
                var (args, stdin) = ShellWords(rest);
                yield return new ReadMeCommand(whole, args, stdin);
            }
        }
    }

    /// <summary>Splits like a POSIX shell for the subset a README uses: quotes, a `#` comment, a pipe
    /// (the rest is another program), `&lt; FILE` (stdin), and other redirections (dropped).</summary>
    internal static (List<string> Args, string? Stdin) ShellWords(string text)
    {
        var words = new List<string>();
        string? stdin = null;
        var word = new StringBuilder();
        var inWord = false;
        string? redirect = null;

        void EndWord()
        {
            if (!inWord) return;
            var w = word.ToString();
            if (redirect == "<") stdin = w;
            else if (redirect is null) words.Add(w);
            redirect = null;
            word.Clear();
            inWord = false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                var close = text.IndexOf(c, i + 1);
                if (close < 0) close = text.Length;
                word.Append(text, i + 1, close - i - 1);
                inWord = true;
                i = close;
            }
            else if (char.IsWhiteSpace(c)) EndWord();
            else if (c == '#' && !inWord) break;
            else if (c == '|' || c == ';' || c == '&') break;
            else if (c is '<' or '>' && !inWord)
            {
                redirect = c.ToString();
                if (i + 1 < text.Length && text[i + 1] == '>') i++;
            }
            else if (c == '>' && inWord && word.ToString().All(char.IsAsciiDigit))
            {
                // 2>file: the digits were a file descriptor, not a word.
                word.Clear();
                inWord = false;
                redirect = ">";
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        EndWord();
        return (words, stdin);
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf(" #", StringComparison.Ordinal);
        return (hash < 0 ? line : line[..hash]).Trim();
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex HeadingRegex();
}
