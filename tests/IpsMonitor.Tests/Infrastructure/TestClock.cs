namespace IpsMonitor.Tests.Infrastructure;

/// <summary>The real clock, moved by an offset a test chooses: expiry and sweeps without waiting days.</summary>
internal sealed class TestClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
