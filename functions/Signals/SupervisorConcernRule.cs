using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// The supervisor raised something at their latest check-in for an open job: a concern to discuss with the coach, or an
/// agreed adjustment no longer fits (each adjustment rated on its own from version 3 of the check-in, all at once
/// before). Only the latest check-in counts, so a later check-in without either resolves it: the supervisor is the one
/// who says the worry is gone. The evidence names that check-in and what it raised, never the
/// comment; the coach reads the supervisor's own words on the candidate page.
/// </summary>
internal static class SupervisorConcernRule
{
    /// <summary>
    /// The option of <see cref="ItemIds.SupervisorAdjustmentsFit"/> and of <see cref="ItemIds.SupervisorAdjustmentFit"/> that
    /// says the adjustments, or the one adjustment, no longer fit.
    /// </summary>
    public const string NotFittingAnswer = "no";

    public static void Evaluate(SignalContext context, List<SignalFinding> findings)
    {
        foreach (var job in context.Jobs)
        {
            if (!context.IsRunning(job) || Latest(context, job) is not { } latest)
                continue;
            var concerns = latest.IsYes(ItemIds.SupervisorConcerns);
            var allNotFitting = IsNotFitting(latest);
            var notFitting = NotFitting(latest, job);
            if (!concerns && !allNotFitting && notFitting.Count == 0)
                continue;
            var evidence = new List<Evidence>(2 + notFitting.Count);
            if (concerns)
                evidence.Add(new Evidence(latest.Id, latest.Date, EvidenceItems.SupervisorConcern, EvidenceItems.RaisedConcerns));
            if (allNotFitting)
                evidence.Add(new Evidence(latest.Id, latest.Date, EvidenceItems.SupervisorConcern,
                    EvidenceItems.RaisedAdjustmentsNotFitting));
            foreach (var adjustment in notFitting)
                evidence.Add(new Evidence(latest.Id, latest.Date, EvidenceItems.AdjustmentNotFitting, $"{job.Id}/{adjustment.Id}"));
            findings.Add(new SignalFinding(
                SignalTypes.SupervisorConcern,
                SignalSeverity.Attention,
                $"{SignalTypes.SupervisorConcern}:{job.Id}",
                new SupervisorConcernFacts(latest.Date, concerns, allNotFitting || notFitting.Count > 0)
                {
                    NotFitting = [.. notFitting.Select(a => a.Kind)],
                },
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
        checkIn.Invitation.Answers.TryGetValue(ItemIds.SupervisorAdjustmentsFit, out var answer) && answer.Text == NotFittingAnswer;

    /// <summary>The job's adjustments the check-in rated "no longer fits", in the job's order.</summary>
    private static List<Adjustment> NotFitting(CheckIn checkIn, Job job)
    {
        var answers = checkIn.Invitation.Answers;
        return [.. job.Adjustments.Where(a => answers.TryGetValue(
            QuestionnaireDefinition.PerAdjustmentId(ItemIds.SupervisorAdjustmentFit, a.Id), out var answer) && answer.Text == NotFittingAnswer)];
    }
}
