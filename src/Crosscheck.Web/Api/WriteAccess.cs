using System.Net;
using System.Security.Cryptography;
using System.Text;
using Crosscheck.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Crosscheck.Web.Api;

/// <summary>
/// Who may write. With a token configured, a write needs <c>Authorization: Bearer TOKEN</c>. With
/// none, writes come only from the machine itself (loopback; in-process test hosts and Unix sockets
/// have no remote address and count as local), so a server bound to a public address is read-only to
/// the network until a token is set.
/// </summary>
internal sealed class WriteAccess(IOptions<ServerSettings> settings) : IEndpointFilter
{
    private readonly byte[]? _token = string.IsNullOrEmpty(settings.Value.Token) ? null : Encoding.UTF8.GetBytes(settings.Value.Token);

    public bool TokenRequired => _token is not null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var refusal = Check(context.HttpContext);
        return refusal ?? await next(context).ConfigureAwait(false);
    }

    public bool Allows(HttpContext http) => Check(http) is null;

    private IResult? Check(HttpContext http)
    {
        if (_token is null)
        {
            var remote = http.Connection.RemoteIpAddress;
            return remote is null || IPAddress.IsLoopback(remote)
                ? null
                : Problems.Result(StatusCodes.Status403Forbidden, "Writes are disabled",
                    "this server has no write token configured, so it accepts writes only from its own machine (set --token or CROSSCHECK_TOKEN)");
        }
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), _token))
            return null;
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.Result(StatusCodes.Status401Unauthorized, "Missing or wrong token",
            "writes need the header Authorization: Bearer <token>");
    }
}
