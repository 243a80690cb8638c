using IpsMonitor.Access;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>
/// The page for a client refused after too many unknown link tokens (questionnaire and development links alike): 429 with
/// Retry-After, in words for a person who may only have mistyped a link, and where urgent help is.
/// </summary>
internal sealed record LinkRefusal(string Message)
{
    public static readonly LinkRefusal Nl = new("Er zijn vanaf dit apparaat te veel links geprobeerd die niet bestaan. Wacht een kwartier en open dan de link uit je bericht opnieuw. Lukt het niet? Vraag je jobcoach om een nieuwe link.");

    public static readonly LinkRefusal En = new("Too many links that do not exist were tried from this device. Wait a quarter of an hour, then open the link from your message again. Still not working? Ask your job coach for a new link.");

    /// <summary>The refusal page when this client is refused for guessing links, else null.</summary>
    public static IResult? For(GuessThrottle throttle, HttpContext context, string? lang)
    {
        if (throttle.Refusal(Guess.Link, context) is not { } after)
            return null;
        GuessThrottle.SetRetryAfter(context, after);
        var language = lang is "en" ? "en" : "nl";
        return RespondentPages.Html(QuestionnairePage.Problem(language, (language == "en" ? En : Nl).Message), StatusCodes.Status429TooManyRequests);
    }
}
