using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.Caseload;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Streams one workbook of the current build from blob storage to the coordinator, never holding the whole file.
/// Every download is audit-logged with its quarter and variant; the internal variant lists candidates, so its download is
/// recorded as a read of every candidate it lists.
/// </summary>
internal sealed class DownloadWorkbook(StaffGate gate, WorkbookBlobs blobs, CaseloadStore caseload, AuditLog audit)
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
            var action = $"download workbook {workbookQuarter} {WorkbookBlobs.VariantName(workbookVariant)}";
            if (workbookVariant == WorkbookVariant.Intern)
                await audit.RecordListAsync(admission.Staff!, action, file.CandidateIds ?? await ActiveInAsync(programmeId, workbookQuarter, ct), ct);
            else
                await audit.RecordAsync(admission.Staff!, action, null, ct);
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

    /// <summary>For a build that did not record its lines: every candidate active in the quarter, a superset of those listed.</summary>
    private async Task<List<string>> ActiveInAsync(string programmeId, Quarter quarter, CancellationToken ct)
    {
        var ids = new List<string>();
        await foreach (var file in caseload.ListAsync(programmeId, ct))
            if (file.Candidate.WasActiveBetween(quarter.Start, quarter.End))
                ids.Add(file.Candidate.Id);
        return ids;
    }
}
