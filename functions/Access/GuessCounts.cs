using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Access;

/// <summary>
/// Wrong guesses per client and window, in Table Storage so that every instance of the app counts together. A row is
/// (window start and kind, hash of the client): the partition names the window, so whole windows can be dropped once they
/// are over, and the table holds at most the clients that guessed wrong in the current and the previous window.
/// </summary>
internal sealed class GuessCounts(TableServiceClient tables, StorageNames names)
{
    public const string Table = "guesses";

    /// <summary>Tries before a burst of parallel wrong guesses from one client is simply taken as over the limit.</summary>
    private const int Tries = 5;

    private TableClient Counts => tables.GetTableClient(names.Table(Table));

    /// <summary>The window's partition; windows sort by their start, whatever the window length.</summary>
    public static string Partition(DateTimeOffset windowStart, Guess kind) =>
        $"{Stamp(windowStart)}-{kind.ToString().ToLowerInvariant()}";

    private static string Stamp(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Adds one wrong guess and returns the count with it. Once a client is over the limit nothing more is written, so a
    /// client writes at most limit + 1 times per window. Increments are conditional on the row's ETag: two instances
    /// counting the same client at once never lose a guess.
    /// </summary>
    public async Task<int> AddAsync(string partition, string client, int limit, CancellationToken ct)
    {
        for (var attempt = 0; attempt < Tries; attempt++)
        {
            var row = (await Counts.GetEntityIfExistsAsync<TableEntity>(partition, client, cancellationToken: ct)).Row();
            try
            {
                if (row is null)
                {
                    await Counts.AddEntityAsync(new TableEntity(partition, client) { ["Count"] = 1 }, ct);
                    return 1;
                }
                var count = row.GetInt32("Count") ?? 0;
                if (count > limit)
                    return count;
                await Counts.UpdateEntityAsync(
                    new TableEntity(partition, client) { ["Count"] = count + 1 }, row.ETag, TableUpdateMode.Replace, ct);
                return count + 1;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another instance counted this client in between: read again.
            }
        }
        return limit + 1;
    }

    /// <summary>Deletes every count of windows that started before <paramref name="before"/>, in batches per window.</summary>
    public async Task DropBeforeAsync(DateTimeOffset before, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey lt {Stamp(before)}");
        var old = new List<TableEntity>();
        await foreach (var row in Counts.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: ct))
            old.Add(row);
        foreach (var window in old.GroupBy(r => r.PartitionKey))
            foreach (var batch in window.Chunk(100))
            {
                try
                {
                    await Counts.SubmitTransactionAsync(
                        batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), ct);
                }
                catch (TableTransactionFailedException)
                {
                    // Another instance dropped some of these rows first; the next drop takes whatever is left.
                }
            }
    }
}
