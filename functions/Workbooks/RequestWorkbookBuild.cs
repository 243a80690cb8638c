using IpsMonitor.Access;
using IpsMonitor.Hosting;

namespace IpsMonitor.Workbooks;

/// <summary>
/// A coordinator asks for a rebuild of a past or the current quarter: the request is queued and answered with 202 and
/// the URL of its status. Asking again while one is still pending returns that one.
/// </summary>
internal sealed class RequestWorkbookBuild(StaffGate gate, WorkbookRequests requests, MessageQueue queue, TimeProvider time)
{
    public static readonly Quarter Earliest = new(2000, 1);

    public async Task<IResult> Run(HttpRequest request, string programmeId, string quarterText, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        if (WorkbookRoute.TryQuarter(quarterText, out var quarter) is { } badQuarter)
            return badQuarter;
        var current = Quarter.FromInstant(time.GetUtcNow(), Quarter.Amsterdam);
        if (quarter.CompareTo(Earliest) < 0 || quarter.CompareTo(current) > 0)
            return WorkbookRoute.Invalid("quarter", $"Only a past quarter or the current one ({current}) can be built, from {Earliest} on.");

        var build = await requests.PendingAsync(programmeId, quarter, ct);
        if (build is null)
        {
            build = await requests.CreateAsync(programmeId, quarter, $"coordinator:{admission.Staff!.KeyId}", ct);
            try
            {
                await queue.SendAsync(FunctionMetadata.Queues.WorkbookRequests, new WorkbookRequest(programmeId, quarter.ToString(), build.RequestId), ct);
            }
            catch
            {
                // Without its message the request would wait forever and hold back every new one.
                await requests.SaveAsync(build with { State = BuildRequestState.Failed, Error = "The request could not be queued." }, CancellationToken.None);
                throw;
            }
        }

        var workbooks = WorkbookDtos.WorkbooksUrl(request, programmeId);
        var status = $"{workbooks}/{quarter}/builds/{build.RequestId}";
        return TypedResults.Accepted(status, build.AsDto(status, workbooks));
    }
}
