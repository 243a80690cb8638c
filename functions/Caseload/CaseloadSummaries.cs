using IpsMonitor.Signals;

namespace IpsMonitor.Caseload;

/// <summary>
/// Keeps each candidate's caseload summary and their rows of the signal list equal to what their own rows say. Every
/// writer calls <see cref="RefreshAsync"/> after its change (the queue functions after theirs), so there is one way to
/// compute a read model and nothing can drift apart. The recompute reads one candidate's rows only; writing the same
/// summary twice changes nothing.
/// </summary>
internal sealed class CaseloadSummaries(
    CaseloadStore caseload, CheckInStore checkIns, SignalStore signals, CaseloadSummaryStore store, SignalIndexStore index,
    DataRights.ErasureTombstones tombstones, TimeProvider time, IOptions<CheckInOptions> options)
{
    /// <summary>Refreshes of one candidate at once (a redelivered message beside the nightly run) each lose at most once per winner.</summary>
    private const int Attempts = 10;

    /// <summary>The summary as the candidate's rows give it today; null for a candidate who is not (or no longer) there.</summary>
    public async Task<CaseloadSummary?> ComputeAsync(string programmeId, string candidateId, CancellationToken ct) =>
        (await ComputeWithSignalsAsync(programmeId, candidateId, ct)).Summary;

    /// <summary>The summary and the signals it was made of (none for a candidate who is not there).</summary>
    public async Task<(CaseloadSummary? Summary, IReadOnlyList<StoredSignal> Signals)> ComputeWithSignalsAsync(
        string programmeId, string candidateId, CancellationToken ct)
    {
        if (await tombstones.IsErasedAsync(candidateId, ct) || await caseload.GetAsync(programmeId, candidateId, ct) is not { } file)
            return (null, []);
        var jobs = await caseload.JobsAsync(programmeId, candidateId, ct);
        var invitations = (await checkIns.ForCandidateAsync(programmeId, candidateId, ct)).Select(f => f.Invitation).ToList();
        var (stored, _) = await signals.LoadAsync(programmeId, candidateId, ct);
        return (CaseloadSummary.Of(file, jobs, invitations, stored, time.GetUtcNow(), options.Value), stored);
    }

    /// <summary>Recomputes and stores the candidate's read models; true when a stored row was different (or missing, or left over).</summary>
    public async Task<bool> RefreshAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        var touched = new HashSet<(string, string)>();
        for (var attempt = 1; ; attempt++)
        {
            // Read before the signals, so a refresh that read older signals than another loses the race (see SignalIndexStore).
            var owner = await index.OwnerAsync(programmeId, candidateId, ct);
            var (summary, stored) = await ComputeWithSignalsAsync(programmeId, candidateId, ct);
            if (await PutAsync(programmeId, candidateId, summary, ct) is { } written
                && await index.TryPutAsync(programmeId, candidateId, owner, summary?.Candidate.CoachId, stored, touched, ct) is { } listed)
            {
                // Erased while this ran: the erasure may have removed the rows before this write, so take it back.
                if (summary is not null && (written || listed) && await tombstones.IsErasedAsync(candidateId, ct))
                    await RemoveAsync(programmeId, candidateId, ct);
                return written || listed;
            }
            if (attempt == Attempts)
                throw new InvalidOperationException($"The caseload summary of {candidateId} kept changing during {Attempts} attempts.");
            // Apart, so refreshes that lost together do not meet again at once.
            await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
        }
    }

    /// <summary>Removes the candidate from every list of the programme (erasure).</summary>
    public async Task RemoveAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        for (var attempt = 1; await PutAsync(programmeId, candidateId, null, ct) is null; attempt++)
            if (attempt == Attempts)
                throw new InvalidOperationException($"The caseload summary of {candidateId} kept changing during {Attempts} attempts.");
        var touched = new HashSet<(string, string)>();
        for (var attempt = 1; await index.TryPutAsync(programmeId, candidateId, await index.OwnerAsync(programmeId, candidateId, ct),
            null, [], touched, ct) is null; attempt++)
            if (attempt == Attempts)
                throw new InvalidOperationException($"The signal list rows of {candidateId} kept changing during {Attempts} attempts.");
    }

    private Task<bool?> PutAsync(string programmeId, string candidateId, CaseloadSummary? summary, CancellationToken ct) =>
        store.TryPutCandidateAsync(programmeId, candidateId, summary, ct);
}
