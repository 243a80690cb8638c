namespace IpsMonitor.Workbooks;

/// <summary>
/// The date and counting rules every metric shares. MetricDefinitions states the same rules in words; change both together
/// and raise MetricDefinitions.DefinitionVersion.
/// </summary>
internal static class OutcomeRules
{
    public const int Weeks13InDays = 91;
    public const int Weeks26InDays = 182;
    public const decimal SubstantialHours = 20;

    /// <summary>A competitive job that is an employment outcome: at least 4 paid hours, by contract or confirmed.</summary>
    public static bool IsCountingCompetitive(Job job) => job.Competitive && job.CountsAsJobStart;

    /// <summary>A recorded placement that counts at all: every non-competitive one, and competitive ones of 4+ hours.</summary>
    public static bool IsCountingPlacement(Job job) => !job.Competitive || job.CountsAsJobStart;

    /// <summary>
    /// A placement started during IPS: on or after the candidate's first referral. A job held at referral is work the
    /// candidate brought in, not a start the programme achieved.
    /// </summary>
    public static bool IsStart(Job job, DateOnly firstReferral) => IsCountingPlacement(job) && job.StartDate >= firstReferral;

    public static bool IsOpenDuring(Job job, Quarter quarter) =>
        job.StartDate <= quarter.End && (job.EndDate is null || job.EndDate >= quarter.Start);

    public static bool IsOpenOn(Referral referral, DateOnly day) =>
        referral.ReferralDate <= day && (referral.DischargeDate is null || referral.DischargeDate >= day);

    public static bool IsOpenDuring(Referral referral, Quarter quarter) =>
        referral.ReferralDate <= quarter.End && (referral.DischargeDate is null || referral.DischargeDate >= quarter.Start);

    /// <summary>The latest referral open on some day of the quarter: the one whose employment status at referral counts.</summary>
    public static Referral? RelevantReferral(Candidate candidate, Quarter quarter)
    {
        Referral? relevant = null;
        foreach (var referral in candidate.Referrals)
            if (IsOpenDuring(referral, quarter) && (relevant is null || referral.ReferralDate >= relevant.ReferralDate))
                relevant = referral;
        return relevant;
    }

    /// <summary>The latest referral on or before a day: the trajectory a job start belongs to.</summary>
    public static Referral? ReferralBefore(Candidate candidate, DateOnly day)
    {
        Referral? found = null;
        foreach (var referral in candidate.Referrals)
            if (referral.ReferralDate <= day && (found is null || referral.ReferralDate >= found.ReferralDate))
                found = referral;
        return found;
    }

    public static bool IsActiveOn(Candidate candidate, DateOnly day)
    {
        foreach (var referral in candidate.Referrals)
            if (IsOpenOn(referral, day))
                return true;
        return false;
    }

    /// <summary>
    /// Whether a job reached its mark (start + days) in the quarter, and if so whether it was still open then. Before the
    /// quarter's end only marks on or before today are reached: a job at 12 weeks today is not yet a 13-week job.
    /// </summary>
    public static (bool Due, bool Sustained) Sustained(Job job, int days, Quarter quarter, DateOnly? today = null)
    {
        var mark = job.StartDate.AddDays(days);
        var reached = quarter.Contains(mark) && (today is null || mark <= today);
        return reached ? (true, job.EndDate is null || job.EndDate >= mark) : (false, false);
    }
}
