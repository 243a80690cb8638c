using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Development;

/// <summary>A personal link to "Mijn ontwikkeling": reusable until it expires, a coach revokes it or its holder stops it.</summary>
internal sealed record DevelopmentLink(string Id, string ProgrammeId, string CandidateId, DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Stopped from its own page: the link then says so, since only its holder can have seen that.</summary>
    public bool StoppedByHolder { get; init; }

    public bool WorksAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}

/// <summary>
/// Development links in one table: per link a row in the programme's partition (keyed candidate|link, with the hash of its
/// token), and per token a row keyed by that hash so a visit is two point reads. Only hashes are stored; token rows use
/// partition "~{hash}", which no programme id can be (ids are letters, digits, '-' and '_').
/// </summary>
internal sealed class DevelopmentLinkStore(TableServiceClient tables, StorageNames names, RowReader rows)
{
    public const string Table = "developmentlinks";

    private TableClient Links => tables.GetTableClient(names.Table(Table));

    /// <summary>Stores the link and returns its token, which is shown once and never stored.</summary>
    public async Task<string> IssueAsync(DevelopmentLink link, CancellationToken ct)
    {
        var token = Secrets.NewToken();
        var hash = Secrets.Hash(token);
        // The link row first: if the token row then fails, the link simply never worked and nothing points nowhere.
        await Links.AddEntityAsync(new TableEntity(link.ProgrammeId, Key(link.CandidateId, link.Id))
        {
            ["TokenHash"] = hash,
            ["CreatedAt"] = link.CreatedAt,
            ["ExpiresAt"] = link.ExpiresAt,
            ["RevokedAt"] = link.RevokedAt,
        }, ct);
        await Links.AddEntityAsync(new TableEntity(TokenPartition(hash), "")
        {
            ["ProgrammeId"] = link.ProgrammeId,
            ["CandidateId"] = link.CandidateId,
            ["LinkId"] = link.Id,
        }, ct);
        return token;
    }

    /// <summary>The link a token belongs to, whatever its state; null for a token that was never issued or was erased.</summary>
    public async Task<DevelopmentLink?> FindByTokenAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 100)
            return null;
        var hash = Secrets.Hash(token);
        var index = (await Links.GetEntityIfExistsAsync<TableEntity>(TokenPartition(hash), "", cancellationToken: ct)).Row();
        if (index is null)
            return null;
        var (programmeId, candidateId) = (index.GetString("ProgrammeId"), index.GetString("CandidateId"));
        var row = await Links.GetEntityIfExistsAsync<TableEntity>(programmeId, Key(candidateId, index.GetString("LinkId")), cancellationToken: ct);
        return rows.One(Table, row, ToLink) is { } link && row.Value?.GetString("TokenHash") == hash ? link : null;
    }

    /// <summary>Stops every working link of the candidate at once; returns how many were still working.</summary>
    public async Task<int> RevokeAsync(string programmeId, string candidateId, DateTimeOffset now, CancellationToken ct)
    {
        var revoked = 0;
        await foreach (var row in Links.QueryAsync<TableEntity>(Caseload.CandidateRows.CandidateRange(programmeId, candidateId), cancellationToken: ct))
        {
            // A link whose row cannot be read is stopped too: stopping is the safe side.
            if (rows.TryMap(Table, row, ToLink, out var link) && !link.WorksAt(now))
                continue;
            await Links.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey) { ["RevokedAt"] = now }, ETag.All, TableUpdateMode.Merge, ct);
            await Links.DeleteEntityAsync(TokenPartition(row.GetString("TokenHash")), "", ETag.All, ct);
            revoked++;
        }
        return revoked;
    }

    /// <summary>
    /// Stops one link at its holder's request. Its token row stays, so the link answers "stopped" rather than "unknown";
    /// erasure removes it with the rest. Stopping twice changes nothing.
    /// </summary>
    public Task StopAsync(DevelopmentLink link, DateTimeOffset now, CancellationToken ct) =>
        Links.UpdateEntityAsync(new TableEntity(link.ProgrammeId, Key(link.CandidateId, link.Id))
        {
            ["RevokedAt"] = link.RevokedAt ?? now,
            ["StoppedBy"] = "holder",
        }, ETag.All, TableUpdateMode.Merge, ct);

    /// <summary>Erases the candidate's links and their token rows; a retry after an interruption finishes the job.</summary>
    public async Task EraseAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        await foreach (var row in Links.QueryAsync<TableEntity>(Caseload.CandidateRows.CandidateRange(programmeId,
            candidateId), select: ["TokenHash"], cancellationToken: ct))
            await Links.DeleteEntityAsync(TokenPartition(row.GetString("TokenHash")), "", ETag.All, ct);
        await Links.DeleteWhereAsync(Caseload.CandidateRows.CandidateRange(programmeId, candidateId), ct);
    }

    private static string Key(string candidateId, string linkId) => $"{candidateId}|{linkId}";

    private static string TokenPartition(string hash) => "~" + hash;

    private static DevelopmentLink ToLink(TableEntity row)
    {
        var split = row.RowKey.IndexOf('|', StringComparison.Ordinal);
        return new DevelopmentLink(row.RowKey[(split + 1)..], row.PartitionKey, row.RowKey[..split],
            row.RequiredTime("CreatedAt"), ProgrammeTime.EndOfDayOf(row.RequiredTime("ExpiresAt")), row.GetDateTimeOffset("RevokedAt"))
        {
            StoppedByHolder = row.GetString("StoppedBy") == "holder",
        };
    }
}
