using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using Microsoft.Extensions.Options;

namespace IpsMonitor.Caseload;

public sealed record DischargeRequest(DateOnly? DischargeDate, string? Reason);

public sealed record ReferralRequest(DateOnly? ReferralDate, bool? EmployedAtReferral);

/// <summary>Discharge (uitstroom) closes the current referral; referring again opens a new one on the same pseudonymous id.</summary>
internal sealed class RecordDischarge(StaffGate gate, CaseloadStore caseload, CaseloadChanges changes, TimeProvider time, IOptions<CheckInOptions> options)
{
    [Function("RecordDischarge")]
    public async Task<IResult> Discharge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/discharge")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        var admission = await gate.CandidateAsync(request, candidateId, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var body = await RequestBody.ReadJsonAsync<DischargeRequest>(request, ct);
        return body.Problem ?? await DischargeAsync(admission, body.Value!, ct);
    }

    /// <summary>The change itself, for the API and the staff pages alike: the same validation, the same effects.</summary>
    public async Task<IResult> DischargeAsync(Admission admission, DischargeRequest r, CancellationToken ct)
    {
        var file = admission.File!;
        var current = file.Candidate.CurrentReferral;
        var errors = new Dictionary<string, string[]>();
        if (file.Candidate.IsDischarged)
            errors["candidate"] = ["The candidate is discharged already."];
        if (r.DischargeDate is null || r.DischargeDate < current.ReferralDate || r.DischargeDate > time.Today())
            errors["dischargeDate"] = ["The discharge date lies between the referral date and today."];
        if (string.IsNullOrWhiteSpace(r.Reason) || !Validation.IsShortText(r.Reason, 200))
            errors["reason"] = ["Give the reason in at most 200 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var referrals = file.Candidate.Referrals.Take(file.Candidate.Referrals.Count - 1)
            .Append(current with { DischargeDate = r.DischargeDate, DischargeReason = r.Reason!.Trim() }).ToList();
        return await SaveAsync(admission.Staff!, file with { Candidate = file.Candidate with { Referrals = referrals } }, "discharge", ct);
    }

    [Function("ReferAgain")]
    public async Task<IResult> ReferAgain([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/referrals")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        var admission = await gate.CandidateAsync(request, candidateId, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var body = await RequestBody.ReadJsonAsync<ReferralRequest>(request, ct);
        if (body.Problem is not null)
            return body.Problem;
        var file = admission.File!;
        var r = body.Value!;
        var errors = new Dictionary<string, string[]>();
        if (!file.Candidate.IsDischarged)
            errors["candidate"] = ["The candidate's current referral is still open."];
        else if (r.ReferralDate is null || r.ReferralDate <= file.Candidate.CurrentReferral.DischargeDate || r.ReferralDate > time.Today())
            errors["referralDate"] = ["The new referral date lies after the discharge and not in the future."];
        if (r.EmployedAtReferral is null)
            errors["employedAtReferral"] = ["Say whether the candidate had paid work at referral (true or false)."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var referrals = file.Candidate.Referrals.Append(new Referral(r.ReferralDate!.Value, r.EmployedAtReferral!.Value, null, null)).ToList();
        return await SaveAsync(admission.Staff!, file with { Candidate = file.Candidate with { Referrals = referrals } }, "referral", ct);
    }

    private async Task<IResult> SaveAsync(Staff staff, CandidateFile file, string change, CancellationToken ct)
    {
        try
        {
            await caseload.UpdateAsync(file, ct);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 412)
        {
            return TypedResults.Problem(title: "Changed meanwhile", detail: "Someone else changed this candidate; reload and try again.", statusCode: StatusCodes.Status409Conflict);
        }
        await changes.RecordAsync(staff, file.Candidate, change, ct);
        var jobs = await caseload.JobsAsync(file.Candidate.ProgrammeId, file.Candidate.Id, ct);
        return TypedResults.Ok(file.AsDto(jobs, [], time.Today(), options.Value, withJobs: true));
    }
}
