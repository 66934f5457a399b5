using Crosscheck.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Crosscheck.Web.Api;

/// <summary>RFC 7807 problem details for every error, and the one place exceptions become them:
/// a client sees a status and a sentence, never a stack trace.</summary>
internal static class Problems
{
    public static IResult Result(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    public static IResult NotFound(string what) => Result(StatusCodes.Status404NotFound, "Not found", what);

    public static IResult BadRequest(string detail) => Result(StatusCodes.Status400BadRequest, "Bad request", detail);

    /// <summary>Maps exceptions that escape an endpoint to problem details.</summary>
    internal sealed class Handler(IProblemDetailsService problems, ILogger<Handler> log) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancel)
        {
            var (status, title, detail) = exception switch
            {
                BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
                ReportUpload.BadBodyException body => (StatusCodes.Status400BadRequest, "Bad request", body.Message),
                InvalidDataException form => (StatusCodes.Status400BadRequest, "Bad request", $"malformed form body: {form.Message}"),
                StoreException store => (StatusCodes.Status503ServiceUnavailable, "Store unavailable", store.Message),
                _ => (StatusCodes.Status500InternalServerError, "Internal error", "the server failed on this request; the log has the details"),
            };
            if (status >= 500) log.LogError(exception, "request {Path} failed", http.Request.Path);
            http.Response.StatusCode = status;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                Exception = exception,
                ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
            }).ConfigureAwait(false);
        }
    }
}
