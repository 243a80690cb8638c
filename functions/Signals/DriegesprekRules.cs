namespace IpsMonitor.Signals;

/// <summary>
/// The follow-up of a recorded driegesprek about a running job: an agreement past its due date and not done, and a
/// planned next driegesprek whose day has passed with no newer talk recorded. Both resolve when the condition clears
/// (marked done, a talk recorded) or the job ends. Only talks recorded on or before the evaluated day count.
/// </summary>
internal static class DriegesprekRules
{
    public static void Evaluate(SignalContext context, List<SignalFinding> findings)
    {
        foreach (var job in context.Jobs)
        {
            if (!context.IsRunning(job) || job.Driegesprekken.Count == 0)
                continue;
            AgreementOverdue(context, job, findings);
            DriegesprekOverdue(context, job, findings);
        }
    }

    /// <summary>The latest talk recorded on or before the day, or null.</summary>
    public static Driegesprek? LastTalk(Job job, DateOnly day)
    {
        Driegesprek? last = null;
        foreach (var talk in job.Driegesprekken)
            if (talk.Date <= day && (last is null || talk.Date >= last.Date))
                last = talk;
        return last;
    }

    /// <summary>
    /// Whether an hours build-up recorded in a talk still runs on the day: its target date has not passed. The hours gap
    /// then is the plan's to close, so the hours-gap rule holds back until (and on) that date.
    /// </summary>
    public static bool PlansHours(Job job, DateOnly day)
    {
        foreach (var talk in job.Driegesprekken)
            if (talk.Date <= day && talk.Hours is { } plan && day <= plan.By)
                return true;
        return false;
    }

    /// <summary>The last talk on or after <paramref name="from"/> (and on or before the day) that added tasks, or null.</summary>
    public static DateOnly? TaskGrowth(Job job, DateOnly from, DateOnly day)
    {
        DateOnly? last = null;
        foreach (var talk in job.Driegesprekken)
            if (talk.AddsTasks && talk.Date >= from && talk.Date <= day && (last is null || talk.Date > last))
                last = talk.Date;
        return last;
    }

    private static void AgreementOverdue(SignalContext context, Job job, List<SignalFinding> findings)
    {
        List<Evidence>? evidence = null;
        DateOnly earliest = default;
        foreach (var talk in job.Driegesprekken)
        {
            if (talk.Date > context.Date)
                continue;
            foreach (var agreement in talk.Agreements)
            {
                if (agreement.StateOn(context.Date) != AgreementState.Overdue)
                    continue;
                evidence ??= new List<Evidence>(2);
                evidence.Add(new Evidence(null, agreement.DueDate, EvidenceItems.Agreement, job.Id + "/" + agreement.Id));
                if (evidence.Count == 1 || agreement.DueDate < earliest)
                    earliest = agreement.DueDate;
            }
        }
        if (evidence is null)
            return;
        findings.Add(new SignalFinding(
            SignalTypes.AgreementOverdue,
            SignalSeverity.Attention,
            $"{SignalTypes.AgreementOverdue}:{job.Id}",
            new AgreementOverdueFacts(evidence.Count, earliest),
            evidence,
            SignalRules.RuleVersion));
    }

    private static void DriegesprekOverdue(SignalContext context, Job job, List<SignalFinding> findings)
    {
        if (LastTalk(job, context.Date) is not { } last || last.NextDate >= context.Date)
            return;
        findings.Add(new SignalFinding(
            SignalTypes.DriegesprekOverdue,
            SignalSeverity.Attention,
            $"{SignalTypes.DriegesprekOverdue}:{job.Id}",
            new DriegesprekOverdueFacts(last.NextDate, last.Date),
            [new Evidence(null, last.NextDate, EvidenceItems.NextDriegesprek, job.Id)],
            SignalRules.RuleVersion));
    }
}
