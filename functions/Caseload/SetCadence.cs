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
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "candidates/{candidateId}/cadence")] HttpRequest request,
        string candidateId, CancellationToken ct)
    {
        if (!(await gate.CandidateAsync(request, candidateId, ct)).Passed(out var admission, out var refusal))
            return refusal;
        if (!(await RequestBody.ReadJsonAsync<Cadence>(request, ct)).Passed(out var body, out var problem))
            return problem;
        return (await ApplyAsync(admission, body, ct)).ToResult();
    }

    /// <summary>The change itself: the candidate's own rhythm, or the programme's again.</summary>
    public async Task<Outcome<CandidateDto>> ApplyAsync(Admission admission, Cadence cadence, CancellationToken ct)
    {
        var errors = cadence.Validate();
        if (errors.Count > 0)
            return Invalid.Of(errors);

        var file = admission.File;
        var updated = file with { Candidate = file.Candidate with { Cadence = cadence.IsEmpty ? null : cadence } };
        if (await caseload.UpdateAsync(updated, ct) is Write.Conflict)
            return Conflict.Meanwhile;
        await changes.RecordAsync(admission.Staff, updated.Candidate, "cadence", ct);
        var jobs = await caseload.JobsAsync(updated.Candidate.ProgrammeId, updated.Candidate.Id, ct);
        return Outcome.Saved(updated.AsDto(jobs, [], time.Today(), options.Value, withJobs: false));
    }
}
