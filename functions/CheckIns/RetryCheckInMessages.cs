namespace IpsMonitor.CheckIns;

/// <summary>Every few minutes: re-sends check-in messages whose enqueue failed after the answers were stored.</summary>
internal sealed class RetryCheckInMessages(CheckInOutbox outbox)
{
    [Function("RetryCheckInMessages")]
    public Task Run([TimerTrigger("%RetryCheckInMessagesSchedule%")] TimerInfo timer, CancellationToken ct) => outbox.SweepAsync(ct);
}
