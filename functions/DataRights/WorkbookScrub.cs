using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using ClosedXML.Excel;
using IpsMonitor.Workbooks;

namespace IpsMonitor.DataRights;

/// <summary>
/// Takes an erased candidate out of every stored workbook of their programme: their line in the Kandidaten sheet of each
/// internal workbook (every quarter, every kept build), their id in each quarter's current.json and in the skipped rows of
/// the build log and of the requested builds. The aggregate counts stay as they were built, so a report already sent keeps matching its figures.
/// External workbooks list no candidate and are frozen, so they are left alone. Each rewrite is conditional on the
/// version read and repeats when a build changed the blob meanwhile; running it twice changes nothing the second time.
/// </summary>
internal sealed class WorkbookScrub(BlobServiceClient blobs, TableServiceClient tables, StorageNames names, ErasureTombstones tombstones)
{
    private BlobContainerClient Workbooks => blobs.GetBlobContainerClient(names.Container(WorkbookBlobs.Container));

    /// <summary>Returns how many files were rewritten.</summary>
    public async Task<int> RemoveAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        var rewritten = 0;
        var stored = new List<string>();
        await foreach (var item in Workbooks.GetBlobsAsync(new GetBlobsOptions { Prefix = programmeId + "/" }, ct))
            stored.Add(item.Name);
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in stored.Where(n => n.EndsWith("-intern.xlsx", StringComparison.Ordinal)))
            if (await RewriteWorkbookAsync(name, candidateId, ct) is { } size)
            {
                sizes[name] = size;
                rewritten++;
            }
        foreach (var name in stored.Where(n => n.EndsWith("/current.json", StringComparison.Ordinal)))
            rewritten += await RewriteManifestAsync(name, candidateId, sizes, ct) ? 1 : 0;
        await ScrubBuildLogAsync(programmeId, candidateId, ct);
        return rewritten;
    }

    /// <summary>
    /// After a build: takes out every listed candidate whose erasure has begun. The erasure may have scrubbed the stored
    /// workbooks before this build wrote its own from rows it read just before they were deleted.
    /// </summary>
    public async Task RemoveErasedAsync(string programmeId, IEnumerable<string> candidateIds, CancellationToken ct)
    {
        var erased = await tombstones.ErasedInAsync(programmeId, ct);
        foreach (var candidateId in candidateIds.Where(erased.Contains))
            await RemoveAsync(programmeId, candidateId, ct);
    }

    /// <summary>The workbook without the candidate's rows; null when it had none (or is gone).</summary>
    private async Task<long?> RewriteWorkbookAsync(string name, string candidateId, CancellationToken ct)
    {
        var blob = Workbooks.GetBlobClient(name);
        while (true)
        {
            using var content = new MemoryStream();
            ETag etag;
            try
            {
                etag = (await blob.DownloadToAsync(content, ct)).Headers.ETag!.Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
            content.Position = 0;
            using var output = new MemoryStream();
            using (var workbook = new XLWorkbook(content))
            {
                if (!workbook.TryGetWorksheet(CandidateSheet.Name, out var sheet))
                    return null;
                var rows = sheet.RowsUsed(r => r.RowNumber() > SheetLayout.HeaderRow && r.Cell(1)
                    .GetString() == candidateId).Select(r => r.RowNumber()).ToList();
                if (rows.Count == 0)
                    return null;
                // From the bottom up, so the numbers of the rows still to delete stay where they were.
                foreach (var number in rows.OrderDescending())
                    sheet.Row(number).Delete();
                workbook.SaveAs(output);
            }
            output.Position = 0;
            try
            {
                await blob.UploadAsync(output, new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = WorkbookBlobs.ContentType },
                    Conditions = new BlobRequestConditions { IfMatch = etag },
                }, ct);
                return output.Length;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
            {
                // Removed or replaced by a build meanwhile: read it again.
            }
        }
    }

    private async Task<bool> RewriteManifestAsync(string name, string candidateId, Dictionary<string, long> sizes, CancellationToken ct)
    {
        var blob = Workbooks.GetBlobClient(name);
        while (true)
        {
            BlobDownloadResult content;
            try
            {
                content = (await blob.DownloadContentAsync(ct)).Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return false;
            }
            var manifest = Json.Read<WorkbookManifest>(content.Content.ToString());
            var skipped = manifest.SkippedRows.Where(r => !Names(r, candidateId)).ToList();
            if (!manifest.Files.Any(f => f.CandidateIds?.Contains(candidateId) == true || sizes.ContainsKey(f.Blob))
                && skipped.Count == manifest.SkippedRows.Count)
                return false;
            var files = manifest.Files.Select(f => f with
            {
                CandidateIds = f.CandidateIds?.Where(id => id != candidateId).ToList(),
                Size = sizes.TryGetValue(f.Blob, out var size) ? size : f.Size,
            }).ToList();
            try
            {
                await blob.UploadAsync(BinaryData.FromString(Json.Write(manifest with { Files = files, SkippedRows = skipped })), new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                    Conditions = new BlobRequestConditions { IfMatch = content.Details.ETag },
                }, ct);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // A build committed meanwhile: read the new manifest.
            }
        }
    }

    /// <summary>
    /// Every table row that keeps a build's skipped rows (the build log, and the status of each requested build that the
    /// API and the status page show) names them by key, which may hold the candidate id: those entries go.
    /// </summary>
    private async Task ScrubBuildLogAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        await ScrubSkippedRowsAsync(WorkbookBuildLog.Table, WorkbookBuildLog.SkippedProperty, programmeId, candidateId, ct);
        await ScrubSkippedRowsAsync(WorkbookBuildStore.Table, WorkbookBuildStore.SkippedProperty, programmeId, candidateId, ct);
    }

    private async Task ScrubSkippedRowsAsync(string table, string property, string programmeId, string candidateId, CancellationToken ct)
    {
        var rows = tables.GetTableClient(names.Table(table));
        await foreach (var row in rows.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}"), cancellationToken: ct))
        {
            if (row.GetString(property) is not { } json || !json.Contains(candidateId, StringComparison.Ordinal))
                continue;
            var kept = Json.Read<List<SkippedRow>>(json).Where(r => !Names(r, candidateId)).ToList();
            row[property] = kept.Count == 0 ? null : Json.Write(kept);
            await rows.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
        }
    }

    private static bool Names(SkippedRow row, string candidateId) =>
        row.Row.Contains(candidateId, StringComparison.Ordinal) || row.Reason.Contains(candidateId, StringComparison.Ordinal);
}
