using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Crosscheck.Web.Ui;

/// <summary>
/// The web UI's files (plain HTML, JS and CSS under <c>ui/</c>, embedded in the assembly): served
/// under <c>/ui/</c> with an ETag and, when the browser accepts it, gzip, and the page shell for every
/// UI route (<c>/</c>, <c>/stories/…</c>, <c>/reports/…</c>, <c>/compare/…</c>, <c>/add</c>), so deep
/// links and reloads work. Loaded once: the files never change while the server runs.
/// </summary>
internal sealed class UiFiles
{
    private sealed record Asset(byte[] Body, byte[]? Gzip, string ContentType, string ETag);

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".txt"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, Asset> _assets;

    public UiFiles()
    {
        var assembly = typeof(UiFiles).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith("ui/", StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var body = buffer.ToArray();
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
            var compressible = type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal) || type.Contains("svg", StringComparison.Ordinal);
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..16] + "\"";
            assets[name[3..].Replace('\\', '/')] = new Asset(body, compressible && body.Length > 1024 ? Gzip(body) : null, type, etag);
        }
        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Files => _assets.Keys;

    public void Map(WebApplication app)
    {
        app.MapGet("/ui/{**path}", (string path, HttpContext http) => Serve(http, path, immutable: false)).ExcludeFromDescription();
        foreach (var route in (string[])["/", "/stories/{**rest}", "/reports/{**rest}", "/compare/{**rest}", "/add", "/entities", "/search"])
            app.MapGet(route, (HttpContext http) => Serve(http, "index.html", immutable: false)).ExcludeFromDescription();
    }

    private IResult Serve(HttpContext http, string path, bool immutable)
    {
        if (!_assets.TryGetValue(path, out var asset))
            return Api.Problems.NotFound($"no UI file '{path}'");
        var headers = http.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
        headers.XContentTypeOptions = "nosniff";
        if (asset.ContentType.StartsWith("text/html", StringComparison.Ordinal))
        {
            // Everything the UI needs comes from this server: no CDN, no inline script from elsewhere.
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
            headers["Referrer-Policy"] = "no-referrer";
        }
        if (http.Request.Headers.IfNoneMatch.ToString() == asset.ETag) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        headers.Vary = HeaderNames.AcceptEncoding;
        if (asset.Gzip is { } gzip && http.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(gzip, asset.ContentType);
        }
        return TypedResults.Bytes(asset.Body, asset.ContentType);
    }

    private static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize)) gzip.Write(body);
        return output.ToArray();
    }

    /// <summary>For tests: the assembly the files are embedded in.</summary>
    internal static Assembly Assembly => typeof(UiFiles).Assembly;
}
