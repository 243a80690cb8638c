using System.Globalization;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// A reliable drop in work ability, job satisfaction or energy (one finding per item). The latest answer is compared with
/// the mean of the earlier answers in the recent window. A mean is steadier than any single earlier answer, and a window
/// that moves along means an old high point is forgotten in time. The RCI treats the mean as one measurement, which
/// overstates its error a little: that errs towards silence. Onboarding counts, because a new job can wear someone down.
/// </summary>
internal static class DeclineRule
{
    private static readonly string[] Items = [ItemIds.WorkAbility, ItemIds.Satisfaction, ItemIds.Energy];

    public static void Evaluate(SignalContext context, Job job, List<SignalFinding> findings)
    {
        var checkIns = context.CandidateWindow;
        var size = checkIns.Count;
        if (size < context.Rules.MinimumCheckIns)
            return;
        Span<DateOnly> dates = size <= 128 ? stackalloc DateOnly[size] : new DateOnly[size];
        Span<double> values = size <= 128 ? stackalloc double[size] : new double[size];
        Span<int> indexes = size <= 128 ? stackalloc int[size] : new int[size];

        foreach (var itemId in Items)
        {
            if (!context.Scales.TryGetValue(itemId, out var scale))
                continue; // without the item's spread and reliability no change can be called reliable
            var n = Trend.Collect(checkIns, itemId, dates, values, indexes);
            if (n == 0 || !context.IsEnoughForTrend(n, dates[0], dates[n - 1]))
                continue;

            double sum = 0;
            for (var i = 0; i < n - 1; i++)
                sum += values[i];
            var baseline = sum / (n - 1);
            var latest = values[n - 1];
            if (!(ReliableChange.Index(baseline, latest, scale) <= -context.Rules.ReliableChangeIndex))
                continue;

            var evidence = new List<Evidence>(n + 1);
            for (var i = 0; i < n; i++)
                evidence.Add(checkIns[indexes[i]].Evidence(itemId));
            var baselineText = Math.Round(baseline, 1).ToString("0.#", CultureInfo.InvariantCulture);
            evidence.Add(new Evidence(null, dates[n - 2], EvidenceItems.Baseline, baselineText));
            findings.Add(new SignalFinding(
                SignalTypes.Decline,
                SignalSeverity.Attention,
                $"{SignalTypes.Decline}:{job.Id}:{itemId}",
                new DeclineFacts(itemId, dates[n - 1], latest, baseline),
                evidence,
                SignalRules.RuleVersion));
        }
    }
}
