using IpsMonitor.Questionnaires.Pages;

namespace IpsMonitor.Development;

/// <summary>
/// "Mijn ontwikkeling" right after a check-in: the candidate's own check-in link opens it once that check-in is answered,
/// for as long as the link itself lives. A supervisor's link never opens it.
/// </summary>
internal sealed class ShowDevelopmentAfterCheckIn(CheckInStore checkIns, DevelopmentView view, TimeProvider time)
{
    [Function("ShowDevelopmentAfterCheckIn")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "q/{token}/development")] HttpRequest request, string token, CancellationToken ct)
    {
        var lang = DevelopmentView.Language(request);
        var file = await checkIns.FindByTokenAsync(DevelopmentView.CleanToken(token), ct);
        if (file is null)
            return await view.WrongTokenAsync(request.HttpContext, lang, ct);
        if (file.Invitation is not { Respondent: Respondent.Candidate, State: InvitationState.Answered } invitation
            || invitation.ExpiresAt <= time.GetUtcNow())
            return await DevelopmentView.UnavailableAsync(lang);
        return await view.ShowAsync(request.HttpContext, file.ProgrammeId, invitation.CandidateId, invitation.Id, lang, null, ct);
    }

    /// <summary>The link on the thank-you page (relative to the questionnaire's own address); null for a supervisor.</summary>
    public static LinkView? ThankYouLink(Respondent respondent, string token, string lang) =>
        respondent != Respondent.Candidate ? null
            : new LinkView($"{DevelopmentView.CleanToken(token)}/development?lang={lang}", DevelopmentText.For(lang).ThankYouLink);
}
