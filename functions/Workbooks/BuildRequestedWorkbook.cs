using IpsMonitor.Platform;
using Microsoft.Azure.Functions.Worker;
namespace IpsMonitor.Workbooks;

/// <summary>
/// Builds the workbooks a coordinator asked for and keeps the request's status up to date. A redelivered message of a
/// finished request changes nothing. A failure is written to the status and thrown again, so the queue retries it.
/// </summary>
internal sealed partial class BuildRequestedWorkbook(
    WorkbookRequests requests, QuarterlyWorkbookBuild build, TimeProvider time, ILogger<BuildRequestedWorkbook> logger)
{
    [Function("BuildRequestedWorkbook")]
    public async Task Run([QueueTrigger(QueueNames.WorkbookRequests)] WorkbookRequest message, CancellationToken ct)
    {
        var request = await requests.GetAsync(message.ProgrammeId, message.RequestId, ct);
        if (request is null || request.State == BuildRequestState.Done)
            return;

        request = request with { State = BuildRequestState.Running, StartedAt = time.GetUtcNow(), FinishedAt = null, Error = null };
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
            await requests.SaveAsync(request with { State = BuildRequestState.Failed, FinishedAt = time.GetUtcNow(), Error = Describe(e) }, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// What went wrong, in plain words for the coordinator: never an exception's type, message or stack trace, which
    /// speak of the code rather than the data and may quote stored values. The log has the details.
    /// </summary>
    private static string Describe(Exception e) => e switch
    {
        _ when StorageFault.IsUnavailable(e) =>
            "Storage did not answer in time. The build is tried again by itself; if it keeps failing, ask the administrator.",
        Azure.RequestFailedException { Status: >= 500 } or HttpRequestException or TimeoutException =>
            "Storage did not answer in time. The build is tried again by itself; if it keeps failing, ask the administrator.",
        Azure.RequestFailedException =>
            "Storage refused a step of the build. The build is tried again by itself; if it keeps failing, ask the administrator.",
        _ => "The workbooks could not be built because of an error in the app or in its stored files. The build is tried again by itself; if it keeps failing, ask the administrator.",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Requested workbook build {RequestId} of {ProgrammeId} for {Quarter} failed")]
    private partial void LogFailed(Exception e, string programmeId, Quarter quarter, string requestId);
}
