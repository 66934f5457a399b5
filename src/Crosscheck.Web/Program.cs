using Crosscheck.Web;

// `dotnet run --project src/Crosscheck.Web` serves like `crosscheck serve`; configuration keys
// (Crosscheck:Store, Crosscheck:Token, Crosscheck:Watch, urls) come from arguments or environment.
await CrosscheckServer.Create(args).RunAsync();

/// <summary>The entry point, named for WebApplicationFactory in the tests.</summary>
public partial class Program;
