namespace IpsMonitor.Workbooks;

/// <summary>
/// Builds the workbooks a coordinator asked for and keeps the request's status up to date. A redelivered message of a
/// finished request changes nothing. A failure is written to the status and thrown again, so the queue retries it.
/// </summary>
internal sealed partial class BuildWorkbookFunction(
    WorkbookBuildStore requests, WorkbookBuilder build, TimeProvider time, ILogger<BuildWorkbookFunction> logger)
{
    [Function("BuildRequestedWorkbook")]
    public async Task Run([QueueTrigger(QueueNames.WorkbookRequests)] WorkbookBuildMessage message, CancellationToken ct)
    {
        var request = await requests.GetAsync(message.ProgrammeId, message.RequestId, ct);
        if (request is null || request.State == BuildRequestState.Done)
            return;

        request = request with { State = BuildRequestState.Running, StartedAt = time.GetUtcNow(), FinishedAt = null, Failure = null };
        await requests.SaveAsync(request, ct);
        try
        {
            var manifest = await build.BuildAsync(
                request.ProgrammeId, request.Quarter, request.ExternCorrection ? "correction" : "request", request.ExternCorrection, ct);
            await requests.SaveAsync(request with
            {
                State = BuildRequestState.Done, FinishedAt = time.GetUtcNow(), BuildId = manifest.BuildId, SkippedRows = manifest.SkippedRows,
            }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, request.ProgrammeId, request.Quarter, request.RequestId);
            await requests.SaveAsync(request with { State = BuildRequestState.Failed, FinishedAt = time.GetUtcNow(),
                Failure = BuildFailures.Of(e) }, CancellationToken.None);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Requested workbook build {RequestId} of {ProgrammeId} for {Quarter} failed")]
    private partial void LogFailed(Exception e, string programmeId, Quarter quarter, string requestId);
}
