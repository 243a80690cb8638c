namespace IpsMonitor.Signals;

/// <summary>One item's answers over a list of check-ins, and the reliable-change questions the rules ask of them.</summary>
internal static class Trend
{
    /// <summary>The check-ins that answered the item, with their values, in date order.</summary>
    public static int Collect(List<CheckIn> checkIns, string itemId, Span<DateOnly> dates, Span<double> values, Span<int> indexes)
    {
        var count = 0;
        for (var i = 0; i < checkIns.Count; i++)
            if (checkIns[i].TryGet(itemId, out var value))
            {
                dates[count] = checkIns[i].Date;
                values[count] = value;
                indexes[count] = i;
                count++;
            }
        return count;
    }

    /// <summary>
    /// Reliable growth: the latest answer is reliably above the first (RCI, needs the scale's statistics), or, with enough
    /// check-ins for a trend, the Theil–Sen lower bound is above zero.
    /// </summary>
    public static bool GrowsReliably(SignalContext context, List<CheckIn> checkIns, string itemId)
    {
        var size = checkIns.Count;
        Span<DateOnly> dates = size <= 128 ? stackalloc DateOnly[size] : new DateOnly[size];
        Span<double> values = size <= 128 ? stackalloc double[size] : new double[size];
        Span<int> indexes = size <= 128 ? stackalloc int[size] : new int[size];
        var n = Collect(checkIns, itemId, dates, values, indexes);
        if (n < 2)
            return false;
        if (context.Scales.TryGetValue(itemId, out var scale)
            && ReliableChange.Index(values[0], values[n - 1], scale) >= context.Rules.ReliableChangeIndex)
            return true;
        return context.IsEnoughForTrend(n, dates[0], dates[n - 1])
            && TheilSen.Estimate(dates[..n], values[..n], context.Rules.SlopeConfidence).ReliableGrowth;
    }
}
