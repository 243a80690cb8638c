namespace IpsMonitor.Tests.Signals;

public sealed class StatisticsTests
{
    private static readonly DateOnly Day0 = new(2025, 1, 1);

    [Fact]
    public void StandardErrorIsSdTimesRootOfOneMinusReliability()
    {
        // 2.1 · sqrt(1 − 0.82) = 2.1 · 0.424264 = 0.890955
        Assert.Equal(0.890955, ReliableChange.StandardError(new ScaleStatistics(2.1, 0.82)), 6);
    }

    [Fact]
    public void ReliableChangeIndexDividesTheDifferenceByTheStandardErrorOfTheDifference()
    {
        // sqrt(2 · 0.890955²) = 1.26, so a fall from 7 to 4 is −3 / 1.26 = −2.380952: reliable.
        var scale = new ScaleStatistics(2.1, 0.82);
        Assert.Equal(-2.380952, ReliableChange.Index(7, 4, scale), 6);
        Assert.Equal(1.587302, ReliableChange.Index(4, 6, scale), 6);
        Assert.Equal(2.4696, ReliableChange.SmallestReliableDifference(scale, 1.96), 4);
    }

    [Fact]
    public void UnusableScaleStatisticsNeverMakeAChangeReliable()
    {
        Assert.True(double.IsNaN(ReliableChange.Index(1, 9, new ScaleStatistics(2, 1))));
        Assert.True(double.IsNaN(ReliableChange.Index(1, 9, new ScaleStatistics(0, 0.8))));
        Assert.False(ReliableChange.Index(9, 1, new ScaleStatistics(2, 1)) <= -1.96);
    }

    [Fact]
    public void NormalQuantileMatchesTheTable()
    {
        Assert.Equal(1.959964, Normal.Quantile(0.975), 6);
        Assert.Equal(0, Normal.Quantile(0.5), 9);
        Assert.Equal(-2.326348, Normal.Quantile(0.01), 6);
        Assert.Equal(2.575829, Normal.Quantile(0.995), 6);
    }

    [Fact]
    public void TheilSenSlopeIsTheMedianPairwiseSlopePerMonth()
    {
        // Days 0, 30, 60, 90 with values 4, 5, 5, 7: pairwise slopes per day 0, 1/60, 1/30, 1/30, 1/30, 1/15,
        // median 1/30 a day = 30.436875 / 30 = 1.0145625 a month. Four points give no finite 95% bound.
        var estimate = TheilSen.Estimate(Dates(0, 30, 60, 90), [4, 5, 5, 7], 0.95);
        Assert.Equal(1.0145625, estimate.Slope, 9);
        Assert.Equal(double.NegativeInfinity, estimate.Lower);
        Assert.Equal(double.PositiveInfinity, estimate.Upper);
        Assert.False(estimate.ReliableGrowth);
    }

    [Fact]
    public void TheilSenBoundsComeFromTheOrderedSlopesAtKendallRanks()
    {
        // Values 0, 2, 1, 4, 3, 5 on days 0..5. Sorted slopes per day:
        // −1, −1, 1/3, 1/2, 1/2, 3/4, 3/4, 1, 1, 1, 4/3, 4/3, 2, 2, 3 (N = 15, median the 8th: 1).
        // Var S = 6·5·17/18 = 28.333; C = 1.959964·5.322906 = 10.4327; (15 − C)/2 = 2.28 → lower is slope 2, upper slope 14.
        var estimate = TheilSen.Estimate(Dates(0, 1, 2, 3, 4, 5), [0, 2, 1, 4, 3, 5], 0.95);
        Assert.Equal(1 * TheilSen.DaysPerMonth, estimate.Slope, 9);
        Assert.Equal(-1 * TheilSen.DaysPerMonth, estimate.Lower, 9);
        Assert.Equal(2 * TheilSen.DaysPerMonth, estimate.Upper, 9);
        Assert.False(estimate.ReliableGrowth);
        Assert.False(estimate.ReliableDecline);
    }

    [Fact]
    public void TheilSenCallsGrowthReliableWhenTheLowerBoundIsAboveZero()
    {
        // Values 0, 1, 2, 3, 4, 6 on days 0..5: ten slopes of 1, then 1.2, 1.25, 4/3, 1.5, 2. The 2nd smallest is 1 > 0.
        var estimate = TheilSen.Estimate(Dates(0, 1, 2, 3, 4, 5), [0, 1, 2, 3, 4, 6], 0.95);
        Assert.Equal(1 * TheilSen.DaysPerMonth, estimate.Lower, 9);
        Assert.True(estimate.ReliableGrowth);

        var falling = TheilSen.Estimate(Dates(0, 1, 2, 3, 4, 5), [6, 4, 3, 2, 1, 0], 0.95);
        Assert.True(falling.ReliableDecline);
    }

    [Fact]
    public void KendallVarianceIsCorrectedForTiedAnswers()
    {
        // n = 3: 3·2·11 = 66; one pair of ties: 2·1·9 = 18; (66 − 18) / 18 = 2.6667.
        Assert.Equal(66.0 / 18, TheilSen.KendallVariance([1, 2, 3]), 9);
        Assert.Equal(48.0 / 18, TheilSen.KendallVariance([1, 1, 2]), 9);
    }

    [Fact]
    public void TheilSenSkipsPairsOnTheSameDayAndNeedsTwoDays()
    {
        var sameDay = TheilSen.Estimate(Dates(0, 0), [3, 5], 0.95);
        Assert.True(double.IsNaN(sameDay.Slope));
        var single = TheilSen.Estimate(Dates(0), [3], 0.95);
        Assert.True(double.IsNaN(single.Slope));
    }

    private static DateOnly[] Dates(params int[] days) => [.. days.Select(d => Day0.AddDays(d))];
}
