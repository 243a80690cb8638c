using System.Globalization;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>
/// The questionnaire page behind a personal link: one group per screen, with what the person already filled in. Without
/// a step it opens at the first unfinished screen. After sending, "sent=1" shows the thank-you; opening the link again
/// later says it was already filled in.
/// </summary>
internal sealed class ShowQuestionnaire(RespondentPages pages, AuditLog audit)
{
    [Function("ShowQuestionnaire")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "q/{token}")] HttpRequest request,
        string token, CancellationToken ct)
    {
        // The coach's details are read beside the audit row rather than before it.
        if (!(await pages.OpenAsync(request, token, ct)).Passed(out var session, out var page))
            return page;
        var invitation = session.File.Invitation;
        if (invitation.State == InvitationState.Answered)
        {
            session = await pages.WithCoachAsync(session, ct);
            return RespondentPages.Html(request.Query["sent"].FirstOrDefault() == "1"
                ? await QuestionnairePage.ThankYouAsync(session.Language, invitation.Respondent, session.Context,
                    Development.ShowDevelopmentAfterCheckIn.ThankYouLink(invitation.Respondent, token, session.Language))
                : await QuestionnairePage.UnavailableAsync(session.Language, UnavailableReason.AlreadyAnswered, session.Context));
        }

        var definition = session.Definition;
        var draft = session.File.Draft;
        var step = int.TryParse(request.Query["step"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            ? Math.Clamp(s, 1, definition.Groups.Count) : QuestionnaireDraft.FirstUnfinishedStep(definition, draft);
        var notices = QuestionnaireDraft.Notices(definition, draft, request.Query["kept"].FirstOrDefault(), session.Language);
        var shown = pages.WithCoachAsync(session, ct);
        await Task.WhenAll(shown, audit.RecordRespondentAsync(session.File, "open questionnaire", ct));
        session = await shown;
        return RespondentPages.Html(await QuestionnaireForm.RenderAsync(session, session.Language, step, draft, new Dictionary<string, string>(),
            notices: notices));
    }
}
