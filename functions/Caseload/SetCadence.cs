namespace IpsMonitor.Caseload;

/// <summary>Sets the candidate's own check-in rhythm; all three parts null goes back to the programme's cadence.</summary>
internal sealed class SetCadence(StaffGate gate, CaseloadChanges changes)
{
    [Function("SetCadence")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "candidates/{candidateId}/cadence")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        JsonRoute<Cadence>.AnswerAsync(gate.CandidateAsync(request, candidateId, ct), request, ApplyAsync, ct);

    /// <summary>The change itself: the candidate's own rhythm, or the programme's again.</summary>
    public async Task<Outcome<CandidateDto>> ApplyAsync(Admission admission, Cadence cadence, CancellationToken ct)
    {
        var errors = cadence.Validate();
        if (errors.Count > 0)
            return Invalid.Of(errors);

        var file = admission.File;
        var updated = file with { Candidate = file.Candidate with { Cadence = cadence.IsEmpty ? null : cadence } };
        return await changes.SaveAsync(admission.Staff, updated, "cadence", withJobs: false, ct);
    }
}
