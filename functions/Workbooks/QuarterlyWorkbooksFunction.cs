namespace IpsMonitor.Workbooks;

/// <summary>
/// After each quarter closes: for every programme, builds the workbooks of every closed quarter (within the look-back, see
/// <see cref="QuarterlyCatchUp"/>) that has no build made after it closed. The work comes from stored state, not from the
/// date of the tick, so quarter ends missed while the host was down are all built when it runs again, and a second run
/// changes nothing. One quarter's or programme's failure is logged and the others are still built.
/// </summary>
internal sealed partial class QuarterlyWorkbooksFunction(
    AccessStore access, CaseloadStore caseload, WorkbookBuilder build, WorkbookBlobs blobs, TimeProvider time,
    IOptions<QuarterlyWorkbookOptions> options, ILogger<QuarterlyWorkbooksFunction> logger)
{
    [Function("BuildQuarterlyWorkbooks")]
    public async Task Run([TimerTrigger("%QuarterlyWorkbookSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var lastClosed = Quarter.LastClosedAt(now, Quarter.Amsterdam);
        var (built, failed) = (0, 0);
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
        {
            IReadOnlyList<Quarter> quarters;
            try
            {
                quarters = QuarterlyCatchUp.QuartersToConsider(
                    now, await access.ProgrammeCreatedAtAsync(programmeId,
                        ct), await caseload.FirstReferralAsync(programmeId, ct), options.Value.LookBackQuarters);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                LogFailed(e, programmeId, lastClosed);
                continue;
            }
            foreach (var quarter in quarters)
            {
                try
                {
                    if ((await blobs.ReadManifestAsync(programmeId, quarter, ct)).Manifest is { } current
                        && Quarter.LocalDate(current.BuiltAt, Quarter.Amsterdam) > quarter.End)
                    {
                        LogUpToDate(programmeId, quarter, current.BuildId);
                        continue;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    LogFailed(e, programmeId, quarter);
                    continue;
                }
                _ = await build.TryBuildAsync(programmeId, quarter, "timer", ct) ? built++ : failed++;
            }
        }
        LogDone(lastClosed, built, failed, timer.IsPastDue);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbooks {ProgrammeId} {Quarter} are up to date (build {BuildId})")]
    private partial void LogUpToDate(string programmeId, Quarter quarter, string buildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the workbooks of {ProgrammeId} for {Quarter} failed")]
    private partial void LogFailed(Exception e, string programmeId, Quarter quarter);

    [LoggerMessage(Level = LogLevel.Information, Message = "Quarterly workbooks up to {Quarter}: {Built} built, {Failed} failed (past due: {IsPastDue})")]
    private partial void LogDone(Quarter quarter, int built, int failed, bool isPastDue);
}
