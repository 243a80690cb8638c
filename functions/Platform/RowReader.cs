using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Platform;

/// <summary>
/// The one place stored rows become records. A row that cannot be mapped is left out, logged with its table and keys
/// (partition and row keys hold programme, candidate and record ids, all pseudonymous; never a value of the row) and
/// counted for the request (<see cref="UnreadableRows"/>), so a list shows what it can and says how much it could not.
/// The workbook build reports such rows the same way (Workbooks/ProgrammeReader).
/// </summary>
internal sealed partial class RowReader(ILogger<RowReader> log)
{
    /// <summary>The row as a record; false when it cannot be mapped, which is then logged and counted.</summary>
    public bool TryMap<T>(string table, TableEntity row, Func<TableEntity, T> map, [MaybeNullWhen(false)] out T record)
    {
        try
        {
            record = map(row);
            return true;
        }
        catch (Exception e) when (UnreadableRows.IsUnreadable(e))
        {
            LeftOut(table, row.PartitionKey, row.RowKey, e.GetType().Name);
            UnreadableRows.Add(table, row.PartitionKey, row.RowKey);
            record = default;
            return false;
        }
    }

    /// <summary>
    /// A point read's row as a record: null when there is none or, in a request, when it cannot be mapped (see
    /// <see cref="UnreadableRows.LeftOut"/>). Queue and timer work gets the fault instead: its message is retried and
    /// then kept on the poison queue for a replay once the row is repaired, where a skip would lose the work.
    /// </summary>
    public T? One<T>(string table, NullableResponse<TableEntity> response, Func<TableEntity, T> map) =>
        response.Row() is not { } row ? default
        : !UnreadableRows.InRequest ? map(row)
        : TryMap(table, row, map, out var record) ? record : default;

    /// <summary>The rows of a query that can be mapped, streamed.</summary>
    public async IAsyncEnumerable<T> AllAsync<T>(string table, AsyncPageable<TableEntity> rows, Func<TableEntity, T> map,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in rows.WithCancellation(ct))
            if (TryMap(table, row, map, out var record))
                yield return record;
    }

    /// <summary>The rows of a query that can be mapped, as a list.</summary>
    public async Task<List<T>> ListAsync<T>(string table, AsyncPageable<TableEntity> rows, Func<TableEntity, T> map, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var record in AllAsync(table, rows, map, ct))
            list.Add(record);
        return list;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Left out a row of table {Table} that could not be read: PartitionKey {PartitionKey}, RowKey {RowKey} ({Fault})")]
    private partial void LeftOut(string table, string partitionKey, string rowKey, string fault);
}
