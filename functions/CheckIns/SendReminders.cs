namespace IpsMonitor.CheckIns;

/// <summary>
/// Hourly (UTC): reminds open check-ins that are due and mails reminders left pending. The hour is not trusted: whether it
/// is inside the sending hours, and which day it is, is worked out in Amsterdam time (Reminders).
/// </summary>
internal sealed partial class SendReminders(AccessStore access, Reminders reminders, ILogger<SendReminders> logger)
{
    [Function("SendReminders")]
    public async Task Run([TimerTrigger("%SendRemindersSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
        {
            try
            {
                var (written, sent) = await reminders.RunProgrammeAsync(programmeId, ct);
                LogDone(programmeId, written, sent);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One programme's trouble must not keep the others' reminders back.
                LogFailed(e, programmeId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for {ProgrammeId}: {Written} decided, {Sent} mailed")]
    private partial void LogDone(string programmeId, int written, int sent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders for {ProgrammeId} failed")]
    private partial void LogFailed(Exception e, string programmeId);
}
