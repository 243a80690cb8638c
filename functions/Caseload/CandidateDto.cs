namespace IpsMonitor.Caseload;

/// <summary>What the staff API shows of a candidate. Mapped explicitly, so the e-mail address itself never leaves.</summary>
public sealed record CandidateDto(
    string Id,
    string? LocalReference,
    string CoachId,
    string Status,
    string Language,
    bool HasEmail,
    DateOnly ReferralDate,
    bool EmployedAtReferral,
    DateOnly? DischargeDate,
    int Referrals,
    DateTimeOffset? LastCheckIn,
    DateOnly? NextCheckInDue,
    Cadence? Cadence,
    IReadOnlyList<JobDto>? Jobs)
{
    public IReadOnlyList<EducationDto> Education { get; init; } = [];
}

public sealed record JobDto(
    string Id, string Employer, string JobTitle, string Sector, DateOnly StartDate, decimal ContractHoursPerWeek, bool Competitive,
    PlacementKind Kind, bool CountsAsJobStart, DateOnly? TrialEndDate, string? TrialGoals, TrialOutcome? TrialDecision,
    DateOnly? EndDate, JobEndReason? EndReason, IReadOnlyList<Adjustment> Adjustments, Disclosure Disclosure,
    bool SupervisorConsent, string? SupervisorName, bool SupervisorHasEmail, string? CandidateFirstNameForSupervisor)
{
    public DateOnly? TrialDecisionDate { get; init; }

    /// <summary>A trial decision recorded as free text before decisions were structured; never counted.</summary>
    public string? TrialDecisionNote { get; init; }

    public string? EndReasonNote { get; init; }

    /// <summary>The recorded driegesprekken about the job, oldest first.</summary>
    public IReadOnlyList<Driegesprek> Driegesprekken { get; init; } = [];
}

internal static class CandidateDtos
{
    public const string Looking = "looking-for-work";
    public const string Working = "in-work";
    public const string Discharged = "discharged";

    public static string Status(Candidate candidate, IEnumerable<Job> jobs, DateOnly today) =>
        candidate.IsDischarged ? Discharged : jobs.Any(j => j.IsOpenOn(today)) ? Working : Looking;

    public static CandidateDto AsDto(this VersionedCandidate file, IReadOnlyList<Job> jobs, IEnumerable<Invitation> invitations,
        DateOnly today, CheckInOptions options, bool withJobs) =>
        file.AsDto(jobs, invitations.Where(i => i.Respondent == Respondent.Candidate && i.State == InvitationState.Answered).Max(i => i.AnsweredAt),
            today, options, withJobs);

    public static CandidateDto AsDto(this VersionedCandidate file, IReadOnlyList<Job> jobs, DateTimeOffset? lastCheckIn,
        DateOnly today, CheckInOptions options, bool withJobs)
    {
        var c = file.Candidate;
        var r = c.CurrentReferral;
        return new CandidateDto(c.Id, c.LocalReference, c.CoachId, Status(c, jobs, today), c.Language, file.Email is not null,
            r.ReferralDate, r.EmployedAtReferral, r.DischargeDate, c.Referrals.Count, lastCheckIn,
            CheckInSchedule.NextDue(c, jobs, today, options), c.Cadence,
            withJobs ? jobs.OrderBy(j => j.StartDate).Select(AsDto).ToList() : null)
        {
            Education = [.. c.Education.Select(e => e.AsDto())],
        };
    }

    public static JobDto AsDto(this Job j) => new(j.Id, j.Employer, j.JobTitle, j.Sector, j.StartDate, j.ContractHoursPerWeek, j.Competitive,
        j.Kind, j.CountsAsJobStart, j.TrialEndDate, j.TrialGoals, j.Trial?.Outcome, j.EndDate, j.Ending?.Code, j.Adjustments, j.Disclosure,
        j.Supervisor.Consent, j.Supervisor.Name, j.Supervisor.Email is not null, j.Supervisor.CandidateFirstName)
    {
        TrialDecisionDate = j.Trial?.Date,
        TrialDecisionNote = j.Trial?.FreeText,
        EndReasonNote = j.Ending?.Note,
        Driegesprekken = j.Driegesprekken,
    };
}
