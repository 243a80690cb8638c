namespace IpsMonitor.Workbooks;

/// <summary>
/// Every night, for every programme, builds the current quarter's workbook, which also refreshes the figures the quarter
/// overview shows (<see cref="QuarterFiguresStore"/>): the page then reads stored figures that are at most a day old
/// instead of computing them on every view. A rebuild in between refreshes them too. One programme's failure is logged
/// and the others are still built; a second run the same night only builds the same figures again.
/// </summary>
internal sealed partial class NightlyQuarterFunction(
    AccessStore access, WorkbookBuilder build, TimeProvider time, ILogger<NightlyQuarterFunction> logger)
{
    [Function("RefreshQuarterFigures")]
    public async Task Run([TimerTrigger("%QuarterFiguresSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        var quarter = Quarter.FromInstant(time.GetUtcNow(), Quarter.Amsterdam);
        var (built, failed) = (0, 0);
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
        {
            if (await build.TryBuildAsync(programmeId, quarter, "nightly", ct))
                built++;
            else
                failed++;
        }
        LogDone(quarter, built, failed, timer.IsPastDue);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Figures of {Quarter} refreshed: {Built} built, {Failed} failed (past due: {IsPastDue})")]
    private partial void LogDone(Quarter quarter, int built, int failed, bool isPastDue);
}
