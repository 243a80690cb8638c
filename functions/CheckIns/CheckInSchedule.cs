using IpsMonitor.Caseload;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Which check-ins are due for a candidate on a given day. Pure, so the daily timer and the tests agree.
/// In a job: every OnboardingWeeks during onboarding, then every RegularWeeks, counted from the job start, for the
/// candidate and (only with consent and a supervisor on record) the supervisor. Looking for work: every LookingWeeks from
/// the referral or the end of the last job. The schedule never ends by itself: IPS support is time-unlimited.
/// </summary>
internal static class CheckInSchedule
{
    public sealed record Due(Respondent Respondent, DateOnly DueDate, string? JobId)
    {
        /// <summary>Deterministic, so creating the same due check-in twice finds the first one.</summary>
        public string InvitationId => $"{(Respondent == Respondent.Candidate ? "c" : "s")}-{DueDate:yyyyMMdd}";
    }

    /// <summary>The latest due date on or before today per respondent, if it is not older than the link would live.</summary>
    public static IReadOnlyList<Due> DueOn(Candidate candidate, IReadOnlyList<Job> jobs, DateOnly today, CheckInOptions options)
    {
        var referral = candidate.CurrentReferral;
        if (referral.DischargeDate is { } discharged && discharged <= today || referral.ReferralDate > today)
            return [];

        var job = jobs.Where(j => j.IsOpenOn(today)).OrderByDescending(j => j.StartDate).FirstOrDefault();
        var due = new List<Due>();
        if (job is not null)
        {
            if (LatestInWork(job.StartDate, today, options) is { } date && Fresh(date, today, options))
            {
                due.Add(new Due(Respondent.Candidate, date, job.Id));
                if (job.Supervisor.CanBeInvited)
                    due.Add(new Due(Respondent.Supervisor, date, job.Id));
            }
            return due;
        }

        var lastEnd = jobs.Where(j => j.EndDate is { } end && end < today).Select(j => j.EndDate!.Value).DefaultIfEmpty(referral.ReferralDate).Max();
        var anchor = lastEnd > referral.ReferralDate ? lastEnd : referral.ReferralDate;
        var periods = (today.DayNumber - anchor.DayNumber) / (7 * options.LookingWeeks);
        if (periods >= 1)
        {
            var date = anchor.AddDays(periods * 7 * options.LookingWeeks);
            if (Fresh(date, today, options))
                due.Add(new Due(Respondent.Candidate, date, null));
        }
        return due;
    }

    private static DateOnly? LatestInWork(DateOnly start, DateOnly today, CheckInOptions options)
    {
        var onboardingEnd = start.AddMonths(options.OnboardingMonths);
        DateOnly? latest = null;
        var date = start.AddDays(7 * options.OnboardingWeeks);
        // Onboarding dates up to the end of onboarding, then the regular cadence from the last onboarding date.
        while (date <= onboardingEnd && date <= today)
        {
            latest = date;
            date = date.AddDays(7 * options.OnboardingWeeks);
        }
        if (date <= onboardingEnd)
            return latest;
        var from = latest ?? start;
        var periods = (today.DayNumber - from.DayNumber) / (7 * options.RegularWeeks);
        return periods >= 1 ? from.AddDays(periods * 7 * options.RegularWeeks) : latest;
    }

    private static bool Fresh(DateOnly due, DateOnly today, CheckInOptions options) =>
        today.DayNumber - due.DayNumber < options.ExpiryDays;
}
