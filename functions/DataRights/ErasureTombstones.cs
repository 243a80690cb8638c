using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.DataRights;

/// <summary>
/// The erasure tombstone: one row per erased candidate in the audit table, in partition "~erased" keyed by the
/// pseudonymous candidate id, with the programme, who erased, why and when, and when the erasure was complete. It holds
/// no personal data. It is written before anything is deleted, so every writer can ask "is this candidate erased?" and
/// drop its work, and a repeated erasure knows which programme to finish. It never expires: a message from a poison queue
/// may come back years later. The month partitions of the audit log (see AuditLog) never start with "~", so readers of
/// the audit by month never meet it.
/// </summary>
internal sealed class ErasureTombstones(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    public const string Partition = "~erased";

    private TableClient Audit => tables.GetTableClient(names.Table(AuditLog.Table));

    /// <summary>Writes the tombstone unless one exists (a repeated erasure keeps the first); returns the one that holds.</summary>
    public async Task<Tombstone> WriteAsync(string programmeId, string candidateId, string actor, string reason, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        try
        {
            await Audit.AddEntityAsync(new TableEntity(Partition, candidateId)
            {
                ["ProgrammeId"] = programmeId,
                ["Actor"] = actor,
                ["Action"] = "erasure tombstone",
                ["Reason"] = reason,
                ["At"] = now,
            }, ct);
            return new Tombstone(candidateId, programmeId, now, null);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await FindAsync(candidateId, ct) ?? throw new InvalidOperationException("The tombstone vanished while it was read.");
        }
    }

    public async Task<Tombstone?> FindAsync(string candidateId, CancellationToken ct)
    {
        if (!Keys.IsSafe(candidateId))
            return null;
        var row = await Audit.GetEntityIfExistsAsync<TableEntity>(Partition, candidateId, cancellationToken: ct);
        return row.Row() is { } found ? ToTombstone(found) : null;
    }

    /// <summary>True once an erasure of the candidate began, finished or not: from then on nothing new is made for them.</summary>
    public async Task<bool> IsErasedAsync(string candidateId, CancellationToken ct) => await FindAsync(candidateId, ct) is not null;

    public Task CompleteAsync(string candidateId, CancellationToken ct) =>
        Audit.UpdateEntityAsync(new TableEntity(Partition, candidateId) { ["CompletedAt"] = time.GetUtcNow() }, ETag.All, TableUpdateMode.Merge, ct);

    /// <summary>Erasures that began but never finished (the process stopped halfway), for the nightly run to complete.</summary>
    public async IAsyncEnumerable<Tombstone> UnfinishedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in Audit.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: ct))
            if (row.GetDateTimeOffset("CompletedAt") is null)
                yield return ToTombstone(row);
    }

    private static Tombstone ToTombstone(TableEntity row) =>
        new(row.RowKey, row.GetString("ProgrammeId"), row.RequiredTime("At"), row.GetDateTimeOffset("CompletedAt"));
}

/// <summary>An erasure that began at ErasedAt; CompletedAt is null while part of the candidate's data may still be stored.</summary>
internal sealed record Tombstone(string CandidateId, string ProgrammeId, DateTimeOffset ErasedAt, DateTimeOffset? CompletedAt);
