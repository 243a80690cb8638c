namespace IpsMonitor.Caseload;

/// <summary>
/// A person in IPS, known only by a system-generated pseudonymous id. Names, diagnoses and national ID numbers are never stored.
/// A candidate can be discharged and referred again later, so the trajectory is a list of referrals, oldest first.
/// </summary>
public sealed record Candidate(
    string Id,
    string ProgrammeId,
    string CoachId,
    string? LocalReference,
    string Language,
    IReadOnlyList<Referral> Referrals)
{
    public Referral CurrentReferral => Referrals[^1];

    /// <summary>The candidate's own check-in rhythm, if one was agreed; null follows the programme.</summary>
    public Cadence? Cadence { get; init; }

    public bool IsDischarged => CurrentReferral.DischargeDate is not null;

    /// <summary>Education (onderwijs) followed during IPS, oldest first: an outcome of IPS-O and IPS-A+O.</summary>
    public IReadOnlyList<Education> Education { get; init; } = [];

    /// <summary>Whether any referral of the candidate was open on some day between from and to (inclusive).</summary>
    public bool WasActiveBetween(DateOnly from, DateOnly to) =>
        Referrals.Any(r => r.ReferralDate <= to && (r.DischargeDate is null || r.DischargeDate >= from));
}

/// <summary>One trajectory: from referral (aanmelding) to discharge (uitstroom), if any.</summary>
/// <remarks>DischargeReason holds the catalogue name (<see cref="Caseload.DischargeReason"/>); free text on older rows.</remarks>
public sealed record Referral(DateOnly ReferralDate, bool EmployedAtReferral, DateOnly? DischargeDate, string? DischargeReason)
{
    /// <summary>The note beside the catalogue reason; null without one.</summary>
    public string? DischargeNote { get; init; }

    /// <summary>Why the trajectory ended, from the catalogue; older free text reads as "other" with the text as note.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Reason<DischargeReason>? Discharge => Reasons.Read<DischargeReason>(DischargeReason, DischargeNote);
}
