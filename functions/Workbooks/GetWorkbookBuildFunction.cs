namespace IpsMonitor.Workbooks;

/// <summary>
/// The status of an on-demand build: requested, running, done (with its build id) or failed (with the reason in plain
/// words, chosen from the kind of failure; see <see cref="BuildFailure"/>).
/// </summary>
internal sealed class GetWorkbookBuildFunction(StaffGate gate, WorkbookBuildStore requests, TimeProvider time)
{
    [Function("GetWorkbookBuild")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/workbooks/{quarter}/builds/{requestId}")] HttpRequest request,
        string programmeId, string quarter, string requestId, CancellationToken ct) =>
        gate.QuarterAsync(request, programmeId, quarter, ct).RespondAsync(async admission =>
        {
            var workbookQuarter = admission.Quarter;
            var build = (await requests.GetAsync(programmeId, requestId, ct))?.AsOf(time.GetUtcNow());
            if (build is null || build.Quarter != workbookQuarter)
                return WorkbookRoute.NotFound("Unknown build request", "There is no build request with this id for this quarter.");
            var workbooks = WorkbookDtos.WorkbooksUrl(request, programmeId);
            return TypedResults.Ok(build.AsDto($"{workbooks}/{workbookQuarter}/builds/{build.RequestId}", workbooks));
        });
}
