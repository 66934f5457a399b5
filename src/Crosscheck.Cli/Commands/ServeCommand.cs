using System.CommandLine;
using Crosscheck.Web;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck serve`: the store behind the JSON API and the web UI (docs/api.md).</summary>
internal static class ServeCommand
{
    public static Command Create(SharedOptions shared)
    {
        var store = shared.StoreOption();
        var urls = new Option<string>("--urls")
        {
            HelpName = "URLS",
            Description = $"Where to listen, ';'-separated (default {CrosscheckServer.DefaultUrls}: this machine only)",
        };
        var watch = new Option<string?>("--watch", "-w")
        {
            HelpName = "DIR",
            Description = "Ingest report files dropped into this folder (and its subfolders) as they arrive",
        };
        var token = new Option<string?>("--token")
        {
            HelpName = "TOKEN",
            Description = "Bearer token that writes (POST /api/reports) need; default $CROSSCHECK_TOKEN. "
                + "With none, writes are accepted only from this machine",
        };
        var command = new Command("serve",
            "Serve the store: a JSON API (OpenAPI at /openapi/v1.json), a web UI at /, and background analysis "
            + "of reports posted or dropped into --watch. Stops on Ctrl+C.")
        {
            store, urls, watch, token,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var args = new List<string> { $"--Crosscheck:Store={Path.GetFullPath(shared.StorePath(parse, store))}" };
            if (parse.GetValue(urls) is { Length: > 0 } u) args.Add($"--urls={u}");
            if (parse.GetValue(watch) is { Length: > 0 } w) args.Add($"--Crosscheck:Watch={Path.GetFullPath(w)}");
            if (parse.GetValue(token) is { Length: > 0 } t) args.Add($"--Crosscheck:Token={t}");
            if (parse.GetValue(shared.Quiet)) args.Add("--Logging:LogLevel:Default=Warning");
            await CrosscheckServer.RunAsync([.. args], cancel).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
