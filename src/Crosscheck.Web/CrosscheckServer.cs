using System.Text.Json;
using Crosscheck.Web.Api;
using Crosscheck.Web.Hosting;
using Crosscheck.Web.Ui;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Crosscheck.Web;

/// <summary>
/// Builds the Crosscheck server: the JSON API (docs/api.md), the OpenAPI document at
/// <c>/openapi/v1.json</c>, the web UI, the background analysis and the folder watcher, over one
/// SQLite store. <c>crosscheck serve</c> and the test host both start here.
/// </summary>
public static class CrosscheckServer
{
    /// <summary>Where the server listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Runs the server until <paramref name="cancel"/> fires or the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    public static async Task RunAsync(string[] args, CancellationToken cancel)
    {
        await using var app = Create(args);
        await app.StartAsync(cancel).ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
    }

    /// <param name="args">Host arguments: <c>--urls</c>, <c>--Crosscheck:Store=FILE</c>,
    /// <c>--Crosscheck:Token=…</c>, <c>--Crosscheck:Watch=DIR</c> (see <see cref="ServerSettings"/>).</param>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The UI is embedded; no content root files are read. Keep it away from the current folder's appsettings.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(DefaultUrls);

        // Request-by-request framework logs drown the server's own; configuration can turn them back on.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var section = builder.Configuration.GetSection(ServerSettings.Section);
        builder.Services.Configure<ServerSettings>(section);
        builder.Services.PostConfigure<ServerSettings>(s =>
        {
            // The environment variable the CLI documents for the token.
            if (string.IsNullOrEmpty(s.Token)) s.Token = Environment.GetEnvironmentVariable("CROSSCHECK_TOKEN");
        });
        var maxRequestBytes = (long)(section.GetValue<double?>("MaxRequestMb") ?? new ServerSettings().MaxRequestMb) * 1024 * 1024;
        builder.Services.Configure<KestrelServerOptions>(k =>
        {
            k.Limits.MaxRequestBodySize = maxRequestBytes;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = maxRequestBytes);

        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Problems.Handler>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Crosscheck API";
            doc.Info.Description = "Stories reconciled from many news reports: see docs/api.md.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton<StoreAccess>();
        builder.Services.AddSingleton<WriteAccess>();
        builder.Services.AddSingleton<UiFiles>();
        builder.Services.AddSingleton<AnalysisWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<AnalysisWorker>());
        builder.Services.AddHostedService<FolderWatcher>();
        builder.Services.AddResponseCompression(o => o.EnableForHttps = false);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        app.Services.GetRequiredService<UiFiles>().Map(app);
        // Fail at start, with the store's own message, rather than on the first request.
        _ = app.Services.GetRequiredService<StoreAccess>();
        return app;
    }
}
