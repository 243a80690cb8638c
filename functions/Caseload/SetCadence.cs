using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using Microsoft.Extensions.Options;

namespace IpsMonitor.Caseload;

/// <summary>Sets the candidate's own check-in rhythm; all three parts null goes back to the programme's cadence.</summary>
internal sealed class SetCadence(StaffGate gate, CaseloadStore caseload, CaseloadChanges changes, TimeProvider time, IOptions<CheckInOptions> options)
{
    [Function("SetCadence")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "candidates/{candidateId}/cadence")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        var admission = await gate.CandidateAsync(request, candidateId, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var body = await RequestBody.ReadJsonAsync<Cadence>(request, ct);
        if (body.Problem is not null)
            return body.Problem;
        var cadence = body.Value!;
        var errors = cadence.Validate();
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var file = admission.File!;
        var updated = file with { Candidate = file.Candidate with { Cadence = cadence.IsEmpty ? null : cadence } };
        try
        {
            await caseload.UpdateAsync(updated, ct);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 412)
        {
            return Admission.Conflict();
        }
        await changes.RecordAsync(admission.Staff!, updated.Candidate, "cadence", ct);
        var jobs = await caseload.JobsAsync(updated.Candidate.ProgrammeId, candidateId, ct);
        return TypedResults.Ok(updated.AsDto(jobs, [], time.Today(), options.Value, withJobs: false));
    }
}
