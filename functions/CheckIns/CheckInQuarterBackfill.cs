using Azure.Data.Tables;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Writes the quarter index rows (<see cref="CheckInQuarterIndex"/>) of check-ins stored before the index existed:
/// `index-check-ins` for every programme, or `index-check-ins --programme utrecht` for one. Each row is an upsert of
/// what the check-in holds now, so running it twice, or beside a running app, changes nothing a second time: a check-in
/// that closes meanwhile writes the same row in its own transaction.
/// </summary>
internal sealed class CheckInQuarterBackfill(TableServiceClient tables, StorageNames names)
{
    private const int Batch = 100;

    private TableClient CheckIns => tables.GetTableClient(names.Table(CheckInStore.Table));

    /// <summary>The number of index rows written: one per closed check-in, in transactions of up to 100.</summary>
    public async Task<int> IndexAsync(string programmeId, CancellationToken ct)
    {
        var written = 0;
        var batch = new List<TableTransactionAction>(Batch);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey lt {"~"}");
        await foreach (var row in CheckIns.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            if (CheckInQuarterIndex.Row(programmeId, InvitationRows.ToFile(row).Invitation) is not { } index)
                continue;
            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, index));
            if (batch.Count == Batch)
                written += await FlushAsync(batch, ct);
        }
        return written + await FlushAsync(batch, ct);
    }

    private async Task<int> FlushAsync(List<TableTransactionAction> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
            return 0;
        await CheckIns.SubmitTransactionAsync(batch, ct);
        var count = batch.Count;
        batch.Clear();
        return count;
    }

    /// <summary>The admin command; it walks whole histories, so it takes its own time rather than the 30 s of a setting change.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        _ = ct;
        var at = Array.IndexOf(args, "--programme");
        var access = services.GetRequiredService<AccessStore>();
        IReadOnlyList<string> programmes = at >= 0 && at + 1 < args.Length ? [args[at + 1]] : await access.ProgrammeIdsAsync(CancellationToken.None);
        var backfill = services.GetRequiredService<CheckInQuarterBackfill>();
        foreach (var programme in programmes)
        {
            var written = await backfill.IndexAsync(programme, CancellationToken.None);
            await output.WriteLineAsync($"Programme '{programme}': {written} closed check-ins indexed by quarter.");
        }
        return 0;
    }
}
