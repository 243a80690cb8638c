namespace IpsMonitor.Platform;

/// <summary>
/// The answer to an HTTP request whose function threw: RFC 7807 problem details that say what to do and carry no
/// exception text or stack trace. The local host and the Azure worker middleware (AzureHost/UnhandledErrorMiddleware)
/// both answer with this, so a failure looks the same in both. Storage that does not answer (<see cref="StorageFault"/>)
/// is a 503 with Retry-After, and a browser (a form post, or a page asked for as HTML) gets a friendly page instead.
/// </summary>
internal static class UnhandledError
{
    /// <summary>Any failure of ours: nothing to do but try again later.</summary>
    public static readonly ProblemWords Failure = new("Something went wrong on our side",
        "The request could not be completed. Try again in a moment. If it keeps failing, tell the administrator when it happened.",
        StatusCodes.Status500InternalServerError);

    /// <summary>Storage did not answer a read: the same request can simply be sent again.</summary>
    public static readonly ProblemWords Unavailable = new("Storage is not available just now",
        "The stored data could not be reached, so nothing was read or changed. Try the same request again in a moment.",
        StatusCodes.Status503ServiceUnavailable);

    /// <summary>Storage stopped answering during a write: it may have landed, so the client looks before it repeats.</summary>
    public static readonly ProblemWords UnavailableAfterWrite = new("Storage is not available just now",
        "The stored data could not be reached in time, so it is not known whether this change was saved. Read the "
            + "resource again in a moment before repeating the change; requests that are safe to repeat can be sent again.",
        StatusCodes.Status503ServiceUnavailable);

    /// <summary>Seconds a client is asked to wait before trying again while storage is away.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>A new result per request: executing one adds the request's trace id to it.</summary>
    public static IResult Problem() => Failure.Answer();

    /// <summary>
    /// The answer for this failure of this request: 503 when storage did not answer, else 500; a browser gets the friendly
    /// page either way (raw problem JSON means nothing to a candidate). After a write the API's 503 never says "nothing
    /// was saved": a write may have landed before storage stopped answering.
    /// </summary>
    public static IResult For(HttpContext http, Exception e)
    {
        var unavailable = StorageFault.IsUnavailable(e);
        if (WantsPage(http.Request))
            return unavailable ? TryAgain(http, LanguageOf(http.Request))
                : Page(http, LanguageOf(http.Request), StatusCodes.Status500InternalServerError);
        if (!unavailable)
            return Problem();
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? Unavailable : UnavailableAfterWrite).Answer();
    }

    /// <summary>
    /// The one friendly 503 page, with Retry-After, for every page and form (the questionnaire's own storage catches use
    /// it too). lang null: Dutch with a line in each other respondent language. After a post it never says "not saved":
    /// a write may have happened before storage stopped answering, and pressing again finds out (submits are idempotent).
    /// </summary>
    public static IResult TryAgain(HttpContext http, string? lang)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page(http, lang, StatusCodes.Status503ServiceUnavailable);
    }

    private static IResult Page(HttpContext http, string? lang, int status)
    {
        var words = Questionnaires.UiText.For(lang ?? Languages.Default);
        // Staff pages speak the staff languages only; a candidate's link page keeps its urgent-help line even now.
        var path = http.Request.Path.Value ?? "";
        var staff = path.Contains("/staff/", StringComparison.Ordinal);
        var respondent = path.Contains("/q/", StringComparison.Ordinal) || path.Contains("/d/", StringComparison.Ordinal);
        var others = lang is null
            ? (staff ? Languages.Staff : Languages.Respondent).Where(l => l != words.Lang).Select(Questionnaires.UiText.For).ToList()
            : [];
        return new TryAgainResult(words, HttpMethods.IsPost(http.Request.Method), others, respondent, status);
    }

    /// <summary>The language the request names (the questionnaire's ?lang=, or the staff pages' cookie), if supported.</summary>
    private static string? LanguageOf(HttpRequest request) =>
        Languages.Supported(request.Query["lang"].FirstOrDefault() ?? request.Cookies[Workspace.StaffPages.LanguageCookie],
            Languages.Respondent);

    /// <summary>A form post or a browser asking for a page: the questionnaire and the staff workspace.</summary>
    private static bool WantsPage(HttpRequest request) =>
        request.HasFormContentType || request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The friendly page (503, or 500 for a fault of ours), rendered when the answer is written.</summary>
    private sealed class TryAgainResult(
        Questionnaires.UiText words, bool posted, IReadOnlyList<Questionnaires.UiText> others, bool respondent, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext http) =>
            await (await Views.PageAsync<TryAgainPage>(new Dictionary<string, object?>
            {
                [nameof(TryAgainPage.Words)] = words,
                [nameof(TryAgainPage.Posted)] = posted,
                [nameof(TryAgainPage.Others)] = others,
                [nameof(TryAgainPage.Respondent)] = respondent,
            }, status)).ExecuteAsync(http);
    }
}

/// <summary>What a problem answer says (RFC 7807 title and detail) and its status.</summary>
internal sealed record ProblemWords(string Title, string Detail, int Status)
{
    public IResult Answer() => TypedResults.Problem(title: Title, detail: Detail, statusCode: Status);
}
