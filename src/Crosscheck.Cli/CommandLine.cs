using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Crosscheck.Cli.Commands;
using Crosscheck.Store;

namespace Crosscheck.Cli;

/// <summary>The `crosscheck` command tree, and the one place where failures become exit codes.</summary>
internal static class CommandLine
{
    public static int Run(string[] args) => Run(args, CliHost.FromProcess());

    public static int Run(string[] args, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var root = Build(host);
        var parse = root.Parse(args);
        // A bare `crosscheck` or `--help` anywhere shows help; anything else that does not parse
        // cleanly is refused before it runs (exit 2), with one line per problem.
        if (args.Length > 0 && parse.Action is not HelpAction && UsageCheck.Problems(parse) is { Count: > 0 } problems)
        {
            foreach (var problem in problems) host.Problem(problem);
            host.Problem(UsageCheck.HelpHint(parse));
            host.Error.Flush();
            return ExitCodes.NothingProcessed;
        }
        var config = new InvocationConfiguration { Output = host.Out, Error = host.Error, EnableDefaultExceptionHandler = false };
        try
        {
            var code = parse.Invoke(config);
            // The parser reports usage errors with its own code (1); ours is 2, documented in --help.
            return parse.Action is ParseErrorAction ? ExitCodes.NothingProcessed : code;
        }
        catch (CliException e)
        {
            host.Problem(e.Message);
            return e.ExitCode;
        }
        catch (StoreException e)
        {
            host.Problem(e.Message);
            return ExitCodes.StoreError;
        }
#pragma warning disable CA1031 // the last line of defence: a bug still gets one line and a distinct code
        catch (Exception e)
#pragma warning restore CA1031
        {
            host.Problem($"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.InternalError;
        }
        finally
        {
            host.Out.Flush();
            host.Error.Flush();
        }
    }

    internal static Command Build(CliHost host)
    {
        var shared = new SharedOptions(host);
        // Not a RootCommand: that names itself after the executable ("Crosscheck.Cli"), and the
        // command is `crosscheck` however it is launched (dotnet run, tool shim, published binary).
        var root = new Command("crosscheck",
            "Crosscheck: many overlapping news reports in, one verified and cited account out.\n"
            + "Reads plain text (optional `date`/`title`/`source`/`url` header), HTML, JSON Lines and RSS/Atom; - is standard input.\n"
            + ExitCodes.Help + "\n"
            + "Store (ingest, stories, show): --store, else " + StoreLocation.Description + ".");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(shared.Quiet);
        root.Subcommands.Add(ReportCommand.Create(shared));
        root.Subcommands.Add(IngestCommand.Create(shared));
        root.Subcommands.Add(StoriesCommand.Create(shared));
        root.Subcommands.Add(ShowCommand.Create(shared));
        root.Subcommands.Add(DemoCommand.Create(shared));
        root.Subcommands.Add(ServeCommand.Create(shared));
        root.Subcommands.Add(PipelineCommand.Create(shared));
        root.Subcommands.Add(EvalCommand.Create(shared));
        root.Subcommands.Add(TrainCommand.Create(shared));
        EvalNerCommand.Attach(root, shared); // adds `eval ner` to the eval command above
        return root;
    }
}

/// <summary>Options every command shares, and the host they run in.</summary>
internal sealed class SharedOptions(CliHost host)
{
    public CliHost Host { get; } = host;

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress or summaries: only errors and the output itself",
        Recursive = true,
    };

    public Option<string?> StoreOption() => new("--store", "-s")
    {
        HelpName = "FILE",
        Description = "The SQLite store file (default: " + StoreLocation.Description + ")",
    };

    public string StorePath(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { Length: > 0 } path ? path : StoreLocation.Default(Host.Environment, Host.HomeDirectory);
}
