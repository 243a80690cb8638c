using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Signals;

/// <summary>Stores signals with optimistic concurrency: a write of a candidate's signals succeeds only on the version it read.</summary>
internal sealed class SignalStore(TableServiceClient tables, StorageNames names, RowReader rows)
{
    public const string Table = "signals";

    private TableClient Signals => tables.GetTableClient(names.Table(Table));

    /// <summary>The candidate's signals, open and resolved, and the version of their state row (default when there is none yet).</summary>
    public async Task<(List<StoredSignal> Signals, ETag Version)> LoadAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        var signals = new List<StoredSignal>();
        var version = default(ETag);
        await foreach (var row in Signals.QueryAsync<TableEntity>(CandidateRows.CandidateRange(programmeId, candidateId), cancellationToken: ct))
        {
            if (SignalRows.IsState(row))
                version = row.ETag;
            else if (rows.TryMap(Table, row, SignalRows.ToSignal, out var signal))
                signals.Add(signal);
        }
        return (signals, version);
    }

    /// <summary>
    /// Writes the plan and bumps the state row in one transaction, conditional on the version read. False when another
    /// writer got there first: the caller reads again and recomputes, so a lost race never leaves a duplicate or a stale signal.
    /// </summary>
    public async Task<bool> TrySaveAsync(string programmeId, string candidateId, ReconcilePlan plan, ETag version, DateTimeOffset now, CancellationToken ct)
    {
        var state = new TableEntity(programmeId, candidateId + SignalRows.StateSuffix) { ["EvaluatedAt"] = now };
        var actions = new List<TableTransactionAction>
        {
            version == default
                ? new TableTransactionAction(TableTransactionActionType.Add, state)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, state, version),
        };
        actions.AddRange(plan.ToOpen.Select(s => new TableTransactionAction(TableTransactionActionType.Add, SignalRows.ToRow(programmeId, s))));
        actions.AddRange(plan.ToUpdate.Concat(plan.ToResolve).Select(s =>
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, SignalRows.ToRow(programmeId, s))));
        if (actions.Count > 100)
            throw new InvalidOperationException($"Candidate {candidateId} has {actions.Count} signal changes at once; a transaction holds 100.");
        try
        {
            await Signals.SubmitTransactionAsync(actions, ct);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Records a coach's acknowledgement. It bumps the state row too, so a recompute that read the signals before it loses
    /// its race and reads again, instead of writing the signal back without the acknowledgement. Null when there is no such signal.
    /// </summary>
    public async Task<StoredSignal?> AcknowledgeAsync(string programmeId, string candidateId, string signalId,
        string by, string? note, DateTimeOffset now, CancellationToken ct)
    {
        var (signals, version) = await LoadAsync(programmeId, candidateId, ct);
        if (signals.FirstOrDefault(s => s.Id == signalId) is not { } signal)
            return null;
        if (!signal.IsOpen)
            throw new InvalidOperationException("A resolved signal is history and is not acknowledged any more.");
        var acknowledged = signal with
        {
            AcknowledgedAt = now, AcknowledgedBy = by, AcknowledgementNote = note,
            Acknowledgements = [.. signal.Acknowledgements, new Acknowledgement(now, by, note)],
        };
        var plan = new ReconcilePlan([], [acknowledged], []);
        return await TrySaveAsync(programmeId, candidateId, plan, version, now, ct) ? acknowledged
            : throw new RequestFailedException(412, "The signals changed meanwhile.");
    }

    public Task<int> EraseAsync(string programmeId, string candidateId, CancellationToken ct) =>
        Signals.DeleteWhereAsync(CandidateRows.CandidateRange(programmeId, candidateId), ct);
}
