using System.Text;
using Crosscheck.Cli;

// Reports and names are not ASCII: piped output must be UTF-8 whatever the platform's console code page.
if (Console.IsOutputRedirected) Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

return CommandLine.Run(args);
