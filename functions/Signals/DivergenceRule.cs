using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// Candidate and supervisor rate the same dimension far apart. The latest candidate answer that has a supervisor answer
/// close enough in time is paired with the nearest one (the later on a tie); only that latest pair counts, so the signal
/// resolves as soon as a newer pair agrees. Fixed point distances are used rather than SEM-based ones: the two items are
/// answered by different people from different sides, so no single reliability describes their difference.
/// </summary>
internal static class DivergenceRule
{
    public static void Evaluate(SignalContext context, List<SignalFinding> findings)
    {
        // A withdrawn consent ends the supervisor's part: their earlier answers no longer call for a three-way meeting.
        if (context.PrimaryJob is not { } job || !job.Supervisor.Consent || context.SupervisorWindow.Count == 0)
            return;
        Compare(context, job, ItemIds.WorkAbility, ItemIds.SupervisorWorkAbility, context.Rules.DivergenceWorkAbilityPoints, "10", findings);
        Compare(context, job, ItemIds.Fit, ItemIds.SupervisorFit, context.Rules.DivergenceFitPoints, "5", findings);
    }

    private static void Compare(SignalContext context, Caseload.Job job, string candidateItem, string supervisorItem, double threshold, string scaleTop, List<SignalFinding> findings)
    {
        var maxDays = context.Rules.DivergenceMaxDaysApart;
        var candidates = context.CandidateWindow;
        var supervisors = context.SupervisorWindow;
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (!candidates[i].TryGet(candidateItem, out var mine))
                continue;
            var c = candidates[i];
            var best = -1;
            var bestDays = int.MaxValue;
            for (var j = 0; j < supervisors.Count; j++)
            {
                var days = Math.Abs(supervisors[j].Date.DayNumber - c.Date.DayNumber);
                if (days <= maxDays && days <= bestDays && supervisors[j].TryGet(supervisorItem, out _))
                {
                    best = j;
                    bestDays = days;
                }
            }
            if (best < 0)
                continue;

            var s = supervisors[best];
            s.TryGet(supervisorItem, out var theirs);
            if (Math.Abs(mine - theirs) < threshold)
                return;
            findings.Add(new SignalFinding(
                SignalTypes.PerspectivesDiverge,
                SignalSeverity.Attention,
                $"{SignalTypes.PerspectivesDiverge}:{job.Id}:{candidateItem}",
                $"De kandidaat en de leidinggevende zien {Say.ItemNl(candidateItem)} verschillend: {Say.NumberNl(mine)} en {Say.NumberNl(theirs)} van {scaleTop} ({Say.DateNl(c.Date)} en {Say.DateNl(s.Date)}); een driegesprek helpt om de beelden naast elkaar te leggen.",
                $"The candidate and the supervisor see {Say.ItemEn(candidateItem)} differently: {Say.NumberEn(mine)} and {Say.NumberEn(theirs)} out of {scaleTop} ({Say.DateEn(c.Date)} and {Say.DateEn(s.Date)}); a three-way meeting helps to put the views side by side.",
                [c.Evidence(candidateItem), s.Evidence(supervisorItem)],
                SignalRules.RuleVersion));
            return;
        }
    }
}
