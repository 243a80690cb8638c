using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.Platform;

namespace IpsMonitor.Workbooks;

/// <summary>
/// A coordinator asks for a rebuild of a past or the current quarter: the request is queued and answered with 202 and
/// the URL of its status. Asking again while one is still pending returns that one. The external workbook of a closed
/// quarter is frozen; the body <c>{ "externCorrection": true }</c> asks for its next, labelled version.
/// </summary>
internal sealed class RequestWorkbookBuild(StaffGate gate, WorkbookRequests requests, MessageQueue queue, TimeProvider time)
{
    public static readonly Quarter Earliest = new(2000, 1);

    [Function("RequestWorkbookBuild")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/workbooks/{quarter}/builds")] HttpRequest request, string programmeId, string quarter, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        if (WorkbookRoute.TryQuarter(quarter, out var workbookQuarter) is { } badQuarter)
            return badQuarter;
        var current = Quarter.FromInstant(time.GetUtcNow(), Quarter.Amsterdam);
        if (workbookQuarter.CompareTo(Earliest) < 0 || workbookQuarter.CompareTo(current) > 0)
            return WorkbookRoute.Invalid("quarter", $"Only a past quarter or the current one ({current}) can be built, from {Earliest} on.");

        var correction = false;
        if (request.ContentLength > 0 || request.HasJsonContentType())
        {
            var body = await RequestBody.ReadJsonAsync<WorkbookBuildRequest>(request, ct);
            if (body.Problem is not null)
                return body.Problem;
            correction = body.Value!.ExternCorrection ?? false;
        }
        if (correction && !QuarterlyWorkbookBuild.IsClosed(workbookQuarter, time.GetUtcNow()))
            return WorkbookRoute.Invalid("externCorrection", $"{workbookQuarter} has not closed yet, so it has no external workbook to correct.");

        var build = await requests.PendingAsync(programmeId, workbookQuarter, correction, ct);
        if (build is null)
        {
            build = await requests.CreateAsync(programmeId, workbookQuarter, $"coordinator:{admission.Staff!.KeyId}", ct, correction);
            try
            {
                await queue.SendAsync(QueueNames.WorkbookRequests, new WorkbookRequest(programmeId, workbookQuarter.ToString(), build.RequestId), ct);
            }
            catch
            {
                // Without its message the request would wait forever and hold back every new one.
                await requests.SaveAsync(build with { State = BuildRequestState.Failed, Error = "The request could not be queued." }, CancellationToken.None);
                throw;
            }
        }

        var workbooks = WorkbookDtos.WorkbooksUrl(request, programmeId);
        var status = $"{workbooks}/{workbookQuarter}/builds/{build.RequestId}";
        return TypedResults.Accepted(status, build.AsDto(status, workbooks));
    }
}
