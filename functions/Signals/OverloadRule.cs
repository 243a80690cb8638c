using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// More demand while wellbeing falls, first to latest candidate check-in in the recent window. Demand rose when the hours
/// worked went up by the set amount, or the workload answer rose to "too much". Wellbeing fell when energy or satisfaction
/// dropped by the set amount and its Theil–Sen slope over the window is negative, so one odd first answer cannot carry it.
/// The drop is smaller than a reliable change on purpose: overload needs two things moving together, and it is an early
/// warning, so it counts during onboarding too (a build-up of hours is exactly when it can go wrong).
/// </summary>
internal static class OverloadRule
{
    public static void Evaluate(SignalContext context, Job job, List<SignalFinding> findings)
    {
        var rules = context.Rules;
        var checkIns = context.CandidateWindow;
        if (checkIns.Count == 0 || !context.IsEnoughForTrend(checkIns.Count, checkIns[0].Date, checkIns[^1].Date))
            return;

        var evidence = new List<Evidence>();
        Change? hours = null, workload = null;
        if (Ends(checkIns, ItemIds.HoursWorked, out var hFirst, out var hLast)
            && hLast.Value - hFirst.Value >= rules.OverloadHoursRise)
        {
            hours = new Change(hFirst.Value, hLast.Value);
            evidence.Add(hFirst.CheckIn.Evidence(ItemIds.HoursWorked));
            evidence.Add(hLast.CheckIn.Evidence(ItemIds.HoursWorked));
        }
        if (Ends(checkIns, ItemIds.Workload, out var wFirst, out var wLast)
            && wLast.Value >= rules.OverloadWorkload && wLast.Value > wFirst.Value)
        {
            workload = new Change(wFirst.Value, wLast.Value);
            evidence.Add(wFirst.CheckIn.Evidence(ItemIds.Workload));
            evidence.Add(wLast.CheckIn.Evidence(ItemIds.Workload));
        }
        if (hours is null && workload is null)
            return;

        var falls = new List<ItemChange>(2);
        foreach (var itemId in (ReadOnlySpan<string>)[ItemIds.Energy, ItemIds.Satisfaction])
        {
            if (!Ends(checkIns, itemId, out var first, out var last)
                || first.Value - last.Value < rules.OverloadWellbeingDrop || !Falls(context, itemId))
                continue;
            falls.Add(new ItemChange(itemId, first.Value, last.Value));
            evidence.Add(first.CheckIn.Evidence(itemId));
            evidence.Add(last.CheckIn.Evidence(itemId));
        }
        if (falls.Count == 0)
            return;

        findings.Add(new SignalFinding(
            SignalTypes.Overload,
            SignalSeverity.Attention,
            $"{SignalTypes.Overload}:{job.Id}",
            new OverloadFacts(checkIns[0].Date, hours, workload, falls),
            evidence,
            SignalRules.RuleVersion));
    }

    private readonly record struct Point(CheckIn CheckIn, double Value);

    /// <summary>The first and the latest answer to the item in the window.</summary>
    private static bool Ends(List<CheckIn> checkIns, string itemId, out Point first, out Point last)
    {
        first = last = default;
        var found = false;
        foreach (var checkIn in checkIns)
            if (checkIn.TryGet(itemId, out var value))
            {
                if (!found)
                    first = new(checkIn, value);
                last = new(checkIn, value);
                found = true;
            }
        return found && last.CheckIn.Date > first.CheckIn.Date;
    }

    private static bool Falls(SignalContext context, string itemId)
    {
        var checkIns = context.CandidateWindow;
        var size = checkIns.Count;
        Span<DateOnly> dates = size <= 128 ? stackalloc DateOnly[size] : new DateOnly[size];
        Span<double> values = size <= 128 ? stackalloc double[size] : new double[size];
        Span<int> indexes = size <= 128 ? stackalloc int[size] : new int[size];
        var n = Trend.Collect(checkIns, itemId, dates, values, indexes);
        return TheilSen.Estimate(dates[..n], values[..n], context.Rules.SlopeConfidence).Slope < 0;
    }
}
