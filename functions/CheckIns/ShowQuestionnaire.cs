using Microsoft.Azure.Functions.Worker;
using System.Globalization;
using IpsMonitor.Access;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>The questionnaire page behind a personal link: one group per screen, with what the person already filled in.</summary>
internal sealed class ShowQuestionnaire(RespondentPages pages, QuestionnaireCatalog catalog, AuditLog audit)
{
    [Function("ShowQuestionnaire")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "q/{token}")] HttpRequest request, string token, CancellationToken ct)
    {
        var (session, page) = await pages.OpenAsync(token, request.Query["lang"].FirstOrDefault(), ct);
        if (session is null)
            return page!;
        var invitation = session.File.Invitation;
        if (invitation.State == InvitationState.Answered)
            return RespondentPages.Html(QuestionnairePage.ThankYou(session.Language, invitation.Respondent,
                Development.ShowDevelopmentAfterCheckIn.ThankYouLink(invitation.Respondent, token, session.Language)));

        var definition = catalog.Get(invitation.QuestionnaireId, invitation.QuestionnaireVersion);
        var step = int.TryParse(request.Query["step"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            ? Math.Clamp(s, 1, definition.Groups.Count) : 1;
        await audit.RecordRespondentAsync(session.File, "open questionnaire", ct);
        return RespondentPages.Html(QuestionnaireForm.Render(definition, token, session.Language, step, session.File.Draft, new Dictionary<string, string>()));
    }
}
