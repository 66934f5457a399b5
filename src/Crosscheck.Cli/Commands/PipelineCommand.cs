using System.CommandLine;
using Crosscheck.Pipeline;

namespace Crosscheck.Cli.Commands;

/// <summary>`crosscheck pipeline`: the stages in order, with the layers each needs and adds.</summary>
internal static class PipelineCommand
{
    public static Command Create(SharedOptions shared)
    {
        var command = new Command("pipeline", "Print the pipeline's stages in order, with the layers each needs and adds.");
        command.SetAction(_ =>
        {
            foreach (var line in DefaultPipeline.Build().Describe()) shared.Host.Out.WriteLine(line);
            return ExitCodes.Ok;
        });
        return command;
    }
}
