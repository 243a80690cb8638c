namespace IpsMonitor.Caseload;

/// <summary>
/// Records a job start with its adjustments, the candidate's disclosure and consent, and the supervisor. The same start
/// (employer, title, date) posted again returns the first one with 200 instead of 201.
/// </summary>
internal sealed class RecordJobStart(StaffGate gate, CaseloadStore caseload, CaseloadChanges changes, AuditLog audit, TimeProvider time)
{
    [Function("RecordJobStart")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/jobs")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        JsonRoute<JobStartRequest>.AnswerAsync(gate.CandidateAsync(request, candidateId, ct), request, StartAsync, ct);

    /// <summary>The change itself, for the API and the staff pages alike: the same validation, the same effects.</summary>
    public async Task<Outcome<JobDto>> StartAsync(Admission admission, JobStartRequest r, CancellationToken ct)
    {
        var candidate = admission.File.Candidate;
        var candidateId = candidate.Id;
        var errors = Rules(admission, r);
        if (errors.Count > 0 || r is not { Employer: { } employer, JobTitle: { } title, Sector: { } sector, StartDate: { } startDate,
            ContractHoursPerWeek: { } hours, Kind: { } kind } || JobValidation.Competitive(r) is not { } competitive)
            return Invalid.Of(errors);

        // A retry or double submit of the same start returns the job recorded the first time: a start must never count twice.
        var existing = (await caseload.JobsAsync(candidate.ProgrammeId, candidateId, ct)).FirstOrDefault(j => j.StartDate == r.StartDate
            && string.Equals(j.Employer, employer.Trim(), StringComparison.OrdinalIgnoreCase)
            && string.Equals(j.JobTitle, title.Trim(), StringComparison.OrdinalIgnoreCase));
        // The same job with other values (Back, an edit, send) is not a double submit: refused, never answered as saved.
        if (existing is not null && (existing.Sector != sector || existing.ContractHoursPerWeek != hours || existing.Competitive != competitive
            || existing.Kind != kind))
            return new Refused(RefusalKind.NotNow, "Job recorded already", $"This job (employer, title, start date) is recorded "
                + $"already as {existing.Id}, with other values; nothing was saved. Change the recorded job instead.", ErrorCodes.JobStartedAlready);
        if (existing is not null)
        {
            // Nothing changes, but the recorded job is shown: a read like any other.
            await audit.RecordAsync(admission.Staff, "read job (start posted again)", candidateId, ct);
            return Outcome.Saved(existing.AsDto());
        }

        var s = r.Supervisor;
        var job = new Job("j-" + Secrets.NewId(4), candidateId, employer.Trim(), title.Trim(), sector, startDate,
            hours, competitive, kind, r.FourPaidHoursConfirmed ?? false, r.TrialEndDate,
            r.TrialGoals?.Trim(), null, null, null, JobValidation.ToAdjustments(r.Adjustments), s?.Disclosure ?? Disclosure.None,
            new SupervisorContact(s?.Consent ?? false, s?.Consent is null ? null : time.GetUtcNow(), s?.Name?.Trim(), s?.Email?.Trim())
            {
                CandidateFirstName = string.IsNullOrWhiteSpace(s?.CandidateFirstName) ? null : s.CandidateFirstName.Trim(),
            })
        {
            HoursHistory = [new HoursChange(startDate, hours)],
        };
        await caseload.SaveJobAsync(candidate.ProgrammeId, job, ct);
        await changes.RecordAsync(admission.Staff, candidate, "job start", ct);
        return Outcome.Created($"candidates/{candidateId}/jobs/{job.Id}", job.AsDto());
    }

    /// <summary>The rules of a job start, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> Rules(Admission admission, JobStartRequest r)
    {
        var candidate = admission.File.Candidate;
        var errors = JobValidation.Validate(r, candidate.CurrentReferral, time.Today());
        if (candidate.IsDischarged)
            errors["candidate"] = ["The candidate is discharged; refer them again first."];
        return errors;
    }
}
