using System.Diagnostics;
namespace IpsMonitor.Platform;

/// <summary>
/// The one place where an outcome becomes HTTP for the JSON API: a success as 200 or 201 with its value, a failure as
/// problem details with the status and English message the API has always given.
/// </summary>
internal static class ApiOutcome
{
    public const string ConflictTitle = "Changed meanwhile";

    public const string ConflictDetail =
        "Someone else changed this record at the same moment; nothing was saved. Reload and try again.";

    public static IResult ToResult<T>(this Outcome<T> outcome) => outcome switch
    {
        // Results, not TypedResults: the OpenAPI document reads each route's successes from its Outcome.Saved/Created calls.
        Saved<T> { Created: true } created => Results.Created(created.Location, created.Value),
        Saved<T> { Value: Done } => Results.NoContent(),
        Saved<T> saved => Results.Ok(saved.Value),
        Failed<T> failed => failed.Failure.ToResult(),
        _ => throw new UnreachableException(),
    };

    public static IResult ToResult(this Failure failure) => failure switch
    {
        Invalid invalid => TypedResults.ValidationProblem(
            invalid.Errors.ToDictionary(e => e.Key, e => e.Value.Select(c => c.English).ToArray())),
        Conflict => TypedResults.Problem(title: ConflictTitle, detail: ConflictDetail, statusCode: StatusCodes.Status409Conflict),
        Refused refused => TypedResults.Problem(title: refused.Title, detail: refused.Detail, statusCode: Status(refused.Kind)),
        _ => throw new UnreachableException(),
    };

    /// <summary>The status a failure answers with, for the API and the staff pages alike.</summary>
    public static int Status(Failure? failure) => failure switch
    {
        Conflict => StatusCodes.Status409Conflict,
        Refused refused => Status(refused.Kind),
        _ => StatusCodes.Status400BadRequest,
    };

    public static int Status(RefusalKind kind) => kind switch
    {
        RefusalKind.Unreadable => StatusCodes.Status400BadRequest,
        RefusalKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.NotNow => StatusCodes.Status409Conflict,
        RefusalKind.TooMany => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };
}
