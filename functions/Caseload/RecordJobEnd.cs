namespace IpsMonitor.Caseload;

/// <summary>
/// Records a job end with its reason from the catalogue. Open supervisor check-ins for the job are cancelled: there is no
/// supervisor to ask any more.
/// </summary>
internal sealed class RecordJobEnd(StaffGate gate, CaseloadStore caseload, CheckInStore checkIns,
    CaseloadSummaries summaries, CaseloadChanges changes, TimeProvider time)
{
    [Function("RecordJobEnd")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/jobs/{jobId}/end")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        JsonRoute<JobEndRequest>.AnswerAsync(gate.JobAsync(request, candidateId, jobId, ct), request, ApplyAsync, ct);

    /// <summary>The change itself, for the API and the staff pages alike: the same validation, the same effects.</summary>
    public async Task<Outcome<JobDto>> ApplyAsync(JobAdmission admission, JobEndRequest r, CancellationToken ct)
    {
        var (candidate, job) = (admission.File.Candidate, admission.Job);
        var errors = Rules(admission, r);
        if (errors.Count > 0 || r.Reason is not { } reason)
            return Invalid.Of(errors);

        var ended = job with { EndDate = r.EndDate, EndReason = Reasons.Store(reason), EndReasonNote = Reasons.Note(r.ReasonNote) };
        // The same end again is a repeated submit and changes nothing; another end would silently overwrite the first.
        if (job.EndDate is not null)
            return ended == job ? Outcome.Saved(job.AsDto())
                : new Refused(RefusalKind.NotNow, "Job already ended", $"This job ended on {job.EndDate:yyyy-MM-dd}; its end is not overwritten.",
                    ErrorCodes.JobAlreadyEnded);
        if (await caseload.ReplaceJobAsync(candidate.ProgrammeId, ended, admission.JobVersion, ct) is Write.Conflict)
            return Conflict.Meanwhile;
        // An end date ahead leaves the supervisor's part running until then.
        if (ended.EndDate <= time.Today())
            await SupervisorInvitations.CancelOpenAsync(checkIns, summaries, candidate, job.Id, ct);
        await changes.RecordAsync(admission.Staff, candidate, "job end", ct);
        return Outcome.Saved(ended.AsDto());
    }

    /// <summary>The rules of a job end, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> Rules(JobAdmission admission, JobEndRequest r)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        if (r.EndDate is null)
            errors["endDate"] = ["The end date is required."];
        else if (r.EndDate < admission.Job.StartDate)
            errors["endDate"] = ["The end date cannot lie before the start date."];
        else if (r.EndDate > time.Today().AddDays(90))
            errors["endDate"] = ["The end date is more than 90 days ahead."];
        Reasons.Validate(errors, r.Reason, r.ReasonNote);
        return errors;
    }
}
