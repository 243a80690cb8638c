using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Reminders for open check-ins (settings under <c>Reminders:</c>). The schedule is the default of every programme; a
/// programme may store its own (`reminders` admin command). Mail goes out only between FromHour and UntilHour, Amsterdam time.
/// </summary>
internal sealed class ReminderOptions : IValidatableObject
{
    /// <summary>Days before the link's last day, comma-separated, or "off": by default 3 days before and on the last day.</summary>
    public string Schedule { get; set; } = "3,0";

    [Range(0, 23)]
    public int FromHour { get; set; } = 8;

    [Range(1, 24)]
    public int UntilHour { get; set; } = 20;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReminderSchedule.Parse(Schedule) is null)
            yield return new ValidationResult(
                "Reminders:Schedule is days before the last day, such as \"3,0\" (at most "
                    + $"{ReminderSchedule.MaxReminders}, each at most {ReminderSchedule.MaxDays}), or \"off\".",
                [nameof(Schedule)]);
        if (UntilHour <= FromHour)
            yield return new ValidationResult("Reminders:UntilHour comes after Reminders:FromHour.", [nameof(UntilHour)]);
    }
}
