using Azure.Data.Tables;

namespace IpsMonitor.Workbooks;

public enum BuildRequestState
{
    Requested,
    Running,
    Done,
    Failed,
}

/// <summary>
/// An on-demand rebuild and how far it got; <c>ExternCorrection</c> when it asks for a new external version. A failed one
/// has the kind of failure, never a message (see <see cref="BuildFailure"/>).
/// </summary>
internal sealed record BuildRequest(
    string RequestId, string ProgrammeId, Quarter Quarter, string RequestedBy, BuildRequestState State, DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? BuildId, BuildFailure? Failure, bool ExternCorrection = false)
{
    /// <summary>
    /// The request as it stands at <paramref name="now"/>: one still unfinished <see cref="WorkbookBuildStore.PendingAtMost"/>
    /// after it was asked for is failed (lost), so no status page waits for it forever.
    /// </summary>
    public BuildRequest AsOf(DateTimeOffset now) =>
        State is BuildRequestState.Requested or BuildRequestState.Running && now - RequestedAt > WorkbookBuildStore.PendingAtMost
            ? this with { State = BuildRequestState.Failed, Failure = BuildFailure.Lost }
            : this;


    /// <summary>Stored rows the build left out (at most <see cref="SkippedRowList.Kept"/>), for the coordinator to have repaired.</summary>
    public IReadOnlyList<SkippedRow> SkippedRows { get; init; } = [];
}

/// <summary>
/// The optional body of a build request. <c>externCorrection: true</c> makes the build write the next version of the
/// quarter's external workbook, labelled as a correction; without it a closed quarter's external workbook stays as frozen.
/// </summary>
public sealed record WorkbookBuildRequest(bool? ExternCorrection);

/// <summary>The message on workbook-requests.</summary>
public sealed record WorkbookBuildMessage(string ProgrammeId, string Quarter, string RequestId);

/// <summary>
/// On-demand build requests in table workbookrequests, partitioned by programme and keyed by request id, so the status
/// route is a point read and "is one pending?" is a query within one partition.
/// </summary>
internal sealed class WorkbookBuildStore(TableServiceClient tables, StorageNames names, TimeProvider time, RowReader rows)
{
    public const string Table = "workbookrequests";

    /// <summary>The property that lists the skipped rows (by key, which may hold a candidate id; erasure takes them out).</summary>
    public const string SkippedProperty = "SkippedRows";

    /// <summary>A request still unfinished after this long is taken to be lost, and a new request starts afresh.</summary>
    public static readonly TimeSpan PendingAtMost = TimeSpan.FromMinutes(30);

    private TableClient Requests => tables.GetTableClient(names.Table(Table));

    /// <summary>
    /// The request named by the quarter's claim, while it waits or runs. Only the claim says which request is pending:
    /// a request row that lost the race for it stands for a moment before it is deleted, and must never be answered.
    /// </summary>
    public async Task<BuildRequest?> PendingAsync(string programmeId, Quarter quarter, bool externCorrection, CancellationToken ct) =>
        (await ClaimedAsync(programmeId, ClaimKey(quarter, externCorrection), ct)).Pending;

