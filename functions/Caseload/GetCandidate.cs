namespace IpsMonitor.Caseload;

internal sealed class GetCandidate(StaffGate gate, CaseloadStore caseload, CheckInStore checkIns, AuditLog audit,
    TimeProvider time, IOptions<CheckInOptions> options)
{
    [Function("GetCandidate")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "candidates/{candidateId}")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        gate.CandidateAsync(request, candidateId, ct).RespondAsync(async admission =>
        {
            var file = admission.File;
            var jobs = await caseload.JobsAsync(file.Candidate.ProgrammeId, candidateId, ct);
            var invitations = await checkIns.ForCandidateAsync(file.Candidate.ProgrammeId, candidateId, ct);
            await audit.RecordAsync(admission.Staff, "read candidate", candidateId, ct);
            return TypedResults.Ok(file.AsDto(jobs, invitations.Select(i => i.Invitation), time.Today(), options.Value, withJobs: true));
        });
}
