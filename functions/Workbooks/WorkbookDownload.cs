namespace IpsMonitor.Workbooks;

/// <summary>
/// Streams one workbook of the current build from blob storage, never holding the whole file, and audits the download
/// with its quarter and variant; the internal variant lists candidates, so its download is recorded as a read of every
/// candidate it lists. The API route and the workbooks page both download through here.
/// </summary>
internal sealed class WorkbookDownload(WorkbookBlobs blobs, CaseloadStore caseload, AuditLog audit)
{
    /// <summary>The file as an attachment, or null when the quarter has no such workbook (nothing is audited then).</summary>
    public async Task<IResult?> SendAsync(HttpRequest request, Staff staff, Quarter quarter, WorkbookVariant variant, CancellationToken ct)
    {
        var (manifest, _) = await blobs.ReadManifestAsync(staff.ProgrammeId, quarter, ct);
        if (manifest?.File(variant) is not { } file || await blobs.OpenAsync(file.Blob, ct) is not { } opened)
            return null;

        try
        {
            var action = $"download workbook {quarter} {WorkbookBlobs.VariantName(variant)}";
            if (variant == WorkbookVariant.Intern)
                await audit.RecordListAsync(staff, action, file.CandidateIds ?? await ActiveInAsync(staff.ProgrammeId, quarter, ct), ct);
            else
                await audit.RecordAsync(staff, action, null, ct);
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
