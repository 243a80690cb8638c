using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.Platform;

namespace IpsMonitor.Workbooks;

/// <summary>
/// After each quarter closes: builds the workbooks of the quarter that just closed for every programme. A programme that
/// already has a build made after the quarter closed is left alone, so a second run (a catch-up after a restart) changes
/// nothing; one programme's failure is logged and the others are still built.
/// </summary>
internal sealed partial class BuildQuarterlyWorkbooks(
    AccessStore access, QuarterlyWorkbookBuild build, WorkbookBlobs blobs, TimeProvider time, ILogger<BuildQuarterlyWorkbooks> logger)
{
    [Function("BuildQuarterlyWorkbooks")]
    public async Task Run([TimerTrigger("%QuarterlyWorkbookSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        var quarter = Quarter.LastClosedAt(time.GetUtcNow(), Quarter.Amsterdam);
        var (built, failed) = (0, 0);
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
        {
            try
            {
                if ((await blobs.ReadManifestAsync(programmeId, quarter, ct)).Manifest is { } current
                    && Quarter.LocalDate(current.BuiltAt, Quarter.Amsterdam) > quarter.End)
                {
                    LogUpToDate(programmeId, quarter, current.BuildId);
                    continue;
                }
                await build.BuildAsync(programmeId, quarter, "timer", ct);
                built++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                LogFailed(e, programmeId, quarter);
            }
        }
        LogDone(quarter, built, failed, timer.IsPastDue);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbooks {ProgrammeId} {Quarter} are up to date (build {BuildId})")]
    private partial void LogUpToDate(string programmeId, Quarter quarter, string buildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the workbooks of {ProgrammeId} for {Quarter} failed")]
    private partial void LogFailed(Exception e, string programmeId, Quarter quarter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Quarterly workbooks for {Quarter}: {Built} built, {Failed} failed (past due: {IsPastDue})")]
    private partial void LogDone(Quarter quarter, int built, int failed, bool isPastDue);
}
