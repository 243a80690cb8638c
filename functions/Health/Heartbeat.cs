namespace IpsMonitor.Health;

/// <summary>The message a heartbeat puts on the queue: proof that the timer, the queue and the queue function all run.</summary>
public sealed record Heartbeat(DateTimeOffset SentAt, bool IsPastDue);
