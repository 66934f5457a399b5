using System.Reflection;
using Crosscheck.Text;
using Microsoft.AspNetCore.Mvc;

namespace Crosscheck.Web.Api;

/// <summary>
/// Refuses a query parameter an endpoint does not take (400, naming it and the nearest real one),
/// as the CLI refuses an unknown option: `?limt=5` silently ignored would answer a different
/// question than the one asked. The parameters an endpoint takes are read from its handler's
/// signature once, when the endpoint is built.
/// </summary>
internal static class QueryCheck
{
    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        // A handler that takes the request reads its query itself (an upload's ?name=) and checks it;
        // one that takes only the HttpContext uses it for the caller's identity, not the query.
        if (parameters.Any(p => p.ParameterType == typeof(HttpRequest))) return next;
        var accepted = parameters.Where(IsSimple).Select(QueryName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return async invocation =>
        {
            foreach (var key in invocation.HttpContext.Request.Query.Keys)
            {
                if (accepted.Contains(key)) continue;
                var suggestion = Spelling.Nearest(key, accepted);
                var known = accepted.Count == 0 ? "it takes none" : "it takes " + string.Join(", ", accepted.Order(StringComparer.Ordinal));
                return Problems.BadRequest($"unknown query parameter `{key}` ({known}){(suggestion is null ? "" : $"; did you mean `{suggestion}`?")}");
            }
            return await next(invocation).ConfigureAwait(false);
        };
    }

    private static bool IsSimple(ParameterInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        return type == typeof(string) || type.IsPrimitive || type == typeof(DateOnly) || type == typeof(decimal);
    }

    private static string QueryName(ParameterInfo p) => p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!;
}
