namespace IpsMonitor.Caseload;

/// <summary>
/// Records education (onderwijs) during IPS: its start with kind and whether it is the goal, and later its end. The same
/// start (kind and date) posted again returns the first one, so a double submit never counts twice.
/// </summary>
internal sealed class RecordEducation(StaffGate gate, CaseloadChanges changes, AuditLog audit, TimeProvider time)
{
    [Function("RecordEducationStart")]
    public Task<IResult> Start(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/education")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        JsonRoute<EducationStartRequest>.AnswerAsync(gate.CandidateAsync(request, candidateId, ct), request, StartAsync, ct);

    /// <summary>The change itself, for the API and the staff pages alike: the same validation, the same effects.</summary>
    public async Task<Outcome<EducationDto>> StartAsync(Admission admission, EducationStartRequest r, CancellationToken ct)
    {
        var file = admission.File;
        var candidate = file.Candidate;
        var errors = StartRules(admission, r);
        if (errors.Count > 0 || r is not { Kind: { } kind, StartDate: { } start, IsGoal: { } goal })
            return Invalid.Of(errors);

        if (candidate.Education.FirstOrDefault(e => e.Kind == kind && e.StartDate == start) is { IsGoal: var recordedGoal } other && recordedGoal != goal)
            return new Refused(RefusalKind.NotNow, "Education recorded already", $"This education (kind, start date) is recorded "
                + $"already as {other.Id}, with another goal; nothing was saved.", ErrorCodes.EducationStartedAlready);
        if (candidate.Education.FirstOrDefault(e => e.Kind == kind && e.StartDate == start) is { } existing)
        {
            await audit.RecordAsync(admission.Staff, "read education (start posted again)", candidate.Id, ct);
            return Outcome.Saved(existing.AsDto());
        }
        var education = new Education("e-" + Secrets.NewId(4), kind, start, goal, null);
        var updated = file with { Candidate = candidate with { Education = [.. candidate.Education, education] } };
        return (await changes.SaveAsync(admission.Staff, updated, "education start", withJobs: false, ct)).Succeeded(out _, out var failure)
            ? Outcome.Created($"candidates/{candidate.Id}/education/{education.Id}", education.AsDto())
            : failure;
    }

    [Function("RecordEducationEnd")]
    public Task<IResult> End(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/education/{educationId}/end")]
        HttpRequest request, string candidateId, string educationId, CancellationToken ct) =>
        JsonRoute<EducationEndRequest>.AnswerAsync(gate.CandidateAsync(request, candidateId, ct), request,
            (admission, r, token) => EndAsync(admission, educationId, r, token), ct);

    /// <summary>Ends one education of the admitted candidate; another id is not found, as an unknown job is.</summary>
    public async Task<Outcome<EducationDto>> EndAsync(Admission admission, string educationId, EducationEndRequest r, CancellationToken ct)
    {
        var file = admission.File;
        var candidate = file.Candidate;
        if (candidate.Education.FirstOrDefault(e => e.Id == educationId) is not { } education)
            return new Refused(RefusalKind.NotFound, "Education not found");
        var errors = EducationRules.Validate(r, education, time.Today());
        if (errors.Count > 0 || r.EndDate is not { } end)
            return Invalid.Of(errors);

        var ended = education with { EndDate = end };
        var updated = file with
        {
            Candidate = candidate with { Education = [.. candidate.Education.Select(e => e.Id == educationId ? ended : e)] },
        };
        return (await changes.SaveAsync(admission.Staff, updated, "education end", withJobs: false, ct)).Succeeded(out _, out var failure)
            ? Outcome.Saved(ended.AsDto())
            : failure;
    }

    /// <summary>The rules of an education start, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> StartRules(Admission admission, EducationStartRequest r)
    {
        var candidate = admission.File.Candidate;
        var errors = EducationRules.Validate(r, candidate.CurrentReferral.ReferralDate, time.Today());
        if (candidate.IsDischarged)
            errors["candidate"] = ["The candidate is discharged; refer them again first."];
        if (candidate.Education.Count >= EducationRules.MaxPerCandidate)
            errors["education"] = [$"At most {EducationRules.MaxPerCandidate} educations per candidate."];
        return errors;
    }

    /// <summary>The rules of an education end, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> EndRules(Admission admission, string educationId, EducationEndRequest r) =>
        admission.File.Candidate.Education.FirstOrDefault(e => e.Id == educationId) is { } education
            ? EducationRules.Validate(r, education, time.Today()) : new Dictionary<string, ErrorCode[]>();
}
