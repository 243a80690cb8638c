using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Streams one workbook of the current build from blob storage to the coordinator, never holding the whole file.
/// The internal variant lists candidates, so every download is audit-logged.
/// </summary>
internal sealed class DownloadWorkbook(StaffGate gate, WorkbookBlobs blobs, AuditLog audit)
{
    [Function("DownloadWorkbook")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/workbooks/{quarter}/{variant}")] HttpRequest request, string programmeId, string quarter, string variant, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        if (WorkbookRoute.TryQuarter(quarter, out var workbookQuarter) is { } badQuarter)
            return badQuarter;
        if (WorkbookRoute.TryVariant(variant, out var workbookVariant) is { } badVariant)
            return badVariant;

        var (manifest, _) = await blobs.ReadManifestAsync(programmeId, workbookQuarter, ct);
        if (manifest?.File(workbookVariant) is not { } file || await blobs.OpenAsync(file.Blob, ct) is not { } opened)
            return WorkbookRoute.NotFound("Workbook not built", $"There is no {variant} workbook for {workbookQuarter} yet. Ask for a build with POST …/workbooks/{workbookQuarter}/builds.");

        try
        {
            await audit.RecordAsync(admission.Staff!, $"download workbook {workbookQuarter} {variant}", null, ct);
        }
        catch
        {
            await opened.Content.DisposeAsync();
            throw;
        }
        var response = request.HttpContext.Response;
        response.Headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
        response.ContentLength = opened.Length;
        return TypedResults.Stream(opened.Content, WorkbookBlobs.ContentType);
    }
}
