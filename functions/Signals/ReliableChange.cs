using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// The Jacobson–Truax reliable change index (Jacobson &amp; Truax, 1991): a change between two scores is reliable when it is
/// larger than the measurement error of a single item could plausibly produce.
/// SEM = SD·sqrt(1 − r); RCI = (x2 − x1) / sqrt(2·SEM²); reliable when |RCI| ≥ 1.96 (two-sided 95%).
/// </summary>
internal static class ReliableChange
{
    /// <summary>The standard error of measurement; NaN when the statistics cannot give one (SD ≤ 0, r outside [0, 1)).</summary>
    public static double StandardError(ScaleStatistics scale) =>
        scale.Sd > 0 && scale.Reliability >= 0 && scale.Reliability < 1 ? scale.Sd * Math.Sqrt(1 - scale.Reliability) : double.NaN;

    /// <summary>
    /// The RCI from <paramref name="before"/> to <paramref name="after"/>. NaN when the statistics are unusable, and every
    /// comparison with NaN is false, so an unusable scale never makes a change reliable.
    /// </summary>
    public static double Index(double before, double after, ScaleStatistics scale) =>
        (after - before) / Math.Sqrt(2 * Square(StandardError(scale)));

    /// <summary>The smallest absolute difference that is reliable: threshold · sqrt(2)·SEM.</summary>
    public static double SmallestReliableDifference(ScaleStatistics scale, double threshold) =>
        threshold * Math.Sqrt(2) * StandardError(scale);

    private static double Square(double x) => x * x;
}
