using Azure.Data.Tables;

namespace IpsMonitor.Health;

internal sealed class RecordHeartbeat(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    public const string Table = "hoststatus";

    [Function("RecordHeartbeat")]
    public async Task Run([QueueTrigger(QueueNames.Heartbeats)] Heartbeat heartbeat, CancellationToken ct)
    {
        var table = tables.GetTableClient(names.Table(Table));
        var row = new TableEntity("heartbeat", "last")
        {
            ["SentAt"] = heartbeat.SentAt,
            ["ProcessedAt"] = time.GetUtcNow(),
            ["IsPastDue"] = heartbeat.IsPastDue,
        };
        // An upsert: a redelivered heartbeat leaves the same row.
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);
    }
}
