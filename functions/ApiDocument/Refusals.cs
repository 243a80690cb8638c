using Microsoft.OpenApi;

namespace IpsMonitor.ApiDocument;

/// <summary>
/// The refusals an API route may answer, as problem details: the product's rules, written once here rather than per
/// route (README "API"). A staff key guards a route (401, 403, and 429 after repeated wrong keys); a body brings its own
/// limits (413, 415); any route can be asked for an unknown id (404), hit a concurrent change (409), get an over-long
/// address (414) or find storage unreachable (503).
/// </summary>
internal static class Refusals
{
    public static IEnumerable<int> Of(ApiRoute route)
    {
        List<int> statuses = [400, 404, 409, 414, 503];
        if (!route.Anonymous)
            statuses.AddRange([401, 403, 429]);
        if (route.Body is not null)
            statuses.AddRange([413, 415]);
        return statuses.Order();
    }

    /// <summary>Problem details; the health check answers 503 with its own report instead.</summary>
    public static Dictionary<string, IOpenApiMediaType> Content(ApiRoute route, int status, IOpenApiSchema problem) =>
        route.Template == "health" && status == 503
            ? new() { ["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchema() } }
            : new() { ["application/problem+json"] = new OpenApiMediaType { Schema = problem } };

    public static string Describe(int status) => status switch
    {
        200 => "OK.",
        201 => "Created.",
        202 => "Accepted: poll the Location.",
        204 => "Done; nothing to return.",
        400 => "A bad body, id or query: problem details naming each field.",
        401 => "No key or a wrong key.",
        403 => "A key of another programme, a coach outside their caseload, or a candidate that does not exist (one answer for all).",
        404 => "Not found.",
        409 => "Changed meanwhile, already done, or not allowed in the record's current state.",
        413 => "The body is larger than 32 KB.",
        414 => "The path is longer than 1,024 or the query longer than 2,048 characters.",
        415 => "The body is not application/json.",
        429 => "Too many wrong keys from this client, or too many pending builds: see Retry-After.",
        503 => "Storage does not answer; try again later.",
        _ => "See the problem details.",
    };
}
