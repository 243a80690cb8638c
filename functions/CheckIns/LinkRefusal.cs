using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>
/// The page for a client refused after too many unknown link tokens (questionnaire and development links alike): 429 with
/// Retry-After, in words for a person who may only have mistyped a link (<see cref="UiText.LinkRefused"/>).
/// </summary>
internal static class LinkRefusal
{
    /// <summary>The refusal page when this client is refused for guessing links, else null.</summary>
    public static async Task<IResult?> ForAsync(GuessThrottle throttle, HttpContext context, string? lang)
    {
        if (throttle.Refusal(Guess.Link, context) is not { } after)
            return null;
        GuessThrottle.SetRetryAfter(context, after);
        var page = await QuestionnairePage.ProblemAsync(lang ?? Platform.Languages.Default, t => t.LinkRefused);
        return RespondentPages.Html(page, StatusCodes.Status429TooManyRequests);
    }
}
