namespace IpsMonitor.CheckIns;

/// <summary>Every few minutes: re-sends check-in messages whose enqueue failed after the answers were stored.</summary>
internal sealed class RetryCheckInMessages(CheckInOutbox outbox)
{
    public Task Run(IpsMonitor.Hosting.TimerStatus status, CancellationToken ct) => outbox.SweepAsync(ct);
}
