using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.Platform;

namespace IpsMonitor.CheckIns;

/// <summary>
/// A coach asks for a link to hand over: the respondent's open check-in gets a fresh link (the old one stops working), or,
/// when none is open, an extra check-in is created on the spot. Supervisor links only with consent, a disclosure that allows
/// contact and a supervisor on the current job.
/// </summary>
internal sealed class IssueLink(StaffGate gate, CaseloadStore caseload, CheckInStore store, Invitations invitations, AuditLog audit, TimeProvider time)
{
    [Function("IssueLink")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/invitations")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        var admission = await gate.CandidateAsync(request, candidateId, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var body = await RequestBody.ReadJsonAsync<LinkRequest>(request, ct);
        if (body.Problem is not null)
            return body.Problem;
        if (body.Value!.Respondent is not { } respondent)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["respondent"] = ["The respondent is candidate or supervisor."] });

        var file = admission.File!;
        var programmeId = file.Candidate.ProgrammeId;
        var today = time.Today();
        if (file.Candidate.IsDischarged)
            return Invalid("candidate", "The candidate is discharged.");
        var jobs = await caseload.JobsAsync(programmeId, candidateId, ct);
        var job = jobs.Where(j => j.IsOpenOn(today)).OrderByDescending(j => j.StartDate).FirstOrDefault();
        if (respondent == Respondent.Supervisor && job is { Supervisor.Consent: true } && !job.Disclosure.AllowsSupervisorContact())
            return Invalid("respondent", "The candidate's disclosure at this job is none, so the supervisor may not be contacted. Record a disclosure of viaIpsOnly, supervisorOnly or full (PUT …/consent) first.");
        if (respondent == Respondent.Supervisor && job?.SupervisorMayBeInvited != true)
            return Invalid("respondent", "A supervisor check-in needs a current job, the candidate's consent and a supervisor on record.");

        var now = time.GetUtcNow();
        var open = (await store.ForCandidateAsync(programmeId, candidateId, ct))
            .Where(f => f.Invitation.Respondent == respondent && f.Invitation.State == InvitationState.Open && f.Invitation.ExpiresAt > now)
            .OrderByDescending(f => f.Invitation.CreatedAt).FirstOrDefault();
        if (open is null)
        {
            var created = invitations.New(candidateId, $"{(respondent == Respondent.Candidate ? "c" : "s")}-od-{Secrets.NewId(4)}", respondent, today, job?.Id);
            await store.TryCreateAsync(programmeId, created, ct);
            open = await store.GetAsync(programmeId, candidateId, created.Id, ct);
        }

        string link;
        try
        {
            link = await invitations.IssueLinkAsync(open!, ct);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 412)
        {
            return TypedResults.Problem(title: "Changed meanwhile", detail: "The check-in was just being answered; ask for the link again.", statusCode: StatusCodes.Status409Conflict);
        }
        var emailed = body.Value.SendByEmail == true && await invitations.MailLinkAsync(link, open!, file, job, ct);
        await audit.RecordAsync(admission.Staff!, $"issue {respondent.ToString().ToLowerInvariant()} link", candidateId, ct);
        return TypedResults.Ok(new LinkDto(open!.Invitation.AsDto(), link, emailed));
    }

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
