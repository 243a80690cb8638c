using IpsMonitor.Questionnaires.Pages;

namespace IpsMonitor.Development;

/// <summary>
/// "Mijn ontwikkeling" right after a check-in: the candidate's own check-in link opens it once that check-in is answered,
/// for as long as the link itself lives. A supervisor's link never opens it.
/// </summary>
internal sealed class ShowDevelopmentAfterCheckIn(CheckInStore checkIns, DevelopmentView view)
{
    [Function("ShowDevelopmentAfterCheckIn")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "q/{token}/development")] HttpRequest request, string token, CancellationToken ct) =>
        view.ShowByLinkAsync(request, token, cleaned => checkIns.FindByTokenAsync(cleaned, ct), (file, now) =>
            file.Invitation is { Respondent: Respondent.Candidate, State: InvitationState.Answered } invitation && invitation.ExpiresAt > now
                ? new DevelopmentTarget(file.ProgrammeId, invitation.CandidateId, invitation.Id)
                : null, ct);

    /// <summary>The link on the thank-you page (relative to the questionnaire's own address); null for a supervisor.</summary>
    public static LinkView? ThankYouLink(Respondent respondent, string token, string lang) =>
        respondent != Respondent.Candidate ? null
            : new LinkView($"{DevelopmentView.CleanToken(token)}/development?lang={lang}", DevelopmentText.For(lang).ThankYouLink);
}
