using Azure.Data.Tables;

namespace IpsMonitor.Platform;

internal static class TableErase
{
    /// <summary>Deletes every row the filter finds, in batches of one partition; rows already gone are no error, so a retry finishes the job.</summary>
    public static async Task<int> DeleteWhereAsync(this TableClient table, string filter, CancellationToken ct)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: ct))
            rows.Add(row);
        foreach (var row in rows)
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, Azure.ETag.All, ct);
        return rows.Count;
    }
}
