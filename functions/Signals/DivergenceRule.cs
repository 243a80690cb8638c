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
    public static void Evaluate(SignalContext context, Job job, List<SignalFinding> findings)
    {
        // A withdrawn consent ends the supervisor's part: their earlier answers no longer call for a three-way meeting.
        if (!job.Supervisor.Consent || context.SupervisorWindow.Count == 0)
            return;
        var rules = context.Rules;
        Compare(context, job, (ItemIds.WorkAbility, ItemIds.SupervisorWorkAbility, 10), rules.DivergenceWorkAbilityPoints, findings);
        Compare(context, job, (ItemIds.Fit, ItemIds.SupervisorFit, 5), rules.DivergenceFitPoints, findings);
    }

    private static void Compare(SignalContext context, Caseload.Job job,
        (string Candidate, string Supervisor, int ScaleTop) items, double threshold, List<SignalFinding> findings)
    {
        var (candidateItem, supervisorItem, scaleTop) = items;
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
                new DivergenceFacts(candidateItem, mine, theirs, scaleTop, c.Date, s.Date),
                [c.Evidence(candidateItem), s.Evidence(supervisorItem)],
                SignalRules.RuleVersion));
            return;
        }
    }
}
