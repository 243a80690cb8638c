using System.Globalization;

namespace IpsMonitor.CheckIns;

/// <summary>
/// When an open check-in is reminded: pure, clock-free. A schedule is a list of days before the link's last day ("3,0":
/// three days before and on the last day itself) or "off". The last day is the last Amsterdam date with a moment inside the
/// sending hours before the link expires: a link that stops at 06:00 has its last day the day before.
/// </summary>
internal static class ReminderSchedule
{
    public const string Off = "off";

    /// <summary>At most this many reminders, at most this many days before the last day: a reminder is not a second invitation.</summary>
    public const int MaxReminders = 5;
    public const int MaxDays = 60;

    /// <summary>The days before the last day, furthest first; empty for "off"; null when the text is not a schedule.</summary>
    public static IReadOnlyList<int>? Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Equals(Off, StringComparison.OrdinalIgnoreCase))
            return [];
        var days = new List<int>();
        foreach (var part in trimmed.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day > MaxDays || days.Contains(day))
                return null;
            days.Add(day);
        }
        return days.Count > MaxReminders ? null : days.OrderDescending().ToList();
    }

    public static DateOnly LastDay(DateTimeOffset expiresAt, int fromHour)
    {
        var local = TimeZoneInfo.ConvertTime(expiresAt, ProgrammeTime.Zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        return local.TimeOfDay > TimeSpan.FromHours(fromHour) ? date : date.AddDays(-1);
    }

    public static bool InSendingHours(DateTimeOffset now, int fromHour, int untilHour)
    {
        var hour = TimeZoneInfo.ConvertTime(now, ProgrammeTime.Zone).TimeOfDay;
        return hour >= TimeSpan.FromHours(fromHour) && hour < TimeSpan.FromHours(untilHour);
    }

    /// <summary>
    /// The number (position in the schedule) of the reminder to write now, or null. Only in the sending hours, before expiry,
    /// never on the day the check-in was created, never a second one on a day, never one earlier in the schedule than one
    /// already written. A day missed (the host was down) is caught up by the next reminder, never by two on one day.
    /// </summary>
    public static int? Due(IReadOnlyList<int> days, Invitation invitation, IReadOnlyCollection<Reminder> written, DateTimeOffset now, ReminderOptions hours)
    {
        if (days.Count == 0 || now >= invitation.ExpiresAt || !InSendingHours(now, hours.FromHour, hours.UntilHour))
            return null;
        var today = ProgrammeTime.DateOf(now);
        if (today == ProgrammeTime.DateOf(invitation.CreatedAt) || written.Any(r => r.Day == today))
            return null;
        var lastDay = LastDay(invitation.ExpiresAt, hours.FromHour);
        int? due = null;
        for (var number = 0; number < days.Count; number++)
            if (lastDay.AddDays(-days[number]) <= today)
                due = number;
        return due is { } n && !written.Any(r => r.Number >= n) ? n : null;
    }
}
