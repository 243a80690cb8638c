using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Caching.Memory;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Invitations with their answers (partitioned by programme, keyed candidate|invitation), the token index (a token's
/// hash → its invitation) and the outbox rows that make sure every submission gets its queue message.
/// </summary>
internal sealed class CheckInStore(TableServiceClient tables, StorageNames names, LinkSeal seal, TimeProvider time, RowReader rows)
    : IDisposable
{
    public const string Table = "checkins";
    public const string TokensTable = "tokens";

    private TableClient CheckIns => tables.GetTableClient(names.Table(Table));
    private TableClient Tokens => tables.GetTableClient(names.Table(TokensTable));

    /// <summary>Token hash → where its index row points; a respondent's walk reads the index once instead of at every screen.</summary>
    private readonly MemoryCache resolved = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public void Dispose() => resolved.Dispose();

    /// <summary>False when an invitation with that id exists already: scheduling twice creates nothing twice.</summary>
    public async Task<bool> TryCreateAsync(string programmeId, Invitation invitation, CancellationToken ct)
    {
        var row = InvitationRows.ToRow(programmeId, invitation, null, null);
        try
        {
            // One created closed (a missed check-in entered afterwards) gets its quarter index row in the same transaction.
            if (CheckInQuarterIndex.Row(programmeId, invitation) is { } index)
                await CheckIns.SubmitTransactionAsync([new(TableTransactionActionType.Add, row), new(TableTransactionActionType.UpsertReplace, index)], ct);
            else
                await CheckIns.AddEntityAsync(row, ct);
            return true;
        }
        catch (Exception e) when (e is RequestFailedException { Status: 409 } or TableTransactionFailedException { Status: 409 })
        {
            return false;
        }
    }

    /// <summary>
    /// Gives an open invitation a fresh link. Only the hash is stored, so a link can be shown once; issuing a new one
    /// makes the old one stop working. The draft goes with the old link: whoever holds the new one (a coach who asked for
    /// it, say) must never read or send the respondent's unsent answers. issuedBy is kept so every use of the link is
    /// audited under the person who made it.
    /// </summary>
    public async Task<string> IssueTokenAsync(VersionedInvitation file, string issuedBy, CancellationToken ct)
    {
        var token = Secrets.NewToken();
        var hash = Secrets.Hash(token);
        var invitation = file.Invitation;
        // The invitation first: if the token row then fails, the link simply never worked, and no orphan token points anywhere.
        // Replace, not merge: a merge skips null columns, and the draft must really go.
        await CheckIns.UpdateEntityAsync(InvitationRows.ToRow(file.ProgrammeId, invitation, null, hash, issuedBy,
            seal.Seal(token)), file.ETag, TableUpdateMode.Replace, ct);
        await Tokens.AddEntityAsync(new TableEntity(hash, "")
        {
            ["ProgrammeId"] = file.ProgrammeId,
            ["CandidateId"] = invitation.CandidateId,
            ["InvitationId"] = invitation.Id,
        }, ct);
        if (file.TokenHash is { } old)
            await Tokens.DeleteEntityAsync(old, "", cancellationToken: ct);
        return token;
    }

    /// <summary>The invitation a link points to; null for an unknown link or one replaced by a newer link.</summary>
    public async Task<VersionedInvitation?> FindByTokenAsync(string token, CancellationToken ct)
    {
        if (await ResolveTokenAsync(token, ct) is not { } target)
            return null;
        var file = await GetAsync(target.ProgrammeId, target.CandidateId, target.InvitationId, ct);
        return file?.TokenHash == target.Hash ? file : null;
    }

    /// <summary>
    /// Where a link's index row points, without reading the invitation: the caller must still check that the invitation's
    /// TokenHash equals Hash, because the invitation row, not the index, decides whether a link works. That is also why
    /// the answer may be kept in memory: a reissued, stopped or erased link fails that check whatever the index said.
    /// Only links that were found are kept, so guessed tokens cannot fill the memory.
    /// </summary>
    public async Task<TokenTarget?> ResolveTokenAsync(string token, CancellationToken ct)
    {
        if (token.Length is < 20 or > 100)
            return null;
        var hash = Secrets.Hash(token);
        if (resolved.TryGetValue(hash, out TokenTarget? known))
            return known;
        var index = (await Tokens.GetEntityIfExistsAsync<TableEntity>(hash, "", cancellationToken: ct)).Row();
        if (index is null)
            return null;
        var target = new TokenTarget(index.GetString("ProgrammeId"), index.GetString("CandidateId"), index.GetString("InvitationId"), hash);
        resolved.Set(hash, target, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return target;
    }

    public async Task<VersionedInvitation?> GetAsync(string programmeId, string candidateId, string invitationId, CancellationToken ct)
    {
        var row = await CheckIns.GetEntityIfExistsAsync<TableEntity>(programmeId, InvitationRows.Key(candidateId, invitationId), cancellationToken: ct);
        return rows.One(Table, row, InvitationRows.ToFile);
    }

    public async Task<IReadOnlyList<VersionedInvitation>> ForCandidateAsync(string programmeId, string candidateId, CancellationToken ct) =>
        await rows.ListAsync(Table, CheckIns.QueryAsync<TableEntity>(Caseload.CandidateRows.CandidateRange(programmeId, candidateId),
            cancellationToken: ct), InvitationRows.ToFile, ct);

    /// <summary>Every invitation of a programme, streamed: one partition, outbox rows excluded.</summary>
    public async IAsyncEnumerable<VersionedInvitation> ForProgrammeAsync(string programmeId, string? state,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filter = state is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey lt {"~"}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey lt {"~"} and State eq {state}");
        await foreach (var file in rows.AllAsync(Table, CheckIns.QueryAsync<TableEntity>(filter, cancellationToken: ct), InvitationRows.ToFile, ct))
            yield return file;
    }

    /// <summary>
    /// When each listed candidate last answered a check-in. A coach's caseload (a few dozen) is a range query per candidate;
    /// a whole programme is one partition query that fetches two columns of the answered candidate check-ins only.
    /// </summary>
    public async Task<Dictionary<string, DateTimeOffset>> LastCandidateCheckInsAsync(string programmeId,
        IReadOnlyCollection<string> candidateIds, CancellationToken ct)
    {
        var answered = nameof(InvitationState.Answered);
        var candidate = nameof(Respondent.Candidate);
        var filters = candidateIds.Count <= 50
            ? candidateIds.Select(id => TableClient.CreateQueryFilter(
                $"PartitionKey eq {programmeId} and RowKey gt {id + "|"} and RowKey lt {id + "}"} and State eq {answered} and Respondent eq {candidate}")).ToList()
            : [TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey lt {"~"} and State eq {answered} and Respondent eq {candidate}")];
        var last = new Dictionary<string, DateTimeOffset>();
        foreach (var filter in filters)
        {
            var answers = CheckIns.QueryAsync<TableEntity>(filter, select: ["RowKey", "AnsweredAt"], cancellationToken: ct);
            await foreach (var (id, answeredAt) in rows.AllAsync(Table, answers,
                row => (row.RowKey[..row.RowKey.IndexOf('|', StringComparison.Ordinal)], row.GetDateTimeOffset("AnsweredAt")), ct))
            {
                if (answeredAt is { } at && (!last.TryGetValue(id, out var seen) || at > seen))
                    last[id] = at;
            }
        }
        return last;
    }

    public Task SaveDraftAsync(VersionedInvitation file, IReadOnlyDictionary<string, string?> draft, CancellationToken ct) =>
        CheckIns.UpdateEntityAsync(new TableEntity(file.ProgrammeId, InvitationRows.Key(file.Invitation.CandidateId, file.Invitation.Id))
        {
            ["Draft"] = draft.Count == 0 ? null : Json.Write(draft),
        }, file.ETag, TableUpdateMode.Merge, ct);

    /// <summary>
    /// Moves the invitation to its new state (answered or missed) and writes the outbox row in one transaction, conditional
    /// on the version read: false when someone else changed it first (a double submit), and then nothing was written.
    /// </summary>
    public async Task<bool> CloseAsync(VersionedInvitation file, Invitation closed, string queue, CancellationToken ct)
    {
        var message = new CheckInMessage(file.ProgrammeId, closed.CandidateId, closed.Id);
        var row = InvitationRows.ToRow(file.ProgrammeId, closed, null, file.TokenHash, file.LinkIssuedBy);
        row.ETag = file.ETag;
        try
        {
            await CheckIns.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, file.ETag),
                new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    InvitationRows.OutboxRow(file.ProgrammeId, queue, message, time.GetUtcNow())),
                .. QuarterIndex(file.ProgrammeId, closed),
            ], ct);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 409)
        {
            return false;
        }
    }

    /// <summary>Cancels the check-in, conditional on the version read (a conflict when it was answered or changed meanwhile).</summary>
    public async Task<Write> CancelAsync(VersionedInvitation file, CancellationToken ct)
    {
        var cancelled = file.Invitation with { State = InvitationState.Cancelled };
        try
        {
            await CheckIns.UpdateEntityAsync(InvitationRows.ToRow(file.ProgrammeId, cancelled, null, file.TokenHash,
                file.LinkIssuedBy), file.ETag, TableUpdateMode.Replace, ct);
            return Write.Saved;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return Write.Conflict;
        }
    }

    /// <summary>
    /// Stores a staff correction of an invitation, conditional on the version read (a conflict when it changed meanwhile).
    /// With stopLink the link and the draft go: whoever holds the link may be the wrong person.
    /// </summary>
    public async Task<Write> CorrectAsync(VersionedInvitation file, Invitation corrected, bool stopLink, CancellationToken ct)
    {
        var row = stopLink
            ? InvitationRows.ToRow(file.ProgrammeId, corrected, null, null)
            : InvitationRows.ToRow(file.ProgrammeId, corrected, file.Draft, file.TokenHash, file.LinkIssuedBy, file.SealedLink);
        // A closed check-in's index row changes with it (the respondent), in the same transaction.
        try
        {
            await CheckIns.SubmitTransactionAsync(
                [new(TableTransactionActionType.UpdateReplace, row, file.ETag), .. QuarterIndex(file.ProgrammeId, corrected)], ct);
        }
        catch (TableTransactionFailedException e) when (e.Status == 412)
        {
            return Write.Conflict;
        }
        if (stopLink && file.TokenHash is { } old)
            await Tokens.DeleteEntityAsync(old, "", ETag.All, ct);
        return Write.Saved;
    }

    public async IAsyncEnumerable<(string Queue, CheckInMessage Message,
        DateTimeOffset CreatedAt)> OutboxAsync(string programmeId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey ge {InvitationRows.OutboxPrefix} and RowKey lt {"~outbox}"}");
        await foreach (var row in CheckIns.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            var key = row.RowKey[InvitationRows.OutboxPrefix.Length..].Split('|');
            yield return (row.GetString("Queue"), new CheckInMessage(programmeId, key[0], key[1]), row.RequiredTime("CreatedAt"));
        }
    }

    public async Task DeleteOutboxAsync(CheckInMessage message, CancellationToken ct)
    {
        await CheckIns.DeleteEntityAsync(message.ProgrammeId, InvitationRows.OutboxKey(message), cancellationToken: ct);
    }

    /// <summary>Erases a candidate's check-ins with their answers, their links, their reminders and any pending outbox rows.</summary>
    public async Task EraseAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        foreach (var file in await ForCandidateAsync(programmeId, candidateId, ct))
        {
            if (file.TokenHash is { } hash)
                await Tokens.DeleteEntityAsync(hash, "", ETag.All, ct);
            // Deleted by key: the index row's quarter follows from the check-in, which is why the check-ins go last.
            if (CheckInQuarterIndex.Key(file.Invitation) is { } index)
                await CheckIns.DeleteEntityAsync(programmeId, index, ETag.All, ct);
        }
        var outbox = InvitationRows.OutboxPrefix + candidateId + "|";
        await CheckIns.DeleteWhereAsync(
            TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey ge {outbox} and RowKey lt {outbox[..^1] + "}"}"), ct);
        await CheckIns.DeleteWhereAsync(ReminderStore.CandidateFilter(programmeId, candidateId), ct);
        await CheckIns.DeleteWhereAsync(Caseload.CandidateRows.CandidateRange(programmeId, candidateId), ct);
    }

    private static IEnumerable<TableTransactionAction> QuarterIndex(string programmeId, Invitation invitation) =>
        CheckInQuarterIndex.Row(programmeId, invitation) is { } row ? [new(TableTransactionActionType.UpsertReplace, row)] : [];
}

/// <summary>What a link's index row names: the invitation's programme, candidate and id, and the link's hash.</summary>
internal sealed record TokenTarget(string ProgrammeId, string CandidateId, string InvitationId, string Hash);
