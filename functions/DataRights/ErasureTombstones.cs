using Azure.Data.Tables;

namespace IpsMonitor.DataRights;

/// <summary>
/// The erasure tombstone: one row per erased candidate in the audit table, in partition "~erased" keyed by the
/// pseudonymous candidate id, with the programme, who erased, why and when. It holds no personal data. It is written
/// before anything is deleted, so every writer can ask "is this candidate erased?" and drop its work, and a repeated
/// erasure knows which programme to finish. The audit is append-only (see AuditTable), so a tombstone is never changed:
/// the erasure's completion is a second row, in partition "~erasure-complete" under the same key, and neither row can be
/// removed by the app, which is what keeps an erased candidate erased. Neither expires: a message from a poison queue
/// may come back years later. The month partitions of the audit log (see AuditLog) never start with "~", so readers of
/// the audit by month never meet them.
/// </summary>
internal sealed class ErasureTombstones(AuditTable audit, TimeProvider time)
{
    public const string Partition = "~erased";

    public const string CompletedPartition = "~erasure-complete";

    /// <summary>Writes the tombstone unless one exists (a repeated erasure keeps the first); returns the one that holds.</summary>
    public async Task<Tombstone> WriteAsync(string programmeId, string candidateId, string actor, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var written = await audit.AddFirstAsync(new TableEntity(Partition, candidateId)
        {
            ["ProgrammeId"] = programmeId,
            ["Actor"] = actor,
            ["Action"] = "erasure tombstone",
            ["Reason"] = reason,
            ["At"] = now,
        }, ct);
        return written
            ? new Tombstone(candidateId, programmeId, now, null)
            : await FindAsync(candidateId, ct) ?? throw new InvalidOperationException("The tombstone vanished while it was read.");
    }

    public async Task<Tombstone?> FindAsync(string candidateId, CancellationToken ct)
    {
        if (!Keys.IsSafe(candidateId) || await audit.FindAsync(Partition, candidateId, ct) is not { } row)
            return null;
        var completed = await audit.FindAsync(CompletedPartition, candidateId, ct);
        return ToTombstone(row, completed?.GetDateTimeOffset("At"));
    }

    /// <summary>
    /// The candidates of a programme whose erasure began, finished or not, in one query: for a writer that holds many
    /// candidates at once (a workbook build), where asking per candidate would cost a round trip each.
    /// </summary>
    public async Task<HashSet<string>> ErasedInAsync(string programmeId, CancellationToken ct)
    {
        var erased = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in audit.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ProgrammeId eq {programmeId}"), ct))
            erased.Add(row.RowKey);
        return erased;
    }

    /// <summary>True once an erasure of the candidate began, finished or not: from then on nothing new is made for them.</summary>
    public async Task<bool> IsErasedAsync(string candidateId, CancellationToken ct) => await FindAsync(candidateId, ct) is not null;

    /// <summary>Adds the completion row; a repeated erasure finds it there and keeps the first moment.</summary>
    public Task CompleteAsync(string candidateId, CancellationToken ct) =>
        audit.AddFirstAsync(
            new TableEntity(CompletedPartition, candidateId) { ["Action"] = "erasure complete", ["At"] = time.GetUtcNow() }, ct);

    /// <summary>
    /// Erasures that began but never finished (the process stopped halfway), for the nightly run to complete. Completions
    /// are read first: one added meanwhile only makes a finished erasure run again, which finds nothing to do.
    /// </summary>
    public async IAsyncEnumerable<Tombstone> UnfinishedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var completed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in audit.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {CompletedPartition}"), ct))
            completed.Add(row.RowKey);
        await foreach (var row in audit.QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), ct))
            if (!completed.Contains(row.RowKey) && row.GetDateTimeOffset(LegacyCompletedAt) is null)
                yield return ToTombstone(row, null);
    }

    /// <summary>Tombstones written before the audit was append-only kept their completion on the row itself.</summary>
    private const string LegacyCompletedAt = "CompletedAt";

    private static Tombstone ToTombstone(TableEntity row, DateTimeOffset? completedAt) =>
        new(row.RowKey, row.GetString("ProgrammeId"), row.RequiredTime("At"), completedAt ?? row.GetDateTimeOffset(LegacyCompletedAt));
}

/// <summary>An erasure that began at ErasedAt; CompletedAt is null while part of the candidate's data may still be stored.</summary>
internal sealed record Tombstone(string CandidateId, string ProgrammeId, DateTimeOffset ErasedAt, DateTimeOffset? CompletedAt);
