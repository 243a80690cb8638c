namespace IpsMonitor.Signals;

/// <summary>The standard normal quantile, which the Theil–Sen bound needs and the base library lacks.</summary>
internal static class Normal
{
    /// <summary>
    /// Acklam's rational approximation (relative error below 1.2·10⁻⁹), ample for a confidence bound: Quantile(0.975) is
    /// 1.959964.
    /// </summary>
    public static double Quantile(double p)
    {
        if (p <= 0 || p >= 1)
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability strictly between 0 and 1 is needed.");
        const double low = 0.02425;
        if (p < low)
            return Tail(Math.Sqrt(-2 * Math.Log(p)));
        if (p > 1 - low)
            return -Tail(Math.Sqrt(-2 * Math.Log(1 - p)));

        var q = p - 0.5;
        var r = q * q;
        var numerator = ((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r - 2.759285104469687e+02) * r
            + 1.383577518672690e+02) * r - 3.066479806614716e+01) * r + 2.506628277459239e+00;
        var denominator = ((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r - 1.556989798598866e+02) * r
            + 6.680131188771972e+01) * r - 1.328068155288572e+01) * r + 1;
        return numerator * q / denominator;
    }

    private static double Tail(double q) =>
        (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q
            - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
        / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
            + 3.754408661907416e+00) * q + 1);
}
