namespace IpsMonitor.Platform;

/// <summary>
/// What every HTTP function's answer gets, whichever function wrote it, in both hosts (the local host calls this around
/// each function, the Azure worker through AzureHost/HttpEdgeMiddleware): headers that keep personal data out of caches
/// and stop browsers from guessing a type, and a refusal of addresses longer than any real link or route.
/// </summary>
internal static class HttpEdge
{
    /// <summary>The longest path a real route reaches is far below this (ids are at most 64 characters).</summary>
    public const int MaxPathLength = 1024;

    /// <summary>Real queries are a few short filters (?lang=en, ?state=all, ?coach=…).</summary>
    public const int MaxQueryLength = 2048;

    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>A year, the usual HSTS lifetime; no includeSubDomains, since the app does not own its parent domain.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>
    /// Just before the answer starts: nosniff on everything; how many stored rows the answer left out, if any; no-store unless the function chose its own caching (every
    /// JSON, xlsx and CSV answer can hold personal data); an HTML page without them gets the strict CSP and no referrer.
    /// Outside loopback (the public address is https) every answer also tells browsers to use only https from now on;
    /// decided from the configured address, because behind the TLS front end the worker itself sees plain HTTP.
    /// </summary>
    public static void Protect(HttpContext context)
    {
        RequestDeadline.Begin();
        var unreadable = UnreadableRows.Begin();
        context.Response.OnStarting(() => Headers(context, unreadable));
    }

    private static Task Headers(HttpContext context, UnreadableRows.Tally unreadable)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (unreadable.Count > 0)
            headers[UnreadableRows.Header] = unreadable.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (context.RequestServices.GetService<Microsoft.Extensions.Options.IOptions<CheckIns.CheckInOptions>>()?.Value.PublicAddressIsSecure == true)
            headers.StrictTransportSecurity = StrictTransportSecurity;
        if (string.IsNullOrEmpty(headers.CacheControl))
            headers.CacheControl = "no-store";
        if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            if (string.IsNullOrEmpty(headers["Referrer-Policy"]))
                headers["Referrer-Policy"] = "no-referrer";
        }
        return Task.CompletedTask;
    }

    /// <summary>
    /// 414 for a path or query longer than any real one: a staff member's browser gets a staff page in their words, every
    /// other caller problem details; null for every other request.
    /// </summary>
    public static IResult? Refuse(HttpContext context)
    {
        var request = context.Request;
        if (!(request.Path.Value?.Length > MaxPathLength || request.QueryString.Value?.Length > MaxQueryLength))
            return null;
        if (request.Path.Value?.Contains("/staff/", StringComparison.Ordinal) == true
            && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true))
            return Workspace.StaffPages.AddressTooLong(request);
        return TypedResults.Problem(title: "Address too long",
            detail: $"The path may be at most {MaxPathLength} and the query at most {MaxQueryLength} characters.",
            statusCode: StatusCodes.Status414UriTooLong);
    }
}
