using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.DataRights;

/// <summary>
/// How long a discharged candidate's data is kept (setting Retention:MonthsAfterDischarge). The default of 24 months
/// gives a team two years to answer questions about a trajectory and to report it to funders; after that the nightly
/// run erases the candidate. A candidate referred again is not discharged, so nothing of theirs is erased.
/// </summary>
internal sealed class RetentionOptions
{
    [Range(1, 1200)]
    public int MonthsAfterDischarge { get; set; } = 24;

    /// <summary>The day the candidate is erased; null while they are in IPS.</summary>
    public DateOnly? ErasureDate(Caseload.Candidate candidate) =>
        candidate.CurrentReferral.DischargeDate is { } discharged ? discharged.AddMonths(MonthsAfterDischarge) : null;
}
