using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// Computes every signal that holds for one candidate on one day. Pure: no storage, no clock; the same history, scales,
/// rules and date always give the same findings in the same order (by key). Only what was known on the evaluation date
/// counts, so replaying a history day by day shows what a coach would have seen then.
/// </summary>
public static class SignalEvaluator
{
    public static IReadOnlyList<SignalFinding> Evaluate(
        CandidateHistory history,
        IReadOnlyDictionary<string, ScaleStatistics> scales,
        SignalRules rules,
        DateOnly evaluationDate)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(rules);

        // No active referral, or discharged: IPS support has ended, so there is nothing to advise on.
        if (SignalContext.Create(history, scales, rules, evaluationDate) is not { } context)
            return [];

        var findings = new List<SignalFinding>();
        // The trend rules weigh the candidate's current job; without one they have nothing to look at.
        if (context.PrimaryJob is { } job)
        {
            DevelopmentStagnationRule.Evaluate(context, job, findings);
            DeclineRule.Evaluate(context, job, findings);
            HoursGapRule.Evaluate(context, job, findings);
            OverloadRule.Evaluate(context, job, findings);
            DivergenceRule.Evaluate(context, job, findings);
        }
        NoResponseRule.Evaluate(context, findings);
        TimelineRules.Evaluate(context, findings);
        PlacementReviewRules.Evaluate(context, findings);
        SupervisorConcernRule.Evaluate(context, findings);
        DriegesprekRules.Evaluate(context, findings);
        findings.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return findings;
    }
}
