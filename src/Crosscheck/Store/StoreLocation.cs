namespace Crosscheck.Store;

/// <summary>
/// Where the store lives when no path is given: <c>$CROSSCHECK_STORE</c>, else
/// <c>$XDG_DATA_HOME/crosscheck/crosscheck.db</c>, else <c>~/.local/share/crosscheck/crosscheck.db</c>.
/// The environment is passed in so that callers (and tests) never depend on the process's own.
/// </summary>
public static class StoreLocation
{
    public const string EnvironmentVariable = "CROSSCHECK_STORE";

    public const string Description =
        "$CROSSCHECK_STORE, else $XDG_DATA_HOME/crosscheck/crosscheck.db, else ~/.local/share/crosscheck/crosscheck.db";

    public static string Default(Func<string, string?> environment, string homeDirectory)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (NonEmpty(environment(EnvironmentVariable)) is { } explicitPath) return explicitPath;
        // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (NonEmpty(environment("XDG_DATA_HOME")) is { } xdg && Path.IsPathRooted(xdg))
            return Path.Combine(xdg, "crosscheck", "crosscheck.db");
        return Path.Combine(homeDirectory, ".local", "share", "crosscheck", "crosscheck.db");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
