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
    private const int MaxErrorLength = 300;

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
            await requests.SaveAsync(request with { State = BuildRequestState.Done, FinishedAt = time.GetUtcNow(), BuildId = manifest.BuildId }, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, request.ProgrammeId, request.Quarter, request.RequestId);
            await requests.SaveAsync(request with { State = BuildRequestState.Failed, FinishedAt = time.GetUtcNow(), Error = Describe(e) }, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The kind of failure and its message for the coordinator; cut short, and never a stack trace.</summary>
    private static string Describe(Exception e)
    {
        var text = $"{e.GetType().Name}: {e.Message}";
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Requested workbook build {RequestId} of {ProgrammeId} for {Quarter} failed")]
    private partial void LogFailed(Exception e, string programmeId, Quarter quarter, string requestId);
}
