using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// Desired hours stay well above actual hours over the last few check-ins and the hours have not gone up over them (the
/// latest actual hours are not above the first of the run; a single week of overtime in between is no increase).
/// Onboarding is left out: a stepwise build-up of hours is planned there; so is a build-up recorded in a driegesprek,
/// until the date it should be reached.
/// </summary>
internal static class HoursGapRule
{
    public static void Evaluate(SignalContext context, Job job, List<SignalFinding> findings)
    {
        var rules = context.Rules;
        // A build-up of hours agreed in a driegesprek closes the gap on its own schedule: no signal until its date.
        if (DriegesprekRules.PlansHours(job, context.Date))
            return;
        var needed = rules.HoursGapCheckIns;
        var onboardingEnd = context.OnboardingEnd(job);

        // Walk back from the latest check-in that answered both questions; the run must be the most recent one.
        Span<int> run = needed <= 32 ? stackalloc int[needed] : new int[needed];
        var found = 0;
        var checkIns = context.CandidateWindow;
        for (var i = checkIns.Count - 1; i >= 0 && found < needed; i--)
        {
            var checkIn = checkIns[i];
            if (checkIn.Date < onboardingEnd)
                break;
            if (!checkIn.TryGet(ItemIds.DesiredHours, out var desired)
                || !checkIn.TryGetActualHours(out var actual, out _))
                continue;
            if (desired - actual < rules.HoursGapHours)
                return;
            run[found++] = i;
        }
        if (found < needed)
            return;

        var latest = checkIns[run[0]];
        var first = checkIns[run[needed - 1]];
        if (!context.IsEnoughForTrend(needed, first.Date, latest.Date))
            return;
        latest.TryGetActualHours(out var latestActual, out _);
        first.TryGetActualHours(out var firstActual, out _);
        if (latestActual > firstActual)
            return;

        var evidence = new List<Evidence>(needed * 2);
        for (var k = needed - 1; k >= 0; k--)
        {
            var checkIn = checkIns[run[k]];
            checkIn.TryGetActualHours(out _, out var actualItem);
            evidence.Add(checkIn.Evidence(ItemIds.DesiredHours));
            evidence.Add(checkIn.Evidence(actualItem));
        }
        latest.TryGet(ItemIds.DesiredHours, out var latestDesired);
        findings.Add(new SignalFinding(
            SignalTypes.HoursGap,
            SignalSeverity.Attention,
            $"{SignalTypes.HoursGap}:{job.Id}",
            new HoursGapFacts(needed, latestDesired, latestActual, first.Date),
            evidence,
            SignalRules.RuleVersion));
    }
}
