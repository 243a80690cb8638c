namespace IpsMonitor.CheckIns;

/// <summary>
/// Which check-ins are due for a candidate. Pure, so the daily timer, the caseload list and the tests agree.
/// In a job: every OnboardingWeeks during onboarding, then every RegularWeeks, counted from the job start, for the candidate
/// (by the newest current job) and (only with consent and a supervisor on record) the supervisor of each current job, by that
/// job's own start: with two jobs at once each supervisor gets their own check-in, bound to their job. Looking for work: every LookingWeeks from the referral
/// or the end of the last job. A candidate's own cadence, when agreed, replaces those intervals. The schedule never ends by
/// itself: IPS support is time-unlimited.
/// </summary>
internal static class CheckInSchedule
{
    public sealed record Due(Respondent Respondent, DateOnly DueDate, string? JobId)
    {
        /// <summary>
        /// Deterministic, so creating the same due check-in twice finds the first one. A supervisor's carries the job, so two
        /// jobs at once never share one.
        /// </summary>
        public string InvitationId => Respondent == Respondent.Candidate ? $"c-{DueDate:yyyyMMdd}" : $"s-{JobId}-{DueDate:yyyyMMdd}";
    }

    /// <summary>The latest due date on or before today, per respondent (and per job for supervisors), unless it is older than a link lives.</summary>
    public static IReadOnlyList<Due> DueOn(Candidate candidate, IReadOnlyList<Job> jobs, DateOnly today, CheckInOptions options)
    {
        var (dates, job) = Dates(candidate, jobs, today, options);
        var due = new List<Due>();
        if (Latest(dates, today, options) is { } date)
            due.Add(new Due(Respondent.Candidate, date, job?.Id));
        if (job is null)
            return due;
        foreach (var current in jobs.Where(j => j.SupervisorMayBeAskedOn(today)).OrderBy(j => j.StartDate))
            if (Latest(InWork(current.StartDate, candidate.Cadence, options), today, options) is { } supervisorDate)
                due.Add(new Due(Respondent.Supervisor, supervisorDate, current.Id));
        return due;
    }

    private static DateOnly? Latest(IEnumerable<DateOnly> dates, DateOnly today, CheckInOptions options) =>
        dates.TakeWhile(d => d <= today).Cast<DateOnly?>().LastOrDefault() is { } date && today.DayNumber - date.DayNumber < options.ExpiryDays ? date : null;

    /// <summary>The first due date after today, or null for a discharged candidate.</summary>
    public static DateOnly? NextDue(Candidate candidate, IReadOnlyList<Job> jobs, DateOnly today, CheckInOptions options) =>
        Dates(candidate, jobs, today, options).Dates.Cast<DateOnly?>().FirstOrDefault(d => d > today);

    private static (IEnumerable<DateOnly> Dates, Job? Job) Dates(Candidate candidate, IReadOnlyList<Job> jobs, DateOnly today, CheckInOptions options)
    {
        var referral = candidate.CurrentReferral;
        if (referral.DischargeDate is { } discharged && discharged <= today)
            return ([], null);

        var job = jobs.Where(j => j.IsOpenOn(today)).OrderByDescending(j => j.StartDate).FirstOrDefault();
        if (job is not null)
            return (InWork(job.StartDate, candidate.Cadence, options), job);

        var anchor = jobs.Where(j => j.EndDate is { } end && end < today && end > referral.ReferralDate)
            .Select(j => j.EndDate!.Value).DefaultIfEmpty(referral.ReferralDate).Max();
        return (Every(anchor, candidate.Cadence?.LookingWeeks ?? options.LookingWeeks), null);
    }

    private static IEnumerable<DateOnly> InWork(DateOnly start, Cadence? cadence, CheckInOptions options)
    {
        var onboardingEnd = start.AddMonths(options.OnboardingMonths);
        var date = start;
        foreach (var onboarding in Every(start, cadence?.OnboardingWeeks ?? options.OnboardingWeeks).TakeWhile(d => d <= onboardingEnd))
        {
            date = onboarding;
            yield return date;
        }
        foreach (var regular in Every(date, cadence?.RegularWeeks ?? options.RegularWeeks))
            yield return regular;
    }

    private static IEnumerable<DateOnly> Every(DateOnly anchor, int weeks)
    {
        for (var date = anchor.AddDays(7 * weeks); ; date = date.AddDays(7 * weeks))
            yield return date;
    }
}
