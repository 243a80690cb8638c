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
        NoContact(context, findings);
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
    /// A job ended: the coach makes contact within days. The signal stays open until a contact with the candidate is logged
    /// on or after the end day, a later candidate check-in or a new job shows there is contact, or the set number of days
    /// has passed.
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
        if (context.LastCandidateContact >= end)
            return true;
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

    /// <summary>
    /// No logged contact with the candidate for weeks while a job runs in its first year: IPS fidelity expects contact at
    /// least monthly then. Counted from the latest contact, or from the start of the latest such job when none was logged
    /// since; one signal per candidate, keyed by that job so its end resolves it as the job's.
    /// </summary>
    private static void NoContact(SignalContext context, List<SignalFinding> findings)
    {
        Caseload.Job? latest = null;
        foreach (var job in context.Jobs)
            if (job.CountsAsJobStart && context.IsRunning(job) && job.StartDate.AddYears(1) > context.Date)
                latest = job;
        if (latest is null)
            return;
        var afterContact = context.LastCandidateContact >= latest.StartDate;
        var since = afterContact && context.LastCandidateContact is { } contacted ? contacted : latest.StartDate;
        var days = context.Date.DayNumber - since.DayNumber;
        if (days < context.Rules.NoContactWeeks * 7)
            return;
        var evidence = afterContact
            ? new Evidence(null, since, EvidenceItems.Contact, "candidate")
            : new Evidence(null, latest.StartDate, EvidenceItems.JobStart, latest.Id);
        findings.Add(new SignalFinding(
            SignalTypes.TimelineNoContact,
            SignalSeverity.Attention,
            $"{SignalTypes.TimelineNoContact}:{latest.Id}",
            new NoContactFacts(since, days / 7, afterContact),
            [evidence],
            SignalRules.RuleVersion));
    }
}
