namespace IpsMonitor.Platform;

/// <summary>
/// The answer to an HTTP request whose function threw: RFC 7807 problem details that say what to do and carry no
/// exception text or stack trace. The local host and the Azure worker middleware (AzureHost/UnhandledErrorMiddleware)
/// both answer with this, so a failure looks the same in both.
/// </summary>
internal static class UnhandledError
{
    public const string Title = "Something went wrong on our side";

    public const string Detail = "The request could not be completed. Try again in a moment. If it keeps failing, tell the administrator when it happened.";

    /// <summary>A new result per request: executing one adds the request's trace id to it.</summary>
    public static IResult Problem() => TypedResults.Problem(title: Title, detail: Detail, statusCode: StatusCodes.Status500InternalServerError);
}
