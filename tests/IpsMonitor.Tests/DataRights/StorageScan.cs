using System.IO.Compression;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using IpsMonitor.DataRights;

namespace IpsMonitor.Tests.DataRights;

/// <summary>
/// Reads everything one test host stored (every table, every queue including the poison queues, every blob, and every
/// part inside a zipped workbook) and reports where given strings occur, as "table audit: ..." or "blob workbooks/...".
/// </summary>
internal static class StorageScan
{
    public sealed record Hit(string Where, string Needle, bool InAuditLog);

    public static async Task<List<Hit>> FindAsync(TestProgramme p, params string[] needles)
    {
        var names = p.Service<StorageNames>();
        var hits = new List<Hit>();
        void Look(string where, string text, bool audit = false) =>
            hits.AddRange(needles.Where(n => text.Contains(n, StringComparison.Ordinal)).Select(n => new Hit(where, n, audit)));

        var tables = p.Service<TableServiceClient>();
        await foreach (var table in tables.QueryAsync())
        {
            if (!table.Name.StartsWith(names.Prefix, StringComparison.Ordinal))
                continue;
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                var text = row.PartitionKey + " " + row.RowKey + " " + string.Join(" ", row.Select(kv => kv.Value?.ToString()));
                Look($"table {table.Name[names.Prefix.Length..]}: {row.PartitionKey}/{row.RowKey}", text, table.Name == names.Table(AuditLog.Table));
            }
        }

        var queues = p.Service<QueueServiceClient>();
        await foreach (var queue in queues.GetQueuesAsync(prefix: names.Queue("")))
            foreach (var message in (await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32)).Value)
                Look($"queue {queue.Name}", QueueScrub.Text(message.Body));

        var blobs = p.Service<BlobServiceClient>();
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: names.Container("")))
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync())
            {
                var content = (await client.GetBlobClient(blob.Name).DownloadContentAsync()).Value.Content.ToArray();
                Look($"blob {container.Name}/{blob.Name}", blob.Name + Encoding.UTF8.GetString(content));
                if (content.Length > 4 && content[0] == 'P' && content[1] == 'K')
                {
                    using var zip = new ZipArchive(new MemoryStream(content));
                    foreach (var entry in zip.Entries)
                    {
                        using var reader = new StreamReader(entry.Open());
                        Look($"blob {container.Name}/{blob.Name}!{entry.FullName}", await reader.ReadToEndAsync());
                    }
                }
            }
        }
        return hits;
    }

    /// <summary>Waits until the live queues are empty: their functions have had every message.</summary>
    public static async Task DrainedAsync(TestProgramme p)
    {
        var names = p.Service<StorageNames>();
        var queues = p.Service<QueueServiceClient>();
        await TestHost.Eventually(async () =>
        {
            foreach (var queue in QueueNames.All)
            {
                var client = queues.GetQueueClient(names.Queue(queue));
                if ((await client.PeekMessagesAsync(1)).Value.Length > 0)
                    return false;
            }
            return true;
        }, "the signal functions take every message off their queues", seconds: 30);
    }
}
