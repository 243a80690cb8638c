namespace IpsMonitor.Workbooks;

/// <summary>The programme's built workbooks, newest quarter first, each with its download link. Coordinators only.</summary>
internal sealed class ListWorkbooksFunction(StaffGate gate, WorkbookBlobs blobs)
{
    [Function("ListWorkbooks")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/workbooks")] HttpRequest request,
        string programmeId, CancellationToken ct) =>
        gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct).RespondAsync(async staff =>
        {
            var url = WorkbookDtos.WorkbooksUrl(request, programmeId);
            var manifests = await blobs.CurrentAsync(programmeId, ct);
            return TypedResults.Ok(manifests.SelectMany(m => m.AsDtos(url)).ToList());
        });
}
