using IpsMonitor.Questionnaires.Pages;

namespace IpsMonitor.Questionnaires;

internal static partial class QuestionnairePage
{
    /// <summary>
    /// Right after sending. A candidate also reads where urgent help is, since the coach reads the answers later; a
    /// supervisor reads how to reach the coach.
    /// </summary>
    /// <param name="link">A link under the message, such as the candidate's link to their development view.</param>
    public static Task<string> ThankYouAsync(string lang, Respondent respondent, RespondentContext? context = null, LinkView? link = null)
    {
        var text = UiText.For(lang);
        var body = respondent == Respondent.Supervisor ? text.ThankYouSupervisor : text.ThankYouCandidate;
        return MessageAsync(new MessageView(text, text.ThankYouTitle, body, link, Help: Help(context, text),
            Reach: Reach(context, text)));
    }

    /// <summary>
    /// A link that cannot be answered. It says what to do and nothing more: an unknown link and a cancelled one read the
    /// same, so the page never confirms that a token exists.
    /// </summary>
    public static Task<string> UnavailableAsync(string lang, UnavailableReason reason, RespondentContext? context = null)
    {
        var text = UiText.For(lang);
        return MessageAsync(reason switch
        {
            UnavailableReason.Expired => new MessageView(text, text.ExpiredTitle, text.Expired, Help: Help(context, text),
                Reach: Reach(context, text)),
            UnavailableReason.AlreadyAnswered => new MessageView(text, text.AnsweredTitle, text.Answered, Help: Help(context, text),
                Reach: Reach(context, text)),
            _ => new MessageView(text, text.LinkNotValidTitle, text.LinkNotValid),
        });
    }

    /// <summary>A request that could not be used (for example a body that is too large), with a way back.</summary>
    /// <param name="message">Picks the message from the reader's words, such as <see cref="UiText.TooMuchText"/>.</param>
    public static Task<string> ProblemAsync(string lang, Func<UiText, string> message, string? backUrl = null)
    {
        var text = UiText.For(lang);
        return MessageAsync(backUrl is null
            ? new MessageView(text, text.ProblemTitle, message(text), After: text.ProblemNoBack)
            : new MessageView(text, text.ProblemTitle, message(text), new LinkView(backUrl, text.ProblemBack)));
    }

    private static Task<string> MessageAsync(MessageView message) =>
        Views.RenderAsync<MessagePage>(new Dictionary<string, object?> { [nameof(MessagePage.Message)] = message });
}
