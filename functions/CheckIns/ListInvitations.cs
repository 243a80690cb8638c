namespace IpsMonitor.CheckIns;

internal sealed class ListInvitations(StaffGate gate, CheckInStore store, AuditLog audit)
{
    [Function("ListInvitations")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "candidates/{candidateId}/invitations")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        gate.CandidateAsync(request, candidateId, ct).RespondAsync(async admission =>
        {
            var files = await store.ForCandidateAsync(admission.File.Candidate.ProgrammeId, candidateId, ct);
            await audit.RecordAsync(admission.Staff, "list invitations", candidateId, ct);
            return TypedResults.Ok(files.Select(f => f.Invitation.AsDto()).OrderByDescending(i => i.CreatedAt).ToList());
        });
}
