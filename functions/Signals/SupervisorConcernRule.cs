using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// The supervisor raised something at their latest check-in for an open job: a concern to discuss with the coach, or the
/// agreed adjustments no longer fit. Only the latest check-in counts, so a later check-in without either resolves it: the
/// supervisor is the one who says the worry is gone. The evidence names that check-in and what it raised, never the
/// comment; the coach reads the supervisor's own words on the candidate page.
/// </summary>
internal static class SupervisorConcernRule
{
    /// <summary>The option of <see cref="ItemIds.SupervisorAdjustmentsFit"/> that says the adjustments no longer fit.</summary>
    public const string NotFitting = "no";

    public static void Evaluate(SignalContext context, List<SignalFinding> findings)
    {
        foreach (var job in context.Jobs)
        {
            if (!context.IsRunning(job) || Latest(context, job) is not { } latest)
                continue;
            var concerns = latest.IsYes(ItemIds.SupervisorConcerns);
            var notFitting = IsNotFitting(latest);
            if (!concerns && !notFitting)
                continue;
            var evidence = new List<Evidence>(2);
            if (concerns)
                evidence.Add(new Evidence(latest.Id, latest.Date, EvidenceItems.SupervisorConcern, EvidenceItems.RaisedConcerns));
            if (notFitting)
                evidence.Add(new Evidence(latest.Id, latest.Date, EvidenceItems.SupervisorConcern,
                    EvidenceItems.RaisedAdjustmentsNotFitting));
            findings.Add(new SignalFinding(
                SignalTypes.SupervisorConcern,
                SignalSeverity.Attention,
                $"{SignalTypes.SupervisorConcern}:{job.Id}",
                new SupervisorConcernFacts(latest.Date, concerns, notFitting),
                evidence,
                SignalRules.RuleVersion));
        }
    }

    private static CheckIn? Latest(SignalContext context, Job job)
    {
        CheckIn? latest = null;
        foreach (var checkIn in context.CheckIns)
            if (checkIn.Invitation.Respondent == Respondent.Supervisor && SignalContext.BelongsTo(checkIn, job))
                latest = checkIn;
        return latest;
    }

    private static bool IsNotFitting(CheckIn checkIn) =>
        checkIn.Invitation.Answers.TryGetValue(ItemIds.SupervisorAdjustmentsFit, out var answer) && answer.Text == NotFitting;
}
