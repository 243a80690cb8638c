using Azure.Data.Tables;

namespace IpsMonitor.Platform;

/// <summary>
/// One page of a read model whose RowKey is the order a list shows: the rows of <see cref="Partition"/> from
/// <see cref="From"/> (included) to <see cref="To"/> (left out) that pass an extra filter, in key order. A list then reads
/// what it shows, never the partition, and the page's last key is the next page's continuation token.
/// </summary>
internal sealed record KeyRangePage(string Partition, string From, string To, string? ExtraFilter)
{
    /// <summary>The range of keys that start with <paramref name="prefix"/>.</summary>
    public static KeyRangePage Prefix(string partition, string prefix, string? extraFilter) =>
        new(partition, prefix, prefix[..^1] + (char)(prefix[^1] + 1), extraFilter);

    /// <summary>
    /// The rows after the key <paramref name="after"/> (a continuation token from the previous page), or else after
    /// skipping <paramref name="skip"/> rows, whose keys alone are read. Rows that cannot be mapped are left out and
    /// counted (<see cref="RowReader"/>); the token is the last key read, so the next page never reads them again.
    /// <paramref name="select"/> must name RowKey: a query with a selection answers only the columns it names.
    /// </summary>
    public async Task<(List<T> Rows, string? Next)> ReadAsync<T>(TableClient table, RowReader reader, string tableName,
        string[] select, Func<TableEntity, T> map, string? after, int skip, int take, int total, CancellationToken ct)
    {
        // Past the end (the counts say so) nothing is read: a made-up page number costs no scan of the partition.
        if (after is null && skip >= total && skip > 0)
            return ([], null);
        // A token from elsewhere (another filter, or made up) starts nowhere else than the list's own range.
        if (after is not null && !(after.Length <= 512 && string.CompareOrdinal(after, From) > 0 && string.CompareOrdinal(after, To) < 0))
            after = null;
        if (after is null && skip > 0)
        {
            var skipped = 0;
            var keys = table.QueryAsync<TableEntity>(Filter(null), maxPerPage: Math.Min(1000, skip), select: ["RowKey"], cancellationToken: ct);
            await foreach (var row in keys)
            {
                after = row.RowKey;
                if (++skipped == skip)
                    break;
            }
            if (skipped < skip)
                return ([], null);
        }
        var rows = new List<T>();
        string? last = null;
        await foreach (var row in table.QueryAsync<TableEntity>(Filter(after), maxPerPage: take, select: select, cancellationToken: ct))
        {
            last = row.RowKey;
            if (reader.TryMap(tableName, row, map, out var record))
                rows.Add(record);
            if (rows.Count == take)
                break;
        }
        return (rows, rows.Count == take ? last : null);
    }

    private string Filter(string? after)
    {
        var range = after is not null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey gt {after} and RowKey lt {To}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {From} and RowKey lt {To}");
        return ExtraFilter is null ? range : $"{range} and {ExtraFilter}";
    }
}
