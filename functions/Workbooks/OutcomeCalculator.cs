namespace IpsMonitor.Workbooks;

/// <summary>The programme-wide outcome figures of one quarter, in one pass over the candidates and their jobs.</summary>
internal static class OutcomeCalculator
{
    /// <param name="today">The day of the computation for a quarter that may not have ended (milestones after it are not
    /// reached yet); null for a closed quarter.</param>
    public static OutcomeFigures Compute(CaseloadIndex index, Quarter quarter, DateOnly? today)
    {
        int referrals = 0, employedAtReferral = 0, active = 0, worked = 0, outOfWork = 0, outOfWorkWorked = 0;
        int firstStarts = 0, starts = 0, endings = 0, otherStarts = 0, otherEndings = 0;
        int due13 = 0, sustained13 = 0, due26 = 0, sustained26 = 0, substantial = 0;
        var daysToFirstJob = new List<decimal>();
        var hoursAtEnd = new List<decimal>();
        var personHours = new List<decimal>();
        int doelgroepbaanStarts = 0;

        foreach (var candidate in index.Ordered)
        {
            foreach (var referral in candidate.Referrals)
                if (quarter.Contains(referral.ReferralDate))
                {
                    referrals++;
                    if (referral.EmployedAtReferral)
                        employedAtReferral++;
                }

            var firstReferral = index.FirstReferralOf(candidate.Id);
            var workedInQuarter = false;
            decimal? hoursOfPerson = null;
            foreach (var job in index.JobsOf(candidate.Id))
            {
                if (!OutcomeRules.IsCountingPlacement(job))
                    continue;
                var start = OutcomeRules.IsStart(job, firstReferral);
                var ended = job.EndDate is { } end && quarter.Contains(end);
                if (job.Kind == Caseload.PlacementKind.Doelgroepbaan && start && quarter.Contains(job.StartDate))
                    doelgroepbaanStarts++;
                if (!job.Competitive)
                {
                    otherStarts += start && quarter.Contains(job.StartDate) ? 1 : 0;
                    otherEndings += ended ? 1 : 0;
                    continue;
                }

                workedInQuarter |= OutcomeRules.IsOpenDuring(job, quarter);
                starts += start && quarter.Contains(job.StartDate) ? 1 : 0;
                endings += ended ? 1 : 0;
                if (job.IsOpenOn(quarter.End))
                {
                    var hours = job.HoursOn(quarter.End);
                    hoursAtEnd.Add(hours);
                    substantial += hours >= OutcomeRules.SubstantialHours ? 1 : 0;
                    hoursOfPerson = (hoursOfPerson ?? 0) + hours;
                }

                if (!start)
                    continue;
                var (isDue13, kept13) = OutcomeRules.Sustained(job, OutcomeRules.Weeks13InDays, quarter, today);
                var (isDue26, kept26) = OutcomeRules.Sustained(job, OutcomeRules.Weeks26InDays, quarter, today);
                due13 += isDue13 ? 1 : 0;
                sustained13 += kept13 ? 1 : 0;
                due26 += isDue26 ? 1 : 0;
                sustained26 += kept26 ? 1 : 0;
            }

            if (index.FirstJobOf(candidate.Id) is { } firstJob && quarter.Contains(firstJob.StartDate))
            {
                firstStarts++;
                if (index.DaysToFirstJob(candidate) is { } days)
                    daysToFirstJob.Add(days);
            }

            // Per person: the running competitive jobs summed, for people in the caseload on the last day.
            if (hoursOfPerson is { } sum && OutcomeRules.IsActiveOn(candidate, quarter.End))
                personHours.Add(sum);

            if (OutcomeRules.RelevantReferral(candidate, quarter) is not { } relevant)
                continue;
            active++;
            worked += workedInQuarter ? 1 : 0;
            if (!relevant.EmployedAtReferral)
            {
                outOfWork++;
                outOfWorkWorked += workedInQuarter ? 1 : 0;
            }
        }

        return new OutcomeFigures(
            quarter,
            referrals,
            employedAtReferral,
            active,
            worked,
            new Ratio(outOfWorkWorked, outOfWork),
            firstStarts,
            Distribution.Of(daysToFirstJob),
            starts,
            endings,
            otherStarts,
            otherEndings,
            new Ratio(sustained13, due13),
            new Ratio(sustained26, due26),
            new Ratio(personHours.Count(h => h >= OutcomeRules.SubstantialHours), personHours.Count),
            Distribution.Of(personHours))
        {
            Jobs20HoursOrMore = new Ratio(substantial, hoursAtEnd.Count),
            JobWeeklyHours = Distribution.Of(hoursAtEnd),
            DoelgroepbaanStarts = doelgroepbaanStarts,
            Progress = ProgressCalculator.Compute(index, quarter),
        };
    }
}
