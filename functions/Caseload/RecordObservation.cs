namespace IpsMonitor.Caseload;

/// <summary>
/// Records the coach's observation of a candidate. It changes no signal (the rules read check-ins, never the coach's
/// own ratings), so it is audited and stored, and nothing is recomputed.
/// </summary>
internal sealed class RecordObservation(ObservationStore observations, AuditLog audit, TimeProvider time)
{
    public async Task<Outcome<CoachObservation>> RecordAsync(Admission admission, ObservationRequest r, CancellationToken ct)
    {
        var errors = Rules(admission, r);
        if (errors.Count > 0 || r.ObservedOn is not { } day)
            return Invalid.Of(errors);
        var candidate = admission.File.Candidate;
        var observation = new CoachObservation("o-" + Secrets.NewId(5), candidate.Id, day, r.WorkAbility, r.Fit, r.TaskGrowth,
            r.Independence, r.NextStep, string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim(), admission.Staff.CoachId, time.GetUtcNow());
        await observations.AddAsync(candidate.ProgrammeId, observation, ct);
        await audit.RecordAsync(admission.Staff, "record observation", candidate.Id, ct);
        return Outcome.Saved(observation);
    }

    /// <summary>The rules of an observation, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> Rules(Admission admission, ObservationRequest r) =>
        ObservationRules.Validate(r, admission.File.Candidate, time.Today());
}