    /// <summary>
    /// How many of the programme's requests are waiting or running (not yet taken to be lost). Only claimed requests count:
    /// one that lost the race for its quarter's claim is on its way out, and must not make a request sent beside it too many.
    /// </summary>
    public async Task<int> PendingCountAsync(string programmeId, CancellationToken ct)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var claims = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey ge {ClaimPrefix} and RowKey lt {"claim."}");
        await foreach (var claim in Requests.QueryAsync<TableEntity>(claims, select: ["RequestId"], cancellationToken: ct))
            if (claim.GetString("RequestId") is { } id)
                claimed.Add(id);
        var since = time.GetUtcNow() - PendingAtMost;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {programmeId} and RequestedAt ge {since} and (State eq {nameof(BuildRequestState.Requested)} or State eq {nameof(BuildRequestState.Running)})");
        var count = 0;
        await foreach (var row in Requests.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: ct))
            if (claimed.Contains(row.RowKey))
                count++;
        return count;
    }

    public async Task<BuildRequest> CreateAsync(string programmeId, Quarter quarter, string requestedBy, CancellationToken ct, bool externCorrection = false)
    {
        var request = new BuildRequest(Guid.NewGuid().ToString("N"), programmeId, quarter, requestedBy,
            BuildRequestState.Requested, time.GetUtcNow(), null, null, null, null, externCorrection);
        await Requests.AddEntityAsync(ToRow(request), ct);
        return request;
    }

    /// <summary>
    /// A new request, unless one for the same quarter (and kind) is still waiting or running: then that one, not created.
    /// Two requests sent at once race for one claim row ("claim-{quarter}-{kind}", naming the pending request; inserted,
    /// or taken over from a finished one by its ETag), so only one of them is created and queued. The request row is
    /// written before its claim, so a claim never names a request that cannot be read; the loser's row is deleted.
    /// </summary>
    public async Task<(BuildRequest Request, bool Created)> ClaimAsync(
        string programmeId, Quarter quarter, string requestedBy, bool externCorrection, CancellationToken ct)
    {
        var claimKey = ClaimKey(quarter, externCorrection);
        for (var attempt = 0; ; attempt++)
        {
            var (claim, pending) = await ClaimedAsync(programmeId, claimKey, ct);
            if (pending is not null)
                return (pending, false);
            var request = await CreateAsync(programmeId, quarter, requestedBy, ct, externCorrection);
            var row = new TableEntity(programmeId, claimKey) { ["RequestId"] = request.RequestId };
            try
            {
                if (claim is not null)
                    await Requests.UpdateEntityAsync(row, claim.ETag, TableUpdateMode.Replace, ct);
                else
                    await Requests.AddEntityAsync(row, ct);
                return (request, true);
            }
            catch (Azure.RequestFailedException e) when (e.Status is 409 or 412 && attempt < 3)
            {
                // Another request claimed the quarter first: this one was never queued, so it goes, and theirs is answered.
                await Requests.DeleteEntityAsync(programmeId, request.RequestId, cancellationToken: CancellationToken.None);
            }
        }
    }

    private const string ClaimPrefix = "claim-";

    private static string ClaimKey(Quarter quarter, bool externCorrection) =>
        $"{ClaimPrefix}{quarter}-{(externCorrection ? "extern" : "build")}";

    /// <summary>The quarter's claim row (null when none was ever written) and the request it names, if that still waits or runs.</summary>
    private async Task<(TableEntity? Claim, BuildRequest? Pending)> ClaimedAsync(string programmeId, string claimKey, CancellationToken ct)
    {
        var found = await Requests.GetEntityIfExistsAsync<TableEntity>(programmeId, claimKey, cancellationToken: ct);
        if (found is not { HasValue: true, Value: { } claim })
            return (null, null);
        var pending = claim.GetString("RequestId") is { } claimedId
            && await GetAsync(programmeId, claimedId, ct) is { } claimed
            && claimed.AsOf(time.GetUtcNow()).State is BuildRequestState.Requested or BuildRequestState.Running
                ? claimed
                : null;
        return (claim, pending);
    }

    public async Task<BuildRequest?> GetAsync(string programmeId, string requestId, CancellationToken ct)
    {
        // Ids are 32 lowercase hex digits; anything else (a '#' in a row key, say) is not looked up at all.
        if (requestId.Length != 32 || !requestId.All(char.IsAsciiHexDigitLower))
            return null;
        var row = await Requests.GetEntityIfExistsAsync<TableEntity>(programmeId, requestId, cancellationToken: ct);
        return rows.One(Table, row, ToRequest);
    }

    /// <summary>Replaces the whole row, so an error of an earlier attempt does not linger after a later one succeeds.</summary>
    public Task SaveAsync(BuildRequest request, CancellationToken ct) =>
        Requests.UpsertEntityAsync(ToRow(request), TableUpdateMode.Replace, ct);

    private static TableEntity ToRow(BuildRequest r) => new(r.ProgrammeId, r.RequestId)
    {
        ["Quarter"] = r.Quarter.ToString(),
        ["RequestedBy"] = r.RequestedBy,
        ["State"] = r.State.ToString(),
        ["RequestedAt"] = r.RequestedAt,
        ["StartedAt"] = r.StartedAt,
        ["FinishedAt"] = r.FinishedAt,
        ["BuildId"] = r.BuildId,
        ["Failure"] = r.Failure?.ToString(),
        [SkippedProperty] = r.SkippedRows.Count == 0 ? null : Json.Write(SkippedRowList.Capped(r.SkippedRows)),
        ["ExternCorrection"] = r.ExternCorrection,
    };

    private static BuildRequest ToRequest(TableEntity row) =>
        Quarter.TryParse(row.GetString("Quarter"), out var quarter) && Enum.TryParse<BuildRequestState>(row.GetString("State"), out var state)
            ? new BuildRequest(row.RowKey, row.PartitionKey, quarter, row.GetString("RequestedBy") ?? "", state,
                row.GetDateTimeOffset("RequestedAt") ?? default,
                row.GetDateTimeOffset("StartedAt"), row.GetDateTimeOffset("FinishedAt"), row.GetString("BuildId"), FailureOf(row, state),
                row.GetBoolean("ExternCorrection") ?? false)
            {
                SkippedRows = row.GetString(SkippedProperty) is { } skipped ? Json.Read<List<SkippedRow>>(skipped) : [],
            }
            : throw new FormatException("The request's quarter or state is not one this version knows.");

    /// <summary>
    /// The stored kind; a failed row written before kinds were kept has only a message (which could quote an exception),
    /// so it is shown as a build error and the message is never read.
    /// </summary>
    private static BuildFailure? FailureOf(TableEntity row, BuildRequestState state) =>
        Enum.TryParse<BuildFailure>(row.GetString("Failure"), out var failure) && Enum.IsDefined(failure) ? failure
        : state == BuildRequestState.Failed ? BuildFailure.BuildError
        : null;
}
