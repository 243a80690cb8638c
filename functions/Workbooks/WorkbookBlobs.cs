using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace IpsMonitor.Workbooks;

/// <summary>
/// The workbooks container. Each build writes its files once, under a name of their own:
/// {programme}/{quarter}/builds/{buildId}/ipsmonitor-{programme}-{quarter}-{variant}.xlsx. A build becomes current when
/// {programme}/{quarter}/current.json names it. That manifest is replaced by one conditional put (If-Match on the ETag
/// that was read, or If-None-Match * for the first): a single put is all-or-nothing and the condition makes a concurrent
/// build lose instead of silently overwrite, so a reader sees the old pair of files or the new pair, never a mix.
/// </summary>
internal sealed class WorkbookBlobs(BlobServiceClient blobs, StorageNames names)
{
    public const string Container = "workbooks";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private BlobContainerClient Workbooks => blobs.GetBlobContainerClient(names.Container(Container));

    public static string Folder(string programmeId, Quarter quarter) => $"{programmeId}/{quarter}";

    public static string FileName(string programmeId, Quarter quarter, WorkbookVariant variant) =>
        $"ipsmonitor-{programmeId}-{quarter}-{VariantName(variant)}.xlsx";

    public static string VariantName(WorkbookVariant variant) => variant == WorkbookVariant.Extern ? "extern" : "intern";

    public static string BuildBlob(string programmeId, Quarter quarter, string buildId, WorkbookVariant variant) =>
        $"{Folder(programmeId, quarter)}/builds/{buildId}/{FileName(programmeId, quarter, variant)}";

    /// <summary>
    /// A frozen external workbook: {programme}/{quarter}/extern/v{n}/ipsmonitor-{programme}-{quarter}-extern-v{n}.xlsx.
    /// Outside builds/, so removing old builds never touches it; written once and never replaced.
    /// </summary>
    public static string ExternBlob(string programmeId, Quarter quarter, int version) =>
        $"{Folder(programmeId, quarter)}/extern/v{version}/{ExternFileName(programmeId, quarter, version)}";

    public static string ExternFileName(string programmeId, Quarter quarter, int version) =>
        $"ipsmonitor-{programmeId}-{quarter}-extern-v{version}.xlsx";

    private static string ManifestBlob(string programmeId, Quarter quarter) => $"{Folder(programmeId, quarter)}/current.json";

    /// <summary>Writes a build's file; its name is new, so the write never touches what readers are reading.</summary>
    public async Task UploadAsync(string blob, Stream content, CancellationToken ct) =>
        await Workbooks.GetBlobClient(blob).UploadAsync(content, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, ct);

    /// <summary>Writes the file unless the blob exists (another build froze this version first): then false, and nothing changes.</summary>
    public async Task<bool> UploadOnceAsync(string blob, Stream content, CancellationToken ct)
    {
        try
        {
            await UploadAsync(blob, content, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<long> SizeAsync(string blob, CancellationToken ct) =>
        (await Workbooks.GetBlobClient(blob).GetPropertiesAsync(cancellationToken: ct)).Value.ContentLength;

    public async Task<(WorkbookManifest? Manifest, ETag? ETag)> ReadManifestAsync(string programmeId, Quarter quarter, CancellationToken ct)
    {
        try
        {
            var content = await Workbooks.GetBlobClient(ManifestBlob(programmeId, quarter)).DownloadContentAsync(ct);
            return (Json.Read<WorkbookManifest>(content.Value.Content.ToString()), content.Value.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (null, null);
        }
    }

    /// <summary>
    /// Makes the build current unless a newer build (a later build id) already is. Returns the manifest that is current
    /// afterwards: this one, or the newer one it lost to.
    /// </summary>
    public async Task<WorkbookManifest> CommitAsync(WorkbookManifest manifest, CancellationToken ct)
    {
        var quarter = Quarter.Parse(manifest.Quarter);
        var blob = Workbooks.GetBlobClient(ManifestBlob(manifest.ProgrammeId, quarter));
        while (true)
        {
            var (current, etag) = await ReadManifestAsync(manifest.ProgrammeId, quarter, ct);
            if (current is not null && string.CompareOrdinal(current.BuildId, manifest.BuildId) > 0)
                return current;
            try
            {
                await blob.UploadAsync(BinaryData.FromString(Json.Write(manifest)), new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                    Conditions = etag is { } match ? new BlobRequestConditions { IfMatch = match } : new BlobRequestConditions { IfNoneMatch = ETag.All },
                }, ct);
                return manifest;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another build committed between our read and our write: look again.
            }
        }
    }

    /// <summary>
    /// The quarters of a programme that have a readable current build, newest first. A damaged current.json is left out,
    /// so one bad quarter does not hide the others; building that quarter reports the damage.
    /// </summary>
    public async Task<IReadOnlyList<WorkbookManifest>> CurrentAsync(string programmeId, CancellationToken ct)
    {
        var quarters = new List<Quarter>();
        await foreach (var item in Workbooks.GetBlobsByHierarchyAsync(new GetBlobsByHierarchyOptions { Prefix = programmeId + "/", Delimiter = "/" }, ct))
            if (item.IsPrefix && Quarter.TryParse(item.Prefix[(programmeId.Length + 1)..].TrimEnd('/'), out var quarter))
                quarters.Add(quarter);

        var manifests = new List<WorkbookManifest>();
        foreach (var quarter in quarters.OrderDescending())
        {
            try
            {
                if ((await ReadManifestAsync(programmeId, quarter, ct)).Manifest is { } manifest)
                    manifests.Add(manifest);
            }
            catch (System.Text.Json.JsonException)
            {
            }
        }
        return manifests;
    }

    /// <summary>The file as a stream straight from storage, with its length; null when it is gone.</summary>
    public async Task<(Stream Content, long Length)?> OpenAsync(string blob, CancellationToken ct)
    {
        try
        {
            var download = await Workbooks.GetBlobClient(blob).DownloadStreamingAsync(new BlobDownloadOptions(), ct);
            return (download.Value.Content, download.Value.Details.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string blob, CancellationToken ct) =>
        await Workbooks.DeleteBlobIfExistsAsync(blob, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: ct);

    /// <summary>Deletes the files of all but the newest builds; the current build is always kept.</summary>
    public async Task<int> RemoveOldBuildsAsync(string programmeId, Quarter quarter, string currentBuildId, int keep, CancellationToken ct)
    {
        var prefix = $"{Folder(programmeId, quarter)}/builds/";
        var byBuild = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var item in Workbooks.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, ct))
        {
            var buildId = item.Name[prefix.Length..].Split('/')[0];
            (byBuild.TryGetValue(buildId, out var list) ? list : byBuild[buildId] = []).Add(item.Name);
        }

        var removed = 0;
        foreach (var (buildId, files) in byBuild.Reverse().Skip(keep))
        {
            if (buildId == currentBuildId)
                continue;
            foreach (var file in files)
                await DeleteAsync(file, ct);
            removed++;
        }
        return removed;
    }
}
