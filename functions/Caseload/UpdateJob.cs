namespace IpsMonitor.Caseload;

/// <summary>
/// Changes what moves during a job: hours, the 4-paid-hours confirmation, the trial decision, the adjustments. Also corrects
/// the kind of placement and whether it is competitive, checked by the rules of a job start (a proefplaatsing has an end
/// date and goals and is never competitive).
/// </summary>
internal sealed class UpdateJob(StaffGate gate, CaseloadChanges changes, TimeProvider time)
{
    [Function("UpdateJob")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "candidates/{candidateId}/jobs/{jobId}")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        JsonRoute<JobUpdateRequest>.AnswerAsync(gate.JobAsync(request, candidateId, jobId, ct), request, ApplyAsync, ct);

    /// <summary>The change itself, for the API and the staff pages alike: the same validation, the same effects.</summary>
    public async Task<Outcome<JobDto>> ApplyAsync(JobAdmission admission, JobUpdateRequest r, CancellationToken ct)
    {
        var (candidate, job) = (admission.File.Candidate, admission.Job);
        var errors = Rules(admission, r);
        if (errors.Count > 0)
            return Invalid.Of(errors);

        var updated = job with
        {
            Kind = r.Kind ?? job.Kind,
            Competitive = r.Competitive ?? job.Competitive,
            ContractHoursPerWeek = r.ContractHoursPerWeek ?? job.ContractHoursPerWeek,
            FourPaidHoursConfirmed = r.FourPaidHoursConfirmed ?? job.FourPaidHoursConfirmed,
            TrialEndDate = r.TrialEndDate ?? job.TrialEndDate,
            TrialGoals = r.TrialGoals?.Trim() ?? job.TrialGoals,
            TrialDecision = r.TrialDecision is { } decision ? Reasons.Store(decision) : job.TrialDecision,
            TrialDecisionDate = r.TrialDecision is null ? job.TrialDecisionDate : r.TrialDecisionDate,
            Adjustments = r.Adjustments is null ? job.Adjustments : AdjustmentIds.Replace(job.Adjustments, JobValidation.ToAdjustments(r.Adjustments)),
            // Dated, so a rebuilt past quarter still sees the hours of its own last day.
            HoursHistory = r.ContractHoursPerWeek is { } hours && hours != job.ContractHoursPerWeek
                ? job.WithHours(hours, time.Today())
                : job.HoursHistory,
        };
        // Hours and adjustments move while a job runs: after its end, or a discharge, a form from before says so and changes nothing.
        var moved = updated.ContractHoursPerWeek != job.ContractHoursPerWeek || updated.FourPaidHoursConfirmed != job.FourPaidHoursConfirmed
            || r.Adjustments is not null;
        if (moved && candidate.IsDischarged)
            return new Refused(RefusalKind.NotNow, "The candidate is discharged", "A discharged candidate's jobs are history.",
                ErrorCodes.CandidateDischarged);
        if (moved && job.EndDate <= time.Today())
            return new Refused(RefusalKind.NotNow, "The job has ended", "An ended job keeps its hours and adjustments.", ErrorCodes.JobEnded);
        var corrected = (updated.Kind != job.Kind ? "kind " : "") + (updated.Competitive != job.Competitive ? "competitive " : "");
        if (corrected.Length > 0)
        {
            // The job as it would then stand, checked as a job start is: a correction never stores what a start would refuse.
            var asStarted = new JobStartRequest(updated.Employer, updated.JobTitle, updated.Sector, updated.StartDate, updated.ContractHoursPerWeek,
                updated.Competitive, updated.Kind, updated.FourPaidHoursConfirmed, updated.TrialEndDate, updated.TrialGoals, null, null);
            var startErrors = JobValidation.Validate(asStarted, candidate.CurrentReferral, time.Today())
                .Where(e => e.Key is "kind" or "competitive" or "trialEndDate").ToDictionary(e => e.Key, e => e.Value);
            if (startErrors.Count > 0)
                return Invalid.Of(startErrors);
        }
        var change = corrected.Length > 0 ? $"job update, corrected: {corrected.Trim()}" : "job update";
        if (await changes.SaveJobAsync(admission, updated, change, ct) is Write.Conflict)
            return Conflict.Meanwhile;
        return Outcome.Saved(updated.AsDto());
    }

    /// <summary>The rules of a job change, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> Rules(JobAdmission admission, JobUpdateRequest r)
    {
        var job = admission.Job;
        var errors = JobValidation.Validate(r, job.StartDate);
        TrialDecisions.Validate(errors, r.TrialDecision, r.TrialDecisionDate, job with { Kind = r.Kind ?? job.Kind }, time.Today());
        return errors;
    }
}
