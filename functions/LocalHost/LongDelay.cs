namespace IpsMonitor.LocalHost;

/// <summary>
/// Waits of any length. Task.Delay refuses more than about 49.7 days (uint.MaxValue - 1 ms), and a quarterly timer or
/// a configured interval can ask for more; so every wait the local host derives from a schedule or a setting goes here,
/// and sleeps in steps of at most a day, re-reading the clock after each.
/// </summary>
internal static class LongDelay
{
    public static readonly TimeSpan Step = TimeSpan.FromDays(1);

    /// <summary>Returns at or after the moment by the given clock; at once when it has passed.</summary>
    public static async Task UntilAsync(DateTimeOffset moment, TimeProvider time, CancellationToken ct)
    {
        for (var left = moment - time.GetUtcNow(); left > TimeSpan.Zero; left = moment - time.GetUtcNow())
            await Task.Delay(left < Step ? left : Step, time, ct);
    }

    /// <summary>Waits the span (negative counts as zero) by the given clock.</summary>
    public static Task ForAsync(TimeSpan span, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return span <= TimeSpan.Zero ? Task.CompletedTask : UntilAsync(span < DateTimeOffset.MaxValue - now ? now + span : DateTimeOffset.MaxValue, time, ct);
    }
}
