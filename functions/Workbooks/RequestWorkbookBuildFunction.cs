using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.Platform;

namespace IpsMonitor.Workbooks;

/// <summary>
/// A coordinator asks for a rebuild of a past or the current quarter: the request is queued and answered with 202 and
/// the URL of its status. Asking again while one is still pending returns that one. The bounds (quarters since the first
/// referral, a few pending builds per programme: 400 or 429) are <see cref="WorkbookBuildQueue"/>'s, shared with the pages.
/// The external workbook of a closed quarter is frozen; the body <c>{ "externCorrection": true }</c> asks for its next, labelled version.
/// </summary>
internal sealed class RequestWorkbookBuildFunction(StaffGate gate, WorkbookBuildQueue requester)
{
    [Function("RequestWorkbookBuild")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/workbooks/{quarter}/builds")] HttpRequest request, string programmeId, string quarter, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        if (WorkbookRoute.TryQuarter(quarter, out var workbookQuarter) is { } badQuarter)
            return badQuarter;

        var correction = false;
        if (request.ContentLength > 0 || request.HasJsonContentType())
        {
            var body = await RequestBody.ReadJsonAsync<WorkbookBuildRequest>(request, ct);
            if (body.Problem is not null)
                return body.Problem;
            correction = body.Value!.ExternCorrection ?? false;
        }
        var (build, refusal) = await requester.RequestAsync(programmeId, workbookQuarter, correction, $"coordinator:{admission.Staff!.KeyId}", ct);
        if (refusal is not null)
            return refusal.AsProblem(request);

        var workbooks = WorkbookDtos.WorkbooksUrl(request, programmeId);
        var status = $"{workbooks}/{workbookQuarter}/builds/{build!.RequestId}";
        return TypedResults.Accepted(status, build.AsDto(status, workbooks));
    }
}
