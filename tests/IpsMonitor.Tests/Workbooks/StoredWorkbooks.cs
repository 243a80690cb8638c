using Azure.Storage.Blobs;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>What the workbook tests do to storage directly: run the quarterly timer, or damage what a build relies on.</summary>
internal static class StoredWorkbooks
{
    public static readonly Microsoft.Azure.Functions.Worker.TimerInfo Tick = new();

    /// <summary>One run of the quarterly timer, as the schedule would start it.</summary>
    public static Task BuildAsync(TestProgramme p) =>
        p.Service<QuarterlyWorkbooksFunction>().Run(Tick, CancellationToken.None);

    /// <summary>
    /// A current.json that is not JSON: a build cannot tell which build is current, so it fails rather than make itself
    /// current (a bad data row, by contrast, would only be left out).
    /// </summary>
    public static async Task<BlobClient> DamageCurrentAsync(TestProgramme p, Quarter quarter, string programmeId = TestProgramme.Id)
    {
        var container = p.Service<BlobServiceClient>().GetBlobContainerClient(p.Service<StorageNames>().Container(WorkbookBlobs.Container));
        await container.CreateIfNotExistsAsync();
        var current = container.GetBlobClient($"{programmeId}/{quarter}/current.json");
        await current.UploadAsync(BinaryData.FromString("{not json"));
        return current;
    }
}
