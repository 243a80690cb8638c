namespace IpsMonitor.Workbooks;

/// <summary>The programme-wide outcome figures of one quarter, in one pass over the candidates and their jobs.</summary>
internal static class OutcomeCalculator
{
    public static OutcomeFigures Compute(CaseloadIndex index, Quarter quarter)
    {
        int referrals = 0, employedAtReferral = 0, active = 0, worked = 0, outOfWork = 0, outOfWorkWorked = 0;
        int firstStarts = 0, starts = 0, endings = 0, otherStarts = 0, otherEndings = 0;
        int due13 = 0, sustained13 = 0, due26 = 0, sustained26 = 0, substantial = 0;
        var daysToFirstJob = new List<decimal>();
        var hoursAtEnd = new List<decimal>();

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
            foreach (var job in index.JobsOf(candidate.Id))
            {
                if (!OutcomeRules.IsCountingPlacement(job))
                    continue;
                var start = OutcomeRules.IsStart(job, firstReferral);
                var ended = job.EndDate is { } end && quarter.Contains(end);
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
                    hoursAtEnd.Add(job.ContractHoursPerWeek);
                    substantial += job.ContractHoursPerWeek >= OutcomeRules.SubstantialHours ? 1 : 0;
                }

                if (!start)
                    continue;
                var (isDue13, kept13) = OutcomeRules.Sustained(job, OutcomeRules.Weeks13InDays, quarter);
                var (isDue26, kept26) = OutcomeRules.Sustained(job, OutcomeRules.Weeks26InDays, quarter);
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
            new Ratio(substantial, hoursAtEnd.Count),
            Distribution.Of(hoursAtEnd));
    }
}
