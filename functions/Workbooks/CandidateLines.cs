namespace IpsMonitor.Workbooks;

/// <summary>One line per candidate active in the quarter, for the team's own (internal) workbook.</summary>
internal static class CandidateLines
{
    public static IReadOnlyList<CandidateLine> Compute(
        CaseloadIndex index, Quarter quarter, IReadOnlyDictionary<string, int> openSignalsAtEnd)
    {
        var lines = new List<CandidateLine>();
        foreach (var candidate in index.Ordered)
        {
            if (OutcomeRules.RelevantReferral(candidate, quarter) is not { } referral)
                continue;
            var jobs = index.JobsOf(candidate.Id);
            var firstReferral = index.FirstReferralOf(candidate.Id);
            var startsInQuarter = 0;
            DateOnly? latestStart = null;
            decimal? hoursAtEnd = null;
            bool working = false, otherPlacement = false;
            foreach (var job in jobs)
            {
                if (!OutcomeRules.IsCountingPlacement(job))
                    continue;
                var open = job.IsOpenOn(quarter.End);
                if (!job.Competitive)
                {
                    otherPlacement |= open;
                    continue;
                }
                if (OutcomeRules.IsStart(job, firstReferral) && job.StartDate <= quarter.End)
                {
                    startsInQuarter += quarter.Contains(job.StartDate) ? 1 : 0;
                    latestStart = latestStart is { } latest && latest >= job.StartDate ? latest : job.StartDate;
                }
                if (open)
                {
                    working = true;
                    hoursAtEnd = (hoursAtEnd ?? 0) + job.HoursOn(quarter.End);
                }
            }

            var status = !OutcomeRules.IsOpenOn(referral, quarter.End) ? CandidateStatus.Discharged
                : working ? CandidateStatus.Working
                : otherPlacement ? CandidateStatus.OtherPlacement
                : CandidateStatus.LookingForWork;
            var firstJob = index.FirstJobOf(candidate.Id) is { } first && first.StartDate <= quarter.End ? first : null;
            lines.Add(new CandidateLine(
                candidate.Id,
                candidate.CoachId,
                referral.ReferralDate,
                referral.EmployedAtReferral,
                referral.DischargeDate is { } discharge && discharge <= quarter.End ? discharge : null,
                status,
                firstJob?.StartDate,
                firstJob is null ? null : index.DaysToFirstJob(candidate),
                startsInQuarter,
                latestStart,
                hoursAtEnd,
                openSignalsAtEnd.GetValueOrDefault(candidate.Id)));
        }
        return lines;
    }
}
