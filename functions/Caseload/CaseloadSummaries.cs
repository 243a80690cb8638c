using IpsMonitor.Signals;

namespace IpsMonitor.Caseload;

/// <summary>
/// Keeps each candidate's caseload summary equal to what their own rows say. Every writer calls <see cref="RefreshAsync"/>
/// after its change (the queue functions after theirs), so there is one way to compute a summary and nothing can drift
/// apart. The recompute reads one candidate's rows only; writing the same summary twice changes nothing.
/// </summary>
internal sealed class CaseloadSummaries(
    CaseloadStore caseload, CheckInStore checkIns, SignalStore signals, CaseloadSummaryStore store,
    DataRights.ErasureTombstones tombstones, TimeProvider time, IOptions<CheckInOptions> options)
{
    private const int Attempts = 5;

    /// <summary>The summary as the candidate's rows give it today; null for a candidate who is not (or no longer) there.</summary>
    public async Task<CaseloadSummary?> ComputeAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        if (await tombstones.IsErasedAsync(candidateId, ct) || await caseload.GetAsync(programmeId, candidateId, ct) is not { } file)
            return null;
        var jobs = await caseload.JobsAsync(programmeId, candidateId, ct);
        var invitations = (await checkIns.ForCandidateAsync(programmeId, candidateId, ct)).Select(f => f.Invitation);
        var (stored, _) = await signals.LoadAsync(programmeId, candidateId, ct);
        return CaseloadSummary.Of(file, jobs, invitations, stored, time.Today(), options.Value);
    }

    /// <summary>Recomputes and stores the candidate's summary; true when a stored row was different (or missing, or left over).</summary>
    public async Task<bool> RefreshAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var summary = await ComputeAsync(programmeId, candidateId, ct);
            if (await PutAsync(programmeId, candidateId, summary, ct) is { } written)
            {
                // Erased while this ran: the erasure may have removed the rows before this write, so take it back.
                if (summary is not null && written && await tombstones.IsErasedAsync(candidateId, ct))
                    await RemoveAsync(programmeId, candidateId, ct);
                return written;
            }
            if (attempt == Attempts)
                throw new InvalidOperationException($"The caseload summary of {candidateId} kept changing during {Attempts} attempts.");
        }
    }

    /// <summary>Removes the candidate from every list of the programme (erasure).</summary>
    public async Task RemoveAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        for (var attempt = 1; await PutAsync(programmeId, candidateId, null, ct) is null; attempt++)
            if (attempt == Attempts)
                throw new InvalidOperationException($"The caseload summary of {candidateId} kept changing during {Attempts} attempts.");
    }

    private Task<bool?> PutAsync(string programmeId, string candidateId, CaseloadSummary? summary, CancellationToken ct) =>
        store.TryPutCandidateAsync(programmeId, candidateId, summary, ct);
}
