namespace IpsMonitor.CheckIns;

/// <summary>
/// The admin command that sets a programme's own reminder schedule: `reminders --programme utrecht --schedule 3,0`
/// (days before the link's last day), `--schedule off`, or `--schedule default` to follow Reminders:Schedule again.
/// </summary>
internal static class ReminderCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        var programme = Value(args, "--programme");
        var schedule = Value(args, "--schedule")?.Trim();
        var isDefault = string.Equals(schedule, "default", StringComparison.OrdinalIgnoreCase);
        var access = services.GetRequiredService<AccessStore>();
        if (programme is null || schedule is null || (!isDefault && ReminderSchedule.Parse(schedule) is null))
        {
            await output.WriteLineAsync("Usage: reminders --programme <id> --schedule <days before the last day, such as 3,0 | off | default>");
            return 2;
        }
        if (!await access.ProgrammeExistsAsync(programme, ct))
        {
            await output.WriteLineAsync($"There is no programme '{programme}'.");
            return 1;
        }
        await access.SetReminderScheduleAsync(programme, isDefault ? "" : schedule.ToLowerInvariant(), ct);
        var days = await services.GetRequiredService<Reminders>().DaysAsync(programme, ct);
        await output.WriteLineAsync(days.Count == 0
            ? $"Programme '{programme}' sends no reminders."
            : $"Programme '{programme}' reminds {string.Join(" and ", days.Select(d => d == 0 ? "on the last day" : $"{d} days before the last day"))}.");
        return 0;
    }

    private static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
