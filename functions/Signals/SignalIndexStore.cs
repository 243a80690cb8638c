using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Signals;

/// <summary>
/// The signal list's read model (see <see cref="SignalIndexRows"/>), in the caseload's partitions: the programme's, and
/// the programme and coach's. Per candidate with signals an owner row (<c>c|id</c>, in the programme's partition) names the coach and
/// the keys the candidate's rows have, with a hash of each, so a refresh writes only what changed and knows what to remove.
/// The owner row is written last and only on the version read before the signals were, so of two refreshes at once the
/// one that read older signals loses and reads again; the rows it wrote meanwhile are written again or removed then.
/// </summary>
/// <remarks>
/// The owner row's Rows column holds about 90 characters per signal, so a candidate can have some 350 signals, open and
/// resolved, before it reaches a string column's 64 KB; the rules open a few a year.
/// </remarks>
internal sealed class SignalIndexStore(TableServiceClient tables, StorageNames names, RowReader reader)
{
    public const string Table = "signalindex";
    public const string OwnerPrefix = "c|";
    private const int Batch = 100;

    private TableClient Index => tables.GetTableClient(names.Table(Table));

    /// <summary>The candidate's owner row as it is now; read before the signals it will be compared with.</summary>
    public async Task<SignalIndexOwner> OwnerAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        var response = await Index.GetEntityIfExistsAsync<TableEntity>(programmeId, OwnerPrefix + candidateId, cancellationToken: ct);
        return reader.One(Table, response, row =>
            new SignalIndexOwner(row.GetString("CoachId"), Json.Read<Dictionary<string, string>>(row.GetString("Rows") ?? "{}"), row.ETag))
            ?? SignalIndexOwner.None;
    }

    /// <summary>
    /// Makes the candidate's rows those of <paramref name="signals"/> under <paramref name="coachId"/> (null: none, the
    /// candidate is gone). Null when the owner row changed since <paramref name="owner"/> was read: the caller reads
    /// again. Otherwise whether anything was written. <paramref name="touched"/> collects the rows written, across attempts.
    /// </summary>
    public async Task<bool?> TryPutAsync(string programmeId, string candidateId, SignalIndexOwner owner, string? coachId,
        IReadOnlyList<StoredSignal> signals, HashSet<(string Partition, string Key)> touched, CancellationToken ct)
    {
        var wanted = coachId is null ? [] : signals.Select(s => SignalIndexRows.Row(programmeId, s, coachId))
            .ToDictionary(r => r.RowKey, StringComparer.Ordinal);
        var hashes = wanted.ToDictionary(w => w.Key, w => SignalIndexRows.Hash(w.Value), StringComparer.Ordinal);
        var partitions = new[] { programmeId, coachId is null ? null : CoachPartition(programmeId, coachId) }.OfType<string>().ToList();
        var oldPartitions = new[] { programmeId, owner.CoachId is null ? null : CoachPartition(programmeId, owner.CoachId) }
            .OfType<string>().ToList();

        var stale = oldPartitions.SelectMany(p => owner.Rows.Keys.Where(k => !partitions.Contains(p) || !wanted.ContainsKey(k)).Select(k => (p, k)))
            .Concat(touched.Where(t => !partitions.Contains(t.Partition) || !wanted.ContainsKey(t.Key)))
            .Distinct().ToList();
        var writes = partitions.SelectMany(p => wanted.Values
            .Where(r => owner.CoachId != coachId || owner.Rows.GetValueOrDefault(r.RowKey) != hashes[r.RowKey] || touched.Contains((p, r.RowKey)))
            .Select(r => new TableEntity(r) { PartitionKey = p })).ToList();
        if (stale.Count == 0 && writes.Count == 0 && (owner.CoachId == coachId || wanted.Count == 0) && owner.Rows.Count == wanted.Count)
            return false;

        foreach (var partition in writes.GroupBy(w => w.PartitionKey))
            foreach (var chunk in partition.Chunk(Batch))
            {
                touched.UnionWith(chunk.Select(r => (r.PartitionKey, r.RowKey)));
                await Index.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct);
            }
        foreach (var (partition, key) in stale)
        {
            await DeleteAsync(partition, key, ct);
            touched.Remove((partition, key));
        }
        return await TryPutOwnerAsync(programmeId, candidateId, owner, coachId, hashes, ct) ? true : null;
    }

    private async Task<bool> TryPutOwnerAsync(string programmeId, string candidateId, SignalIndexOwner owner, string? coachId,
        Dictionary<string, string> hashes, CancellationToken ct)
    {
        var row = new TableEntity(programmeId, OwnerPrefix + candidateId) { ["CoachId"] = coachId, ["Rows"] = Json.Write(hashes) };
        try
        {
            // A candidate without signals has no rows, and so no owner row either.
            if (hashes.Count == 0 && owner.Version is { } gone)
                await Index.DeleteEntityAsync(programmeId, row.RowKey, gone, ct);
            else if (hashes.Count > 0)
                await (owner.Version is { } version ? Index.UpdateEntityAsync(row, version, TableUpdateMode.Replace, ct) : Index.AddEntityAsync(row, ct));
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return false;
        }
    }

    /// <summary>One page of the list (see <see cref="KeyRangePage"/>).</summary>
    public Task<(List<ListedSignal> Rows, string? Next)> PageAsync(KeyRangePage range, string? after, int skip, int take, int total,
        CancellationToken ct) =>
        range.ReadAsync(Index, reader, Table, ["RowKey", SignalIndexRows.SignalColumn, SignalIndexRows.CoachColumn], SignalIndexRows.Read,
            after, skip, take, total, ct);

    /// <summary>Every open signal of a partition (a coach's caseload), urgent first.</summary>
    public async Task<List<ListedSignal>> OpenAsync(string partition, CancellationToken ct)
    {
        var (from, to) = SignalIndexRows.Range("open", null);
        var rows = Index.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}"),
            select: ["RowKey", SignalIndexRows.SignalColumn, SignalIndexRows.CoachColumn], cancellationToken: ct);
        return await reader.ListAsync(Table, rows, SignalIndexRows.Read, ct);
    }

    /// <summary>The open signals of these candidates, by their owner rows: what a page of candidates shows, whatever the programme holds.</summary>
    public async Task<List<ListedSignal>> OpenOfAsync(string programmeId, IEnumerable<string> candidateIds, CancellationToken ct)
    {
        var found = new System.Collections.Concurrent.ConcurrentQueue<ListedSignal>();
        await Parallel.ForEachAsync(candidateIds, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (id, token) =>
        {
            var owner = await OwnerAsync(programmeId, id, token);
            foreach (var key in owner.Rows.Keys.Where(SignalIndexRows.IsOpen))
                if (reader.One(Table, await Index.GetEntityIfExistsAsync<TableEntity>(programmeId, key, cancellationToken: token), SignalIndexRows.Read)
                    is { } signal)
                    found.Enqueue(signal);
        });
        return [.. found];
    }

    /// <summary>
    /// After every candidate was refreshed: owner rows of candidates who are gone, and rows no owner row names, are removed.
    /// Answers how many rows were removed.
    /// </summary>
    public async Task<int> SweepAsync(string programmeId, IReadOnlySet<string> candidates, CancellationToken ct)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter(
            $"(PartitionKey eq {programmeId}) or (PartitionKey gt {programmeId + "|"} and PartitionKey lt {programmeId + "}"})");
        await foreach (var row in Index.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", "CoachId", "Rows"], cancellationToken: ct))
            rows.Add(row);
        var owned = new HashSet<(string, string)>();
        var removed = 0;
        foreach (var row in rows.Where(r => r.PartitionKey == programmeId && r.RowKey.StartsWith(OwnerPrefix, StringComparison.Ordinal)))
        {
            if (!candidates.Contains(row.RowKey[OwnerPrefix.Length..]))
            {
                await DeleteAsync(row.PartitionKey, row.RowKey, ct);
                removed++;
                continue;
            }
            var keys = Json.Read<Dictionary<string, string>>(row.GetString("Rows") ?? "{}").Keys;
            owned.UnionWith(keys.Select(k => (programmeId, k)));
            if (row.GetString("CoachId") is { } coach)
                owned.UnionWith(keys.Select(k => (CoachPartition(programmeId, coach), k)));
        }
        foreach (var row in rows.Where(r => !r.RowKey.StartsWith(OwnerPrefix, StringComparison.Ordinal) && !owned.Contains((r.PartitionKey, r.RowKey))))
        {
            await DeleteAsync(row.PartitionKey, row.RowKey, ct);
            removed++;
        }
        return removed;
    }

    private static string CoachPartition(string programmeId, string coachId) => CaseloadSummaryStore.CoachPartition(programmeId, coachId);

    private async Task DeleteAsync(string partition, string key, CancellationToken ct)
    {
        try
        {
            await Index.DeleteEntityAsync(partition, key, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Removed already: by the other refresh, or by hand.
        }
    }
}

/// <summary>A candidate's owner row as read: their coach, their rows' keys with a hash each, and the row's version (none: no row).</summary>
internal sealed record SignalIndexOwner(string? CoachId, IReadOnlyDictionary<string, string> Rows, ETag? Version)
{
    public static readonly SignalIndexOwner None = new(null, new Dictionary<string, string>(), null);
}
