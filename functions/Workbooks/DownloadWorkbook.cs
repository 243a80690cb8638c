using IpsMonitor.Access;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Streams one workbook of the current build from blob storage to the coordinator, never holding the whole file.
/// The internal variant lists candidates, so every download is audit-logged.
/// </summary>
internal sealed class DownloadWorkbook(StaffGate gate, WorkbookBlobs blobs, AuditLog audit)
{
    public async Task<IResult> Run(HttpRequest request, string programmeId, string quarterText, string variantText, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        if (WorkbookRoute.TryQuarter(quarterText, out var quarter) is { } badQuarter)
            return badQuarter;
        if (WorkbookRoute.TryVariant(variantText, out var variant) is { } badVariant)
            return badVariant;

        var (manifest, _) = await blobs.ReadManifestAsync(programmeId, quarter, ct);
        if (manifest?.File(variant) is not { } file || await blobs.OpenAsync(file.Blob, ct) is not { } opened)
            return WorkbookRoute.NotFound("Workbook not built", $"There is no {variantText} workbook for {quarter} yet. Ask for a build with POST …/workbooks/{quarter}/builds.");

        try
        {
            await audit.RecordAsync(admission.Staff!, $"download workbook {quarter} {variantText}", null, ct);
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
