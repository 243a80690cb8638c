using IpsMonitor.Access;

namespace IpsMonitor.Workbooks;

/// <summary>The status of an on-demand build: requested, running, done (with its build id) or failed (with the reason).</summary>
internal sealed class GetWorkbookBuild(StaffGate gate, WorkbookRequests requests)
{
    public async Task<IResult> Run(HttpRequest request, string programmeId, string quarterText, string requestId, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        if (WorkbookRoute.TryQuarter(quarterText, out var quarter) is { } badQuarter)
            return badQuarter;
        var build = await requests.GetAsync(programmeId, requestId, ct);
        if (build is null || build.Quarter != quarter)
            return WorkbookRoute.NotFound("Unknown build request", "There is no build request with this id for this quarter.");
        var workbooks = WorkbookDtos.WorkbooksUrl(request, programmeId);
        return TypedResults.Ok(build.AsDto($"{workbooks}/{quarter}/builds/{build.RequestId}", workbooks));
    }
}
