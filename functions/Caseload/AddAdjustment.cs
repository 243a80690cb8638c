namespace IpsMonitor.Caseload;

/// <summary>
/// Adds a workplace adjustment to a running job, with the rules of a job start's adjustments. The same adjustment (kind,
/// description, start and review date) posted again returns the job as it stands with 200: a double submit adds nothing.
/// </summary>
internal sealed class AddAdjustment(StaffGate gate, CaseloadChanges changes, TimeProvider time)
{
    [Function("AddAdjustment")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/jobs/{jobId}/adjustments")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        JsonRoute<AdjustmentRequest>.AnswerAsync(gate.JobAsync(request, candidateId, jobId, ct), request, AddAsync, ct);

    /// <summary>The change itself, for the API and the staff pages alike: the same validation, the same effects.</summary>
    public async Task<Outcome<JobDto>> AddAsync(JobAdmission admission, AdjustmentRequest r, CancellationToken ct)
    {
        var (candidate, job) = (admission.File.Candidate, admission.Job);
        if (AdjustmentValidation.NotRunning(admission, job, time.Today()) is { } refused)
            return refused;
        var errors = AdjustmentValidation.Validate(r, job);
        if (errors.Count > 0 || r is not { Kind: { } kind, StartDate: { } start, ReviewDate: { } review })
            return Invalid.Of(errors);

        var description = string.IsNullOrWhiteSpace(r.Description) ? null : r.Description.Trim();
        if (job.Adjustments.Any(a => a.Kind == kind && a.Description == description && a.StartDate == start && a.ReviewDate == review))
            return Outcome.Saved(job.AsDto());
        var adjustment = new Adjustment(kind, description, start, review, AdjustmentStatus.Active) { Id = AdjustmentIds.Next(job.Adjustments) };
        var updated = job with { Adjustments = [.. job.Adjustments, adjustment] };
        if (await changes.SaveJobAsync(admission, updated, "adjustment added", ct) is Write.Conflict)
            return Conflict.Meanwhile;
        return Outcome.Created($"candidates/{candidate.Id}/jobs/{job.Id}/adjustments/{adjustment.Id}", updated.AsDto());
    }
}
