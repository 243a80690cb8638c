using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// The core signal: after onboarding, no growth in task scope and no reliable growth in work ability over the recent window,
/// from the candidate's side nor the supervisor's, while the candidate's own answers say they want more than the job gives.
/// Task scope grows when any check-in in the window says yes to new tasks, learned something new or task package grown,
/// or a driegesprek in the window recorded new tasks.
/// Work ability grows reliably when the first-to-latest change in the window is a reliable change (RCI) or the Theil–Sen
/// lower bound is above zero; either perspective is enough to hold the signal back.
/// </summary>
internal static class DevelopmentStagnationRule
{
    public static void Evaluate(SignalContext context, Job job, List<SignalFinding> findings)
    {
        var rules = context.Rules;
        var onboardingEnd = context.OnboardingEnd(job);
        if (context.Date < onboardingEnd)
            return;

        var candidate = After(context.CandidateWindow, onboardingEnd);
        var supervisor = After(context.SupervisorWindow, onboardingEnd);
        if (candidate.Count == 0)
            return; // ambition is the candidate's own answer; without one in the window there is nothing to weigh
        var first = supervisor.Count > 0 && supervisor[0].Date < candidate[0].Date ? supervisor[0].Date : candidate[0].Date;
        var last = supervisor.Count > 0 && supervisor[^1].Date > candidate[^1].Date ? supervisor[^1].Date : candidate[^1].Date;
        if (!context.IsEnoughForTrend(candidate.Count + supervisor.Count, first, last))
            return;

        if (AnyYes(candidate, ItemIds.NewTasks) || AnyYes(candidate, ItemIds.LearnedNew)
            || AnyYes(supervisor, ItemIds.SupervisorTaskGrowth))
            return;
        // New tasks agreed in a driegesprek in the window are task growth, recorded by the three together.
        if (DriegesprekRules.TaskGrowth(job, context.WindowStart > onboardingEnd ? context.WindowStart : onboardingEnd, context.Date) is not null)
            return;
        if (Trend.GrowsReliably(context, candidate, ItemIds.WorkAbility)
            || Trend.GrowsReliably(context, supervisor, ItemIds.SupervisorWorkAbility))
            return;

        var latest = candidate[^1];
        var evidence = new List<Evidence>();
        var wantsChallenge = latest.IsYes(ItemIds.WantsChallenge);
        if (wantsChallenge)
            evidence.Add(latest.Evidence(ItemIds.WantsChallenge));
        double? desiredHours = null, actualHours = null;
        if (latest.TryGet(ItemIds.DesiredHours, out var desired) && latest.TryGetActualHours(out var actual, out var actualItem)
            && desired - actual >= rules.AmbitionHoursMargin)
        {
            (desiredHours, actualHours) = (desired, actual);
            evidence.Add(latest.Evidence(ItemIds.DesiredHours));
            evidence.Add(latest.Evidence(actualItem));
        }
        double? lowFit = null;
        if (latest.TryGet(ItemIds.Fit, out var fit) && fit <= rules.LowFit)
        {
            lowFit = fit;
            evidence.Add(latest.Evidence(ItemIds.Fit));
        }
        var noGoals = latest.IsNo(ItemIds.HasGoals);
        if (noGoals)
            evidence.Add(latest.Evidence(ItemIds.HasGoals));
        if (evidence.Count == 0)
            return;
        // The supervisor seeing room for more while the candidate wants more is a reason to talk together; it only ever
        // joins the candidate's own reasons, so it never opens the signal by itself.
        var ready = wantsChallenge || desiredHours is not null ? ReadyForMore(supervisor) : null;
        if (ready is { } r)
            evidence.Add(r.Evidence(ItemIds.SupervisorReadyForMore));

        foreach (var checkIn in candidate)
            AddIfAnswered(evidence, checkIn, ItemIds.NewTasks, ItemIds.LearnedNew, ItemIds.WorkAbility);
        foreach (var checkIn in supervisor)
            AddIfAnswered(evidence, checkIn, ItemIds.SupervisorTaskGrowth, ItemIds.SupervisorWorkAbility);

        var since = LastGrowth(context, job) is { } growth && growth > onboardingEnd ? growth : onboardingEnd;
        var months = Math.Max(1, SignalContext.WholeMonths(since, context.Date));
        findings.Add(new SignalFinding(
            SignalTypes.DevelopmentStagnation,
            SignalSeverity.Attention,
            $"{SignalTypes.DevelopmentStagnation}:{job.Id}",
            new StagnationFacts(months, wantsChallenge, desiredHours, actualHours, lowFit, noGoals)
            {
                SupervisorReady = ready?.Invitation.Answers[ItemIds.SupervisorReadyForMore].Text,
                SupervisorReadyOn = ready?.Date,
            },
            evidence,
            SignalRules.RuleVersion));
    }

    /// <summary>The "next step" answers that mean more: more hours, more tasks, or both.</summary>
    public static readonly IReadOnlySet<string> MoreSteps =
        new HashSet<string>(StringComparer.Ordinal) { "more_hours", "more_tasks", "both" };

    /// <summary>The supervisor's latest check-in in the window, when its next step is more hours, tasks or both.</summary>
    private static CheckIn? ReadyForMore(List<CheckIn> supervisor)
    {
        for (var i = supervisor.Count - 1; i >= 0; i--)
            if (supervisor[i].Invitation.Answers.TryGetValue(ItemIds.SupervisorReadyForMore, out var answer)
                && answer.Text is { } step)
                return MoreSteps.Contains(step) ? supervisor[i] : null;
        return null;
    }

    private static List<CheckIn> After(List<CheckIn> checkIns, DateOnly from)
    {
        var result = new List<CheckIn>(checkIns.Count);
        foreach (var checkIn in checkIns)
            if (checkIn.Date >= from)
                result.Add(checkIn);
        return result;
    }

    private static bool AnyYes(List<CheckIn> checkIns, string itemId)
    {
        foreach (var checkIn in checkIns)
            if (checkIn.IsYes(itemId))
                return true;
        return false;
    }

    /// <summary>
    /// The last day anyone reported new tasks or learning in this job, so the coach reads how long it has been.
    /// </summary>
    private static DateOnly? LastGrowth(SignalContext context, Caseload.Job job)
    {
        DateOnly? last = null;
        foreach (var checkIn in context.CheckIns)
            if (SignalContext.BelongsTo(checkIn, job)
                && (checkIn.IsYes(ItemIds.NewTasks) || checkIn.IsYes(ItemIds.LearnedNew) || checkIn.IsYes(ItemIds.SupervisorTaskGrowth)))
                last = checkIn.Date;
        if (DriegesprekRules.TaskGrowth(job, job.StartDate, context.Date) is { } talk && (last is null || talk > last))
            last = talk;
        return last;
    }

    private static void AddIfAnswered(List<Evidence> evidence, CheckIn checkIn, params ReadOnlySpan<string> itemIds)
    {
        foreach (var itemId in itemIds)
            if (checkIn.Invitation.Answers.ContainsKey(itemId))
                evidence.Add(checkIn.Evidence(itemId));
    }
}
