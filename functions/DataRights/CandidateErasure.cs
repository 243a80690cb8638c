using IpsMonitor.Development;
using IpsMonitor.Signals;

namespace IpsMonitor.DataRights;

/// <summary>
/// Erases a candidate (GDPR art. 17), for the API, the coordinator's page and the retention run alike. The tombstone goes
/// first (see ErasureTombstones), then one step after another, each of which finds nothing left to do when run again.
/// So an erasure stopped halfway (a crash, a timeout) is finished by repeating it, by hand or by the nightly run, and
/// any function that makes something for the candidate meanwhile sees the tombstone and drops its work.
/// Afterwards the candidate id is stored only in the audit log; built workbooks keep their aggregate counts.
/// </summary>
internal sealed class CandidateErasure(
    ErasureTombstones tombstones, AuditLog audit, CheckInStore checkIns, DevelopmentLinkStore developmentLinks, SignalStore signals,
    CaseloadStore caseload, CaseloadSummaries summaries, WorkbookScrub workbooks, QueueScrub queues, ContactStore contacts,
    ObservationStore observations, CandidateVoiceStore voices, Workspace.FitReviewStore fitReviews)
{
    /// <summary>What "erased because of the retention period" is called in the audit log.</summary>
    public const string RetentionReason = "retention";

    public const string RequestReason = "request";

    /// <summary>
    /// The steps after the tombstone, in order: answers and links before the candidate row, so that until the last step a
    /// half-erased candidate can still be found; signals once more at the end, after any recompute that read the candidate
    /// just before the tombstone.
    /// </summary>
    public IReadOnlyList<Func<string, string, CancellationToken, Task>> Steps =>
    [
        checkIns.EraseAsync,
        developmentLinks.EraseAsync,
        voices.EraseAsync,
        fitReviews.EraseAsync,
        (p, c, ct) => signals.EraseAsync(p, c, ct),
        contacts.EraseAsync,
        observations.EraseAsync,
        caseload.EraseAsync,
        summaries.RemoveAsync,
        (p, c, ct) => workbooks.RemoveAsync(p, c, ct),
        (_, c, ct) => queues.RemoveAsync(c, ct),
        (p, c, ct) => signals.EraseAsync(p, c, ct),
    ];

    /// <summary>
    /// Erases the candidate of the programme, or finishes an erasure begun before (then its programme counts, whatever is
    /// given). staff is who asked; null for the retention run, which is audited as the system.
    /// </summary>
    public async Task EraseAsync(string programmeId, string candidateId, Staff? staff, CancellationToken ct)
    {
        var tombstone = await BeginAsync(programmeId, candidateId, staff, ct);
        await RunStepsAsync(tombstone, ct);
    }

    /// <summary>Finishes an erasure nobody repeated by hand (the nightly run does this), audited as the system.</summary>
    public async Task FinishAsync(Tombstone tombstone, CancellationToken ct)
    {
        await audit.RecordSystemAsync(tombstone.ProgrammeId, "finish erasure", tombstone.CandidateId, ct);
        await RunStepsAsync(tombstone, ct);
    }

    private async Task RunStepsAsync(Tombstone tombstone, CancellationToken ct)
    {
        foreach (var step in Steps)
            await step(tombstone.ProgrammeId, tombstone.CandidateId, ct);
        await tombstones.CompleteAsync(tombstone.CandidateId, ct);
    }

    /// <summary>The tombstone and the audit row, before anything is deleted.</summary>
    public async Task<Tombstone> BeginAsync(string programmeId, string candidateId, Staff? staff, CancellationToken ct)
    {
        var tombstone = await tombstones.WriteAsync(programmeId, candidateId, staff is null ? AuditLog.System : AuditLog.Actor(staff),
            staff is null ? RetentionReason : RequestReason, ct);
        if (staff is null)
            await audit.RecordSystemAsync(tombstone.ProgrammeId, "erase candidate (retention)", candidateId, ct);
        else
            await audit.RecordAsync(staff, "erase candidate", candidateId, ct);
        return tombstone;
    }
}
