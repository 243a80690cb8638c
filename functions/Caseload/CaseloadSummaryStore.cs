using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Caseload;

/// <summary>
/// The caseload read model. One partition per programme and one per programme and coach, each holding per candidate a
/// summary row (<c>c|id</c>) and an index row per order whose RowKey is the order itself (<see cref="CaseloadSummary.AttentionKey"/>,
/// <see cref="CaseloadSummary.DueKey"/>), plus one count row (<c>n</c>). A list is then a key range read in the order
/// it shows, 50 rows at a time. The summary row names the index keys it owns, so moving a candidate in the order is
/// "delete old, insert new" in one transaction with the summary and the counts: a partition is never half moved.
/// </summary>
internal sealed class CaseloadSummaryStore(TableServiceClient tables, StorageNames names, RowReader reader)
{
    public const string Table = "caseloadsummaries";
    public const string SummaryPrefix = "c|";
    public const string CountsKey = "n";
    private const string SummaryColumn = CaseloadSummaryRows.SummaryColumn;

    private TableClient Summaries => tables.GetTableClient(names.Table(Table));

    public static string ProgrammePartition(string programmeId) => programmeId;

    /// <summary>Ids are safe keys (letters, digits, '-', '_'), so '|' never occurs in one and the two parts stay apart.</summary>
    public static string CoachPartition(string programmeId, string coachId) => programmeId + "|" + coachId;

    /// <summary>
    /// The partition an API list reads: a coach's own caseload; for a coordinator the programme's, or the coach's that
    /// ?coach= names. Null for a coach id that cannot be a key, whose list is empty.
    /// </summary>
    public static string? ListPartition(Staff staff, string programmeId, IQueryCollection query)
    {
        var coach = staff.IsCoordinator ? query["coach"].FirstOrDefault() : staff.CoachId;
        if (coach is null)
            return ProgrammePartition(programmeId);
        return Keys.IsSafe(coach) ? CoachPartition(programmeId, coach) : null;
    }

    /// <summary>The column an index row carries per open signal type, for a server-side filter.</summary>
    public static string SignalColumn(string type) => "Open_" + type;

    public async Task<CaseloadSummary?> GetAsync(string partition, string candidateId, CancellationToken ct) =>
        (await Summaries.GetEntityIfExistsAsync<TableEntity>(partition, SummaryPrefix + candidateId, [SummaryColumn], ct)).Row() is { } row
            ? CaseloadSummaryRows.Read(row) : null;

