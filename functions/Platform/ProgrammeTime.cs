namespace IpsMonitor.Platform;

/// <summary>Programmes work in Dutch time: "today", quarters and schedules are dates in Europe/Amsterdam.</summary>
internal static class ProgrammeTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Today(this TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The first moment of the day in Amsterdam (00:00 local time, as an instant).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}
