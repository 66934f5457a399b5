using Crosscheck.Cli;

return CommandLine.Run(args);
