namespace IpsMonitor.Workbooks;

/// <summary>Downloads one workbook of the current build for a coordinator's key; streaming and audit in <see cref="WorkbookDownload"/>.</summary>
internal sealed class DownloadWorkbookFunction(StaffGate gate, WorkbookDownload download)
{
    [Function("DownloadWorkbook")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/workbooks/{quarter}/{variant}")] HttpRequest request,
        string programmeId, string quarter, string variant, CancellationToken ct) =>
        gate.QuarterAsync(request, programmeId, quarter, ct).RespondAsync(async admission =>
        {
            var (staff, workbookQuarter) = admission;
            if (WorkbookRoute.TryVariant(variant, out var workbookVariant) is { } badVariant)
                return badVariant;

            return await download.SendAsync(request, staff, workbookQuarter, workbookVariant, ct)
                ?? WorkbookRoute.NotFound("Workbook not built", $"There is no {variant} workbook for "
                    + $"{workbookQuarter} yet. Ask for a build with POST …/workbooks/{workbookQuarter}/builds.");
        });
}
