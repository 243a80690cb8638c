using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>The corrected respondent of one check-in: candidate or supervisor.</summary>
public sealed record InvitationCorrection(Respondent? Respondent);

/// <summary>
/// Corrects who a check-in is for, without erasing the candidate. The rules are those of issuing a link: a supervisor
/// check-in belongs to a job with the candidate's consent and a supervisor on record. Answers keep the questionnaire they
/// were given with, so an answered check-in can only get the respondent that questionnaire is for. An open one gets the
/// new respondent's questionnaire, and its link and draft are stopped, because the holder may be the wrong person.
/// </summary>
internal sealed class CorrectInvitation(StaffGate gate, CaseloadStore caseload, CheckInStore store, QuestionnaireCatalog catalog, CaseloadChanges changes)
{
    [Function("CorrectInvitation")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "candidates/{candidateId}/invitations/{invitationId}")] HttpRequest request,
        string candidateId, string invitationId, CancellationToken ct)
    {
        if (!(await gate.CandidateAsync(request, candidateId, ct)).Passed(out var admission, out var refusal))
            return refusal;
        var candidate = admission.File.Candidate;
        var file = Keys.IsSafe(invitationId) ? await store.GetAsync(candidate.ProgrammeId, candidateId, invitationId, ct) : null;
        if (file is null)
            return new Refused(RefusalKind.NotFound, "Check-in not found").ToResult();
        if (!(await RequestBody.ReadJsonAsync<InvitationCorrection>(request, ct)).Passed(out var body, out var problem))
            return problem;
        return (await ApplyAsync(admission, file, body, ct)).ToResult();
    }

    /// <summary>The correction of one check-in of the admitted candidate, found by its id, for the candidate page's form.</summary>
    public async Task<Outcome<InvitationDto>> CorrectAsync(Admission admission, string invitationId, InvitationCorrection body, CancellationToken ct)
    {
        var candidate = admission.File.Candidate;
        var file = Keys.IsSafe(invitationId) ? await store.GetAsync(candidate.ProgrammeId, candidate.Id, invitationId, ct) : null;
        return file is null ? new Refused(RefusalKind.NotFound, "Check-in not found") : await ApplyAsync(admission, file, body, ct);
    }

    /// <summary>The correction itself: only to a respondent whose questionnaire fits what the check-in holds.</summary>
    public async Task<Outcome<InvitationDto>> ApplyAsync(Admission admission, VersionedInvitation file, InvitationCorrection body, CancellationToken ct)
    {
        var candidate = admission.File.Candidate;
        var candidateId = candidate.Id;
        if (body.Respondent is not { } respondent || respondent is not (Respondent.Candidate or Respondent.Supervisor))
            return Invalid("respondent", "The respondent is candidate or supervisor.");

        var invitation = file.Invitation;
        if (respondent == Respondent.Supervisor
            && (invitation.JobId is not { } jobId || await caseload.JobAsync(candidate.ProgrammeId, candidateId,
                jobId, ct) is not { Supervisor.CanBeInvited: true }))
            return Invalid("respondent", "A supervisor check-in needs its job, the candidate's consent and a supervisor on record.");
        var isOpen = invitation.State == InvitationState.Open;
        if (!isOpen && invitation.State != InvitationState.Cancelled && catalog.Get(invitation.QuestionnaireId,
            invitation.QuestionnaireVersion).Respondent != respondent)
            return Invalid("respondent", "This check-in was answered or missed with the questionnaire for the "
                + $"{Name(invitation.Respondent)}; its respondent cannot change.");
        if (invitation.Respondent == respondent)
            return Outcome.Saved(invitation.AsDto());

        var questionnaire = isOpen ? catalog.Current(respondent) : null;
        var corrected = invitation with
        {
            Respondent = respondent,
            QuestionnaireId = questionnaire?.Id ?? invitation.QuestionnaireId,
            QuestionnaireVersion = questionnaire?.Version ?? invitation.QuestionnaireVersion,
        };
        if (await store.CorrectAsync(file, corrected, stopLink: isOpen, ct) is Write.Conflict)
            return Conflict.Meanwhile;
        await changes.RecordAsync(admission.Staff, candidate, $"correct check-in {invitation.Id}: respondent", ct);
        return Outcome.Saved(corrected.AsDto());
    }

    private static string Name(Respondent respondent) => respondent == Respondent.Supervisor ? "supervisor" : "candidate";

    private static Invalid Invalid(string field, string message) => new(field, message);
}
