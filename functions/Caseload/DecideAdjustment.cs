namespace IpsMonitor.Caseload;

/// <summary>
/// Records a review of one adjustment: keep, extend to a new review date, or reverse, with its effect. The decision is
/// appended to the adjustment's history and never replaces an earlier one; the adjustment's status and review date
/// follow it, and the signals recompute, so an "adjustment review due" closes once every due adjustment is decided. The
/// same decision posted again (a double submit) returns the job as it stands with 200 and adds nothing.
/// </summary>
internal sealed class DecideAdjustment(StaffGate gate, CaseloadChanges changes, TimeProvider time)
{
    [Function("DecideAdjustment")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "candidates/{candidateId}/jobs/{jobId}/adjustments/{adjustmentId}/decisions")] HttpRequest request,
        string candidateId, string jobId, string adjustmentId, CancellationToken ct) =>
        JsonRoute<AdjustmentDecisionRequest>.AnswerAsync(gate.JobAsync(request, candidateId, jobId, ct), request,
            (admission, r, token) => DecideAsync(admission, adjustmentId, r, token), ct);

    /// <summary>The change itself, for the API and the staff pages alike: the same validation, the same effects.</summary>
    public async Task<Outcome<JobDto>> DecideAsync(JobAdmission admission, string adjustmentId, AdjustmentDecisionRequest r,
        CancellationToken ct)
    {
        var (candidate, job) = (admission.File.Candidate, admission.Job);
        if (Decided(admission, job, adjustmentId, r, out var updated) is { } failure)
            return failure;
        if (updated is null)
            return Outcome.Saved(job.AsDto());
        if (await changes.SaveJobAsync(admission, updated, $"adjustment decision: {$"{r.Decision}".ToLowerInvariant()}", ct) is Write.Conflict)
            return Conflict.Meanwhile;
        return Outcome.Created($"candidates/{candidate.Id}/jobs/{job.Id}/adjustments/{adjustmentId}", updated.AsDto());
    }

    /// <summary>
    /// One decision applied to a job as it stands (the stored one, or one a driegesprek changed already), storing nothing:
    /// a failure, or null with <paramref name="decided"/> the job with the decision appended to the adjustment's history,
    /// or null when it repeats the last decision (a double submit), which adds nothing. A driegesprek records its decisions through this, so an
    /// adjustment's history is one, whichever way a decision was taken.
    /// </summary>
    public Failure? Decided(Admission admission, Job job, string adjustmentId, AdjustmentDecisionRequest r, out Job? decided)
    {
        decided = null;
        var today = time.Today();
        var index = job.Adjustments.ToList().FindIndex(a => a.Id == adjustmentId);
        if (index < 0)
            return new Refused(RefusalKind.NotFound, "Adjustment not found");
        if (AdjustmentValidation.NotRunning(admission, job, today) is { } refused)
            return refused;
        var adjustment = job.Adjustments[index];
        var errors = AdjustmentValidation.Validate(r, adjustment, today);
        if (errors.Count > 0 || r is not { Decision: { } kind, Effect: { } effect })
            return Invalid.Of(errors);

        var decision = new AdjustmentDecision(kind, r.DecidedOn ?? today, admission.Staff.CoachId, effect.Trim(), r.NewReviewDate,
            adjustment.ReviewDate);
        // Compared without the review date it replaced: a repeat of the last decision finds that date already moved.
        if (adjustment.Decisions.Count > 0 && adjustment.Decisions[^1] with { PreviousReviewDate = decision.PreviousReviewDate } == decision)
            return null;
        if (!adjustment.Decidable)
            return new Refused(RefusalKind.NotNow, "Already reversed", "A reversed adjustment is history; add a new one instead.");

        var adjustments = job.Adjustments.ToList();
        adjustments[index] = adjustment.Decide(decision);
        decided = job with { Adjustments = adjustments };
        return null;
    }

    /// <summary>The rules of an adjustment decision, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> Rules(JobAdmission admission, string adjustmentId, AdjustmentDecisionRequest r) =>
        admission.Job.Adjustments.FirstOrDefault(a => a.Id == adjustmentId) is { } adjustment
            ? AdjustmentValidation.Validate(r, adjustment, time.Today()) : new Dictionary<string, ErrorCode[]>();
}
