using IpsMonitor.Hosting;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.AzureEntry;

internal static class TimerInfoExtensions
{
    public static TimerStatus AsStatus(this TimerInfo timer) =>
        new(timer.ScheduleStatus?.Last, timer.ScheduleStatus?.Next ?? DateTimeOffset.UtcNow, timer.IsPastDue);
}
