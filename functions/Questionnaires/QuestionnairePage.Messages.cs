using IpsMonitor.CheckIns;

namespace IpsMonitor.Questionnaires;

internal static partial class QuestionnairePage
{
    /// <summary>Right after sending. A candidate also reads where urgent help is, since the coach reads the answers later.</summary>
    /// <param name="extraHtml">Ready HTML after the message, such as the candidate's link to their development view.</param>
    public static string ThankYou(string lang, Respondent respondent, RespondentContext? context = null, string extraHtml = "")
    {
        var text = UiText.For(lang);
        return Message(text, text.ThankYouTitle, respondent == Respondent.Supervisor ? text.ThankYouSupervisor : text.ThankYouCandidate, context, extraHtml);
    }

    /// <summary>
    /// A link that cannot be answered. It says what to do and nothing more: an unknown link and a cancelled one read the
    /// same, so the page never confirms that a token exists.
    /// </summary>
    public static string Unavailable(string lang, UnavailableReason reason, RespondentContext? context = null)
    {
        var text = UiText.For(lang);
        return reason switch
        {
            UnavailableReason.Expired => Message(text, text.ExpiredTitle, text.Expired, context),
            UnavailableReason.AlreadyAnswered => Message(text, text.AnsweredTitle, text.Answered, context),
            _ => Message(text, text.LinkNotValidTitle, text.LinkNotValid),
        };
    }

    /// <summary>A request that could not be used (for example a body that is too large), with a way back.</summary>
    public static string Problem(string lang, string message, string? backUrl = null)
    {
        var text = UiText.For(lang);
        var back = backUrl is null
            ? $"<p>{Html.Encode(text.ProblemNoBack)}</p>"
            : $"<p><a href=\"{Html.Url(backUrl)}\">{Html.Encode(text.ProblemBack)}</a></p>";
        return PageLayout.Document(text.Lang, text.ProblemTitle, $"""
            <h1>{Html.Encode(text.ProblemTitle)}</h1>
            <p>{Html.Encode(message)}</p>
            {back}
            """);
    }

    private static string Message(UiText text, string title, string body, RespondentContext? context = null, string extraHtml = "") =>
        PageLayout.Document(text.Lang, title, $"""
            <h1>{Html.Encode(title)}</h1>
            <p>{Html.Encode(body)}</p>
            {extraHtml}
            {UrgentHelp(context, text)}
            """);
}
