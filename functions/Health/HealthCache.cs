using System.Diagnostics;

namespace IpsMonitor.Health;

/// <summary>
/// The last health report, kept for <c>Health:CacheSeconds</c> (default 5; 0 probes every time), so a monitor or a
/// burst of callers costs at most one round of three storage calls per few seconds. Concurrent callers of a stale report
/// wait for one probe instead of each starting their own. Age is real elapsed time (a monotonic clock), not the
/// programme's TimeProvider: a moved clock must not freeze or expire the report.
/// </summary>
internal sealed class HealthCache(IConfiguration config) : IDisposable
{
    private readonly SemaphoreSlim probing = new(1, 1);
    private readonly TimeSpan fresh = TimeSpan.FromSeconds(Math.Clamp(config.GetValue("Health:CacheSeconds", 5.0), 0, 60));
    private (GetHealth.HealthReport Report, long At)? last;

    public async Task<GetHealth.HealthReport> GetAsync(Func<Task<GetHealth.HealthReport>> probe, CancellationToken ct)
    {
        if (Fresh() is { } report)
            return report;
        await probing.WaitAsync(ct);
        try
        {
            if (Fresh() is { } meanwhile)
                return meanwhile;
            var probed = await probe();
            last = (probed, Stopwatch.GetTimestamp());
            return probed;
        }
        finally
        {
            probing.Release();
        }
    }

    private GetHealth.HealthReport? Fresh() =>
        last is { } l && Stopwatch.GetElapsedTime(l.At) < fresh ? l.Report : null;

    public void Dispose() => probing.Dispose();
}
