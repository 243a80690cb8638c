using System.Collections.Concurrent;
using Azure.Data.Tables;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>
/// The worklists' candidates (a coach's own, or the whole programme), with how many stored rows could not be read.
/// </summary>
internal sealed record WorklistScope(string ProgrammeId, string? CoachId, IReadOnlyList<Candidate> Candidates)
{
    public int Unreadable { get; init; }

    /// <summary>Narrowed to candidates picked from the caseload (one looked up): read by candidate, not by partition.</summary>
    public bool Narrowed { get; init; }
}

/// <summary>
/// What "Vandaag" and the check-ins board read, and no more. For one coach: their candidates (one query of the programme's
/// partition filtered on the coach, so only their rows come back), then each candidate's own rows by key range. For the
/// whole programme: one query per table. Check-ins are read from a date on (their link's expiry), never their answers.
/// A row that cannot be read is skipped, logged by key and counted, so one bad row never breaks a page.
/// </summary>
internal sealed partial class WorklistReads(TableServiceClient tables, StorageNames names, ILogger<WorklistReads> logger)
{
    /// <summary>Range queries run side by side; a coach's caseload is a few dozen candidates.</summary>
    private const int Parallel = 8;

    private static readonly string[] CheckInColumns =
    [
        "PartitionKey", "RowKey", "Respondent", "JobId", "DueDate", "CreatedAt", "ExpiresAt", "State", "AnsweredAt",
        "QuestionnaireId", "QuestionnaireVersion",
    ];

    private TableClient Table(string name) => tables.GetTableClient(names.Table(name));

    public async Task<WorklistScope> ScopeAsync(string programmeId, string? coachId, CancellationToken ct)
    {
        var filter = coachId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and CoachId eq {coachId}");
        var read = new ConcurrentQueue<Candidate>();
        var unreadable = await ReadAsync(CaseloadStore.CandidatesTable, [filter], null, CandidateRows.ToCandidate, read, ct);
        var candidates = read.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        return new WorklistScope(programmeId, coachId, candidates) { Unreadable = unreadable };
    }

    /// <summary>The open signals of the scope's candidates; the count of rows that could not be read.</summary>
    public async Task<(List<StoredSignal> Signals, int Unreadable)> OpenSignalsAsync(WorklistScope scope, CancellationToken ct)
    {
        var read = new ConcurrentQueue<StoredSignal>();
        var unreadable = await ReadAsync(SignalStore.Table, Filters(scope, null), null,
            row => SignalRows.IsState(row) ? null : SignalRows.ToSignal(row), read, ct);
        var ids = scope.Candidates.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return ([.. read.Where(s => s.IsOpen && ids.Contains(s.CandidateId))], unreadable);
    }

    /// <summary>
    /// The scope's check-ins whose link expires at or after <paramref name="from"/> (all without): every open one, and
    /// every one that closed since (an answer comes before the expiry), without answers or drafts.
    /// </summary>
    public async Task<(List<Invitation> CheckIns, int Unreadable)> CheckInsAsync(
        WorklistScope scope, DateTimeOffset? from, CancellationToken ct)
    {
        var read = new ConcurrentQueue<Invitation>();
        var unreadable = await ReadAsync(CheckInStore.Table, Filters(scope, from), CheckInColumns,
            row => InvitationRows.ToFile(row).Invitation, read, ct);
        var ids = scope.Candidates.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return ([.. read.Where(i => i.State != InvitationState.Cancelled && ids.Contains(i.CandidateId))], unreadable);
    }

    /// <summary>One range per candidate for a coach; the partition (outbox and other non-candidate rows left out) for all.</summary>
    private static List<string> Filters(WorklistScope scope, DateTimeOffset? expiresFrom)
    {
        var p = scope.ProgrammeId;
        if (scope.CoachId is null && !scope.Narrowed)
            return [expiresFrom is { } f
                ? TableClient.CreateQueryFilter($"PartitionKey eq {p} and RowKey lt {"~"} and ExpiresAt ge {f}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {p} and RowKey lt {"~"}")];
        return scope.Candidates.Select(c => expiresFrom is { } from
            ? TableClient.CreateQueryFilter(
                $"PartitionKey eq {p} and RowKey gt {c.Id + "|"} and RowKey lt {c.Id + "}"} and ExpiresAt ge {from}")
            : CandidateRows.CandidateRange(p, c.Id)).ToList();
    }

    private async Task<int> ReadAsync<T>(string table, List<string> filters, string[]? select,
        Func<TableEntity, T?> map, ConcurrentQueue<T> into, CancellationToken ct) where T : class
    {
        var client = Table(table);
        var unreadable = 0;
        await System.Threading.Tasks.Parallel.ForEachAsync(filters,
            new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = ct }, async (filter, token) =>
            {
                await foreach (var row in client.QueryAsync<TableEntity>(filter, select: select, cancellationToken: token))
                {
                    try
                    {
                        if (map(row) is { } value)
                            into.Enqueue(value);
                    }
                    catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException
                        or System.Text.Json.JsonException or NullReferenceException)
                    {
                        LogUnreadable(table, row.PartitionKey, row.RowKey, e.GetType().Name);
                        Interlocked.Increment(ref unreadable);
                    }
                }
            });
        return unreadable;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unreadable {Table} row {PartitionKey}/{RowKey} skipped ({Error})")]
    private partial void LogUnreadable(string table, string partitionKey, string rowKey, string error);
}
