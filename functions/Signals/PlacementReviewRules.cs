namespace IpsMonitor.Signals;

/// <summary>
/// Agreements about a placement that have run past their date: a trial placement without a follow-up decision, and
/// workplace adjustments past their review date. "Past" means the day after the agreed date.
/// </summary>
internal static class PlacementReviewRules
{
    public static void Evaluate(SignalContext context, List<SignalFinding> findings)
    {
        foreach (var job in context.Jobs)
        {
            TrialPastEnd(context, job, findings);
            if (context.IsRunning(job))
                AdjustmentReviewDue(context, job, findings);
        }
    }

    /// <summary>
    /// Holds until a decision is recorded or the placement ends: its end, with its reason, is the outcome the candidate
    /// hears, and a signal about a placement that is over would ask for a decision nobody can take any more.
    /// </summary>
    private static void TrialPastEnd(SignalContext context, Job job, List<SignalFinding> findings)
    {
        if (job.Kind != PlacementKind.Proefplaatsing || job.TrialEndDate is not { } trialEnd || trialEnd >= context.Date
            || !string.IsNullOrWhiteSpace(job.TrialDecision) || !context.IsRunning(job))
            return;
        var days = context.Date.DayNumber - trialEnd.DayNumber;
        findings.Add(new SignalFinding(
            SignalTypes.TimelineTrialPastEnd,
            SignalSeverity.Attention,
            $"{SignalTypes.TimelineTrialPastEnd}:{job.Id}",
            new TrialPastEndFacts(trialEnd, days),
            [new Evidence(null, trialEnd, EvidenceItems.TrialEnd, job.Id)],
            SignalRules.RuleVersion));
    }

    /// <summary>
    /// One finding per job listing every adjustment under review (active or extended) past its review date, so a review
    /// talk covers them all. A decision (keep, extend to a later date, reverse) takes the adjustment off the list.
    /// </summary>
    private static void AdjustmentReviewDue(SignalContext context, Job job, List<SignalFinding> findings)
    {
        List<Adjustment>? due = null;
        foreach (var stored in job.Adjustments)
        {
            // As it stood on the evaluated day, so a replay of the past sees the review dates of then.
            var adjustment = stored.AsOf(context.Date);
            if (adjustment.UnderReview && adjustment.StartDate <= context.Date && adjustment.ReviewDate < context.Date)
                (due ??= []).Add(adjustment);
        }
        if (due is null)
            return;

        due.Sort(static (a, b) =>
            a.ReviewDate != b.ReviewDate ? a.ReviewDate.CompareTo(b.ReviewDate) : a.Kind.CompareTo(b.Kind));
        var kinds = new List<AdjustmentKind>(due.Count);
        var evidence = new List<Evidence>(due.Count);
        foreach (var adjustment in due)
        {
            kinds.Add(adjustment.Kind);
            evidence.Add(new Evidence(null, adjustment.ReviewDate, EvidenceItems.AdjustmentReview, adjustment.Kind.ToString()));
        }
        findings.Add(new SignalFinding(
            SignalTypes.TimelineAdjustmentReviewDue,
            SignalSeverity.Info,
            $"{SignalTypes.TimelineAdjustmentReviewDue}:{job.Id}",
            new AdjustmentReviewFacts(kinds, due[0].ReviewDate),
            evidence,
            SignalRules.RuleVersion));
    }
}
