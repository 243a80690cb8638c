namespace IpsMonitor.Signals;

/// <summary>A robust trend in points per month with its confidence bounds (infinite when too few points give none).</summary>
internal readonly record struct SlopeEstimate(double Slope, double Lower, double Upper, int Points)
{
    public bool ReliableGrowth => Lower > 0;

    public bool ReliableDecline => Upper < 0;
}

/// <summary>
/// The Theil–Sen slope (Sen, 1968): the median of the slopes between every pair of points, which one odd answer cannot
/// move. Its confidence interval comes from Kendall's S: with N pairwise slopes in ascending order and
/// C = z·sqrt(Var S), Var S = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 (t: sizes of groups of tied values),
/// the lower bound is slope number floor((N − C)/2) and the upper bound slope number N + 1 − floor((N − C)/2), counting
/// from 1. Rounding down widens the interval, so a bound is never claimed on less evidence than the method allows; below
/// 6 points at 95% there is no finite bound at all, which is why short series lean on the reliable change index instead.
/// </summary>
internal static class TheilSen
{
    /// <summary>Slopes are per month so a coach reads "half a point a month"; a month is the mean Gregorian month.</summary>
    public const double DaysPerMonth = 365.2425 / 12;

    public static SlopeEstimate Estimate(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> values, double confidence)
    {
        if (dates.Length != values.Length)
            throw new ArgumentException("Each value needs its date.", nameof(values));
        var n = values.Length;
        var pairs = n * (n - 1) / 2;
        if (pairs == 0)
            return new(double.NaN, double.NegativeInfinity, double.PositiveInfinity, n);

        Span<double> slopes = pairs <= 512 ? stackalloc double[pairs] : new double[pairs];
        var count = 0;
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                var days = dates[j].DayNumber - dates[i].DayNumber;
                if (days != 0)
                    slopes[count++] = (values[j] - values[i]) / days * DaysPerMonth;
            }
        if (count == 0)
            return new(double.NaN, double.NegativeInfinity, double.PositiveInfinity, n);

        var sorted = slopes[..count];
        sorted.Sort();
        var median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;

        var c = Normal.Quantile(1 - (1 - confidence) / 2) * Math.Sqrt(KendallVariance(values));
        var lowerRank = (int)Math.Floor((count - c) / 2);
        var upperRank = count + 1 - lowerRank;
        var lower = lowerRank >= 1 ? sorted[lowerRank - 1] : double.NegativeInfinity;
        var upper = upperRank <= count ? sorted[upperRank - 1] : double.PositiveInfinity;
        return new(median, lower, upper, n);
    }

    /// <summary>Var S under no trend, corrected for tied values (answers on a short scale tie often).</summary>
    internal static double KendallVariance(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        Span<double> copy = n <= 256 ? stackalloc double[n] : new double[n];
        values.CopyTo(copy);
        copy.Sort();
        double ties = 0;
        for (var i = 0; i < n;)
        {
            var j = i + 1;
            while (j < n && copy[j] == copy[i])
                j++;
            double t = j - i;
            ties += t * (t - 1) * (2 * t + 5);
            i = j;
        }
        return (n * (n - 1.0) * (2 * n + 5) - ties) / 18;
    }
}
