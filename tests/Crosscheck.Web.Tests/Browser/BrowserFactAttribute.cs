namespace Crosscheck.Web.Tests.Browser;

/// <summary>
/// A browser test: runs when Chromium is installed (<c>/usr/bin/chromium</c>, or the path in
/// <c>CROSSCHECK_CHROMIUM</c>), and is skipped otherwise so that <c>dotnet test</c> passes on a machine
/// without it — unless <c>CROSSCHECK_REQUIRE_BROWSER=1</c> (CI), where a missing browser must fail.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserEnvironment.Available && !BrowserEnvironment.Required)
            Skip = $"Chromium not found at {BrowserEnvironment.ChromiumPath} (set CROSSCHECK_CHROMIUM, or CROSSCHECK_REQUIRE_BROWSER=1 to fail instead)";
    }
}

internal static class BrowserEnvironment
{
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CROSSCHECK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool Available => File.Exists(ChromiumPath);

    public static bool Required => Environment.GetEnvironmentVariable("CROSSCHECK_REQUIRE_BROWSER") == "1";

    /// <summary>Where screenshots go: <c>$CROSSCHECK_TEST_ARTIFACTS</c>, else <c>artifacts/screenshots</c> beside the tests.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("CROSSCHECK_TEST_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
}
