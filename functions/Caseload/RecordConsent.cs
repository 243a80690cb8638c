using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;

namespace IpsMonitor.Caseload;

/// <summary>
/// CandidateFirstName: the first name the supervisor may see on the check-in page, recorded only with the candidate's
/// consent for it; omitted keeps what was recorded, "" removes it, and withdrawing supervisor consent removes it too.
/// </summary>
public sealed record ConsentRequest(Disclosure? Disclosure, bool? SupervisorConsent, string? SupervisorName, string? SupervisorEmail, string? CandidateFirstName = null);

/// <summary>
/// Records the candidate's disclosure and their consent to supervisor contact for one job. Withdrawing consent cancels the
/// job's open supervisor check-ins at once; the questionnaire page checks consent again, so a link already sent stops working.
/// </summary>
internal sealed class RecordConsent(StaffGate gate, CaseloadStore caseload, CheckInStore checkIns, CaseloadChanges changes, TimeProvider time)
{
    [Function("RecordConsent")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "candidates/{candidateId}/jobs/{jobId}/consent")] HttpRequest request, string candidateId, string jobId, CancellationToken ct)
    {
        var admission = await gate.JobAsync(request, candidateId, jobId, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var (candidate, job) = (admission.File!.Candidate, admission.Job!);
        var body = await RequestBody.ReadJsonAsync<ConsentRequest>(request, ct);
        if (body.Problem is not null)
            return body.Problem;
        var r = body.Value!;
        var errors = new Dictionary<string, string[]>();
        if (r.Disclosure is null)
            errors["disclosure"] = ["The disclosure is none, viaIpsOnly, supervisorOnly or full."];
        if (r.SupervisorConsent is null)
            errors["supervisorConsent"] = ["Say whether the candidate agrees to contact with the supervisor (true or false)."];
        if (!Validation.IsShortText(r.SupervisorName, 100))
            errors["supervisorName"] = ["At most 100 characters."];
        if (r.SupervisorEmail is not null && !Validation.IsEmail(r.SupervisorEmail))
            errors["supervisorEmail"] = ["This is not a valid e-mail address."];
        if (!Validation.IsFirstName(r.CandidateFirstName))
            errors["candidateFirstName"] = [Validation.FirstNameRule];
        else if (!string.IsNullOrWhiteSpace(r.CandidateFirstName) && r.SupervisorConsent == false)
            errors["candidateFirstName"] = ["A first name for the supervisor needs the candidate's consent to supervisor contact."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var consent = r.SupervisorConsent!.Value;
        var changedAt = consent == job.Supervisor.Consent ? job.Supervisor.ConsentChangedAt : time.GetUtcNow();
        var updated = job with
        {
            Disclosure = r.Disclosure!.Value,
            Supervisor = new SupervisorContact(consent, changedAt, r.SupervisorName?.Trim() ?? job.Supervisor.Name, r.SupervisorEmail?.Trim() ?? job.Supervisor.Email)
            {
                CandidateFirstName = !consent ? null : r.CandidateFirstName is null ? job.Supervisor.CandidateFirstName
                    : string.IsNullOrWhiteSpace(r.CandidateFirstName) ? null : r.CandidateFirstName.Trim(),
            },
        };
        try
        {
            await caseload.ReplaceJobAsync(candidate.ProgrammeId, updated, admission.JobVersion, ct);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 412)
        {
            return Admission.Conflict();
        }
        var cancelled = consent ? 0 : await SupervisorInvitations.CancelOpenAsync(checkIns, candidate, jobId, ct);
        await changes.RecordAsync(admission.Staff!, candidate, consent ? "consent given" : "consent withdrawn", ct);
        return TypedResults.Ok(new ConsentResult(updated.AsDto(), cancelled));
    }
}

public sealed record ConsentResult(JobDto Job, int CancelledSupervisorInvitations);
