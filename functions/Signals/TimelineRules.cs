using System.Globalization;

namespace IpsMonitor.Signals;

/// <summary>
/// The IPS timeline around job starts and ends: no job for a long time, a job that just ended, and a job without any
/// check-in. Only jobs of at least 4 paid hours count as a job (the IPS job-start definition).
/// </summary>
internal static class TimelineRules
{
    public static void Evaluate(SignalContext context, List<SignalFinding> findings)
    {
        NoJobStart(context, findings);
        JobEnded(context, findings);
        NoCheckInSinceStart(context, findings);
    }

    /// <summary>
    /// No job for months, counted from the referral or, after a job, from its end: time-unlimited support keeps the job
    /// search going. Any placement open today holds it back, since a placement has its own check-ins and trial rules.
    /// </summary>
    private static void NoJobStart(SignalContext context, List<SignalFinding> findings)
    {
        var rules = context.Rules;
        var from = context.Referral.ReferralDate;
        var afterJob = false;
        foreach (var job in context.Jobs)
        {
            if (!job.CountsAsJobStart)
                continue;
            if (context.IsRunning(job))
                return;
            if (job.EndDate is { } end && end > from)
            {
                from = end;
                afterJob = true;
            }
        }
        var months = SignalContext.WholeMonths(from, context.Date);
        if (months < rules.NoJobStartMonths)
            return;

        var severity = months >= rules.NoJobStartUrgentMonths ? SignalSeverity.Urgent : SignalSeverity.Attention;
        var evidence = new Evidence(null, from, afterJob ? EvidenceItems.JobEnd : EvidenceItems.Referral,
            from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        findings.Add(new SignalFinding(SignalTypes.TimelineNoJobStart, severity, SignalTypes.TimelineNoJobStart,
            new NoJobStartFacts(afterJob, months, from), [evidence], SignalRules.RuleVersion));
    }

    /// <summary>
    /// A job ended: the coach makes contact within days. The data hold no record of that contact, so the signal stays open
    /// until a later candidate check-in or a new job shows there is contact, or until the set number of days has passed.
    /// </summary>
    private static void JobEnded(SignalContext context, List<SignalFinding> findings)
    {
        var rules = context.Rules;
        foreach (var job in context.Jobs)
        {
            if (job.EndDate is not { } end || end > context.Date
                || context.Date.DayNumber - end.DayNumber > rules.JobEndedOpenDays)
                continue;
            if (HasContactAfter(context, job, end))
                continue;
            findings.Add(new SignalFinding(
                SignalTypes.TimelineJobEndedContact,
                SignalSeverity.Urgent,
                $"{SignalTypes.TimelineJobEndedContact}:{job.Id}",
                new JobEndedFacts(end, end.AddDays(rules.JobEndedContactDays)),
                [new Evidence(null, end, EvidenceItems.JobEnd, job.Id)],
                SignalRules.RuleVersion));
        }
    }

    private static bool HasContactAfter(SignalContext context, Caseload.Job ended, DateOnly end)
    {
        foreach (var job in context.Jobs)
            if (!ReferenceEquals(job, ended) && job.StartDate >= end)
                return true;
        foreach (var checkIn in context.CheckIns)
            if (checkIn.Date > end && checkIn.Invitation.Respondent == CheckIns.Respondent.Candidate)
                return true;
        return false;
    }

    /// <summary>
    /// An open job with no answered check-in at all since its start (or since the referral, for a job held before it).
    /// </summary>
    private static void NoCheckInSinceStart(SignalContext context, List<SignalFinding> findings)
    {
        var rules = context.Rules;
        foreach (var job in context.Jobs)
        {
            if (!context.IsRunning(job))
                continue;
            var start = job.StartDate > context.Referral.ReferralDate ? job.StartDate : context.Referral.ReferralDate;
            var days = context.Date.DayNumber - start.DayNumber;
            if (days < rules.NoCheckInSinceStartWeeks * 7)
                continue;
            var answered = false;
            foreach (var checkIn in context.CheckIns)
                if (checkIn.Date >= start && SignalContext.BelongsTo(checkIn, job))
                {
                    answered = true;
                    break;
                }
            if (answered)
                continue;
            findings.Add(new SignalFinding(
                SignalTypes.TimelineNoCheckInSinceStart,
                SignalSeverity.Attention,
                $"{SignalTypes.TimelineNoCheckInSinceStart}:{job.Id}",
                new NoCheckInSinceStartFacts(start, days / 7),
                [new Evidence(null, job.StartDate, EvidenceItems.JobStart, job.Id)],
                SignalRules.RuleVersion));
        }
    }
}