    /// <summary>
    /// Makes the partition hold <paramref name="summary"/> for the candidate (none: the candidate leaves it). Null when the
    /// summary row or the counts changed meanwhile: nothing was written, and the caller computes again. Otherwise whether
    /// anything was written (false: the stored rows were right already) and the coach the stored row named before.
    /// </summary>
    public async Task<SummaryWrite?> TryPutAsync(string partition, string candidateId, CaseloadSummary? summary, CancellationToken ct)
    {
        var stored = (await Summaries.GetEntityIfExistsAsync<TableEntity>(partition, SummaryPrefix + candidateId, cancellationToken: ct)).Row();
        var before = stored is null ? null : CaseloadSummaryRows.TryRead(stored);
        var previousCoach = before?.Candidate.CoachId;
        if (stored is null && summary is null
            || stored is not null && summary is not null && stored.GetString(SummaryColumn) == Platform.Json.Write(summary)
                && stored.GetString(nameof(CaseloadOrder.Attention)) == summary.AttentionKey && stored.GetString(nameof(CaseloadOrder.Due)) == summary.DueKey)
            return new SummaryWrite(false, previousCoach);
        var counts = (await Summaries.GetEntityIfExistsAsync<TableEntity>(partition, CountsKey, cancellationToken: ct)).Row();
        var tally = counts is null ? SummaryCounts.None : Platform.Json.Read<SummaryCounts>(counts.GetString("Counts"));
        tally = tally.Without(before).With(summary);
        var actions = new List<TableTransactionAction>();
        if (summary is null && stored is not null)
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, stored.RowKey), stored.ETag));
        else if (summary is not null)
            actions.Add(stored is null ? new(TableTransactionActionType.Add, CaseloadSummaryRows.SummaryRow(partition, summary))
                : new(TableTransactionActionType.UpdateReplace, CaseloadSummaryRows.SummaryRow(partition, summary), stored.ETag));
        var stale = new List<TableTransactionAction>();
        foreach (var (column, key) in new[] { (nameof(CaseloadOrder.Attention), summary?.AttentionKey), (nameof(CaseloadOrder.Due), summary?.DueKey) })
        {
            if (stored?.GetString(column) is { } old && old != key)
                stale.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, old), ETag.All));
            if (summary is not null && key is not null)
                actions.Add(new(TableTransactionActionType.UpsertReplace, CaseloadSummaryRows.IndexRow(partition, key, summary)));
        }
        var countsRow = new TableEntity(partition, CountsKey) { ["Counts"] = Platform.Json.Write(tally) };
        actions.Add(counts is null ? new(TableTransactionActionType.Add, countsRow)
            : new(TableTransactionActionType.UpdateReplace, countsRow, counts.ETag));
        try
        {
            await SubmitAsync([.. actions, .. stale], actions, ct);
            return new SummaryWrite(true, previousCoach);
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The programme's partition first, which knows the coach the candidate had; then the coach's partition, and the
    /// previous coach's when the candidate moved. Null when a partition changed meanwhile; else whether anything was written.
    /// </summary>
    public async Task<bool?> TryPutCandidateAsync(string programmeId, string candidateId, CaseloadSummary? summary, CancellationToken ct)
    {
        if (await TryPutAsync(ProgrammePartition(programmeId), candidateId, summary, ct) is not { } programme)
            return null;
        var written = programme.Written;
        var coach = summary?.Candidate.CoachId;
        foreach (var (partition, value) in new[] { (programme.PreviousCoach, (CaseloadSummary?)null), (coach, summary) })
        {
            if (partition is null || value is null && partition == coach)
                continue;
            if (await TryPutAsync(CoachPartition(programmeId, partition), candidateId, value, ct) is not { } put)
                return null;
            written |= put.Written;
        }
        return written;
    }

    /// <summary>An index row that is gone already (removed by hand, or by a repair) must not block the move: then without it.</summary>
    private async Task SubmitAsync(List<TableTransactionAction> all, List<TableTransactionAction> withoutStale, CancellationToken ct)
    {
        try
        {
            await Summaries.SubmitTransactionAsync(all, ct);
        }
        catch (TableTransactionFailedException e) when (e.Status == 404 && all.Count > withoutStale.Count)
        {
            await Summaries.SubmitTransactionAsync(withoutStale, ct);
        }
    }

    public async Task<SummaryCounts> CountsAsync(string partition, CancellationToken ct) =>
        (await Summaries.GetEntityIfExistsAsync<TableEntity>(partition, CountsKey, ["Counts"], ct)).Row() is { } row
            ? Platform.Json.Read<SummaryCounts>(row.GetString("Counts")) : SummaryCounts.None;

    /// <summary>
    /// One page of a list: the rows under <paramref name="prefix"/> that pass the filter, in key order, after the key
    /// <paramref name="after"/> (a continuation token from the previous page), or else after skipping <paramref name="skip"/> rows.
    /// </summary>
    public Task<(List<CaseloadSummary> Rows, string? Next)> PageAsync(string partition, string prefix, string? extraFilter,
        string? after, int skip, int take, int total, CancellationToken ct) =>
        KeyRangePage.Prefix(partition, prefix, extraFilter)
            .ReadAsync(Summaries, reader, Table, ["RowKey", SummaryColumn], CaseloadSummaryRows.Read, after, skip, take, total, ct);

    /// <summary>Every row of the partitions of a programme (its own and its coaches'), keys and summaries, for a rebuild or a check.</summary>
    public IAsyncEnumerable<TableEntity> ProgrammeRowsAsync(string programmeId, CancellationToken ct) =>
        Summaries.QueryAsync<TableEntity>(TableClient.CreateQueryFilter(
            $"(PartitionKey eq {programmeId}) or (PartitionKey gt {programmeId + "|"} and PartitionKey lt {programmeId + "}"})"),
            select: ["PartitionKey", "RowKey", SummaryColumn, nameof(CaseloadOrder.Attention), nameof(CaseloadOrder.Due)], cancellationToken: ct);

    public Task DeleteAsync(string partition, string rowKey, CancellationToken ct) =>
        Summaries.DeleteEntityAsync(partition, rowKey, ETag.All, ct);

    /// <summary>Counts set from what the partition holds, after a rebuild (a count row never drifts on its own: see TryPutAsync).</summary>
    public Task SetCountsAsync(string partition, SummaryCounts counts, CancellationToken ct) =>
        Summaries.UpsertEntityAsync(new TableEntity(partition, CountsKey) { ["Counts"] = Platform.Json.Write(counts) }, TableUpdateMode.Replace, ct);
}

/// <summary>What a put did: whether it wrote, and which coach the row named before (null: there was none).</summary>
internal sealed record SummaryWrite(bool Written, string? PreviousCoach);
