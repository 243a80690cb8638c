using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>
/// The page for a client refused after too many unknown link tokens (questionnaire and development links alike): 429 with
/// Retry-After, in words for a person who may only have mistyped a link (<see cref="UiText.LinkRefused"/>).
/// </summary>
internal static class LinkRefusal
{
    /// <summary>Counts an unknown token as this client's guess: the refusal page when it is over the limit, else null.</summary>
    public static async Task<IResult?> AfterWrongTokenAsync(GuessThrottle throttle, HttpContext context, string? lang, CancellationToken ct)
    {
        if (await throttle.FailedAsync(Guess.Link, context, ct) is not { } after)
            return null;
        GuessThrottle.SetRetryAfter(context, after);
        var page = await QuestionnairePage.ProblemAsync(lang ?? Platform.Languages.Default, t => t.LinkRefused);
        return RespondentPages.Html(page, StatusCodes.Status429TooManyRequests);
    }
}
