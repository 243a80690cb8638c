using IpsMonitor.Caseload;

namespace IpsMonitor.Workbooks;

/// <summary>
/// The loop figures of one quarter, in one pass over the candidates and their jobs (the recorded driegesprekken and the
/// adjustments' review history live on the job), the candidates' own goals and the quarter's logged contacts. The rules in words are in
/// <see cref="LoopDefinitions"/>; change both together.
/// </summary>
internal static class LoopCalculator
{
    /// <summary>Onboarding lasts the check-in schedule's default three months after a job start (CheckInOptions).</summary>
    public const int OnboardingMonths = 3;

    /// <summary>A driegesprek counts as recent within this many months before the quarter's end.</summary>
    public const int RecentMonths = 6;

    /// <param name="today">For a quarter not yet ended: review and due dates after today are not yet due. Null for a closed quarter.</param>
    public static LoopFigures Compute(
        CaseloadIndex index, Quarter quarter, IReadOnlyList<LoggedContact> contacts, IReadOnlyList<GoalFact> goals, DateOnly? today)
    {
        var end = quarter.End;
        var through = today is { } day && day < end ? day : end;
        var recentFrom = end.AddMonths(-RecentMonths);
        var contactsOf = contacts.Where(c => quarter.Contains(c.ContactedOn) && index.Contains(c.CandidateId))
            .ToLookup(c => c.CandidateId, StringComparer.Ordinal);
        var withActiveGoal = goals.Where(g => g.IsActiveOn(quarter.End)).Select(g => g.CandidateId).ToHashSet(StringComparer.Ordinal);
        var quarterDays = end.DayNumber - quarter.Start.DayNumber + 1;
        // A flag per day of the quarter, reused for every candidate, so overlapping jobs count a day once without a
        // set per candidate (thousands of candidates, eight quarters of trend).
        var worked = new bool[quarterDays];
        var first = quarter.Start.DayNumber;

        int pastOnboarding = 0, recentTalk = 0, active = 0, withGoal = 0, reviewsDue = 0, reviewedOnTime = 0;
        int agreementsDue = 0, agreementsOnTime = 0, contactsInWork = 0, inWork = 0, daysInWork = 0;
        foreach (var candidate in index.Ordered)
        {
            var jobs = index.JobsOf(candidate.Id);
            var isActive = OutcomeRules.IsActiveOn(candidate, end);
            var onboarded = false;
            var talkedRecently = false;
            var workDays = 0;
            foreach (var job in jobs)
            {
                var running = job.StartDate <= end && (job.EndDate is null || job.EndDate >= end);
                onboarded |= running && job.StartDate.AddMonths(OnboardingMonths) <= end;
                foreach (var talk in job.Driegesprekken)
                {
                    if (talk.Date > end)
                        continue;
                    talkedRecently |= talk.Date > recentFrom;
                    foreach (var agreement in talk.Agreements)
                        if (quarter.Contains(agreement.DueDate) && agreement.DueDate <= through)
                        {
                            agreementsDue++;
                            agreementsOnTime += agreement.DoneOn is { } done && done <= agreement.DueDate ? 1 : 0;
                        }
                }
                foreach (var adjustment in job.Adjustments)
                    (reviewsDue, reviewedOnTime) = Reviews(adjustment, quarter, through, reviewsDue, reviewedOnTime);
                if (OutcomeRules.IsCountingPlacement(job) && OutcomeRules.IsOpenDuring(job, quarter))
                {
                    var from = Math.Max(job.StartDate.DayNumber, quarter.Start.DayNumber);
                    var to = Math.Min(job.EndDate?.DayNumber ?? end.DayNumber, end.DayNumber);
                    for (var d = from; d <= to; d++)
                        if (!worked[d - first])
                            (worked[d - first], workDays) = (true, workDays + 1);
                }
            }

            if (isActive && onboarded)
            {
                pastOnboarding++;
                recentTalk += talkedRecently ? 1 : 0;
            }
            if (isActive)
            {
                active++;
                withGoal += withActiveGoal.Contains(candidate.Id) ? 1 : 0;
            }
            if (workDays > 0)
            {
                inWork++;
                daysInWork += workDays;
                // The contacts are of this quarter (filtered above), so each falls on a flag.
                foreach (var contact in contactsOf[candidate.Id])
                    contactsInWork += worked[contact.ContactedOn.DayNumber - first] ? 1 : 0;
                Array.Clear(worked);
            }
        }
        // A whole quarter in work is three months, whatever the quarter's length in days.
        var months = Math.Round(daysInWork * 3.0 / quarterDays, 4);
        return new LoopFigures(new Ratio(recentTalk, pastOnboarding), new Ratio(withGoal, active),
            new Ratio(reviewedOnTime, reviewsDue), new Ratio(agreementsOnTime, agreementsDue), contactsInWork, inWork, months);
    }

    /// <summary>
    /// Every review date of the adjustment that fell in the quarter (up to <paramref name="through"/>): the dates its
    /// decisions replaced, each on time when decided on or before it, and the review still to come, not yet decided.
    /// </summary>
    private static (int Due, int OnTime) Reviews(Adjustment adjustment, Quarter quarter, DateOnly through, int due, int onTime)
    {
        foreach (var decision in adjustment.Decisions)
            if (quarter.Contains(decision.PreviousReviewDate) && decision.PreviousReviewDate <= through)
            {
                due++;
                onTime += decision.Date <= decision.PreviousReviewDate ? 1 : 0;
            }
        if (adjustment.UnderReview && quarter.Contains(adjustment.ReviewDate) && adjustment.ReviewDate <= through
            && !adjustment.Decisions.Any(d => d.PreviousReviewDate == adjustment.ReviewDate))
            due++;
        return (due, onTime);
    }
}
