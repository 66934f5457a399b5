using Crosscheck.Store;

namespace Crosscheck.Tests.Store;

public class StoreLocationTests
{
    [Theory]
    [InlineData("/data/cc.db", "/xdg", "/data/cc.db")]                             // CROSSCHECK_STORE wins
    [InlineData(null, "/xdg", "/xdg/crosscheck/crosscheck.db")]                    // else XDG_DATA_HOME
    [InlineData(null, "relative/xdg", "/home/u/.local/share/crosscheck/crosscheck.db")] // a relative XDG_DATA_HOME is invalid: ignored
    [InlineData("  ", "", "/home/u/.local/share/crosscheck/crosscheck.db")]        // blank values count as unset
    public void Default_store_location(string? store, string? xdg, string expected)
    {
        var env = new Dictionary<string, string?> { [StoreLocation.EnvironmentVariable] = store, ["XDG_DATA_HOME"] = xdg };

        var path = StoreLocation.Default(name => env.GetValueOrDefault(name), "/home/u");

        Assert.Equal(expected, path.Replace('\\', '/'));
    }
}
