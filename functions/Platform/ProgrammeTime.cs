namespace IpsMonitor.Platform;

/// <summary>Programmes work in Dutch time: "today", quarters and schedules are dates in Europe/Amsterdam.</summary>
internal static class ProgrammeTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly Today(this TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The first moment of the day in Amsterdam (00:00 local time, as an instant).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The moment as a clock in Amsterdam shows it.</summary>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>
    /// The expiry of something valid through <paramref name="lastDay"/>: the end of that local day, which is the start of
    /// the next. Every expiry a person is shown names a date, and this is what the date promises, also on the days the
    /// clocks change (23 or 25 hours).
    /// </summary>
    public static DateTimeOffset EndOf(DateOnly lastDay) => StartOf(lastDay.AddDays(1));

    /// <summary>The last local day on which something expiring at <paramref name="expiresAt"/> still works: the date shown.</summary>
    public static DateOnly LastDay(DateTimeOffset expiresAt) => DateOf(expiresAt.AddTicks(-1));

    /// <summary>
    /// An expiry stored before expiries were whole days (a moment in the middle of a day, whose date was shown) is honoured
    /// to the end of that date; an expiry at the end of a day is itself.
    /// </summary>
    public static DateTimeOffset EndOfDayOf(DateTimeOffset expiresAt) => EndOf(LastDay(expiresAt));

    /// <summary>
    /// The system's time zone database (tzdata on Linux, ICU on Windows) when it has Amsterdam; else the same rules the EU
    /// has used since 1996 (CET, summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC), so a
    /// container without tzdata still shows and ends days in Dutch time instead of failing at start.
    /// </summary>
    private static TimeZoneInfo FindZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : EuropeanRules();

    internal static TimeZoneInfo EuropeanRules()
    {
        static TimeZoneInfo.TransitionTime LastSunday(int month, int hour) =>
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, hour, 0, 0, DateTimeKind.Unspecified), month, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date,
            TimeSpan.FromHours(1), LastSunday(3, 2), LastSunday(10, 3));
        return TimeZoneInfo.CreateCustomTimeZone("Europe/Amsterdam", TimeSpan.FromHours(1), "Amsterdam", "CET", "CEST", [rule]);
    }
}
