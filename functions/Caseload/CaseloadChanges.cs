namespace IpsMonitor.Caseload;

/// <summary>After a change to a candidate's record: audit who did it, recompute the signals with the summary, and tell the queue.</summary>
internal sealed class CaseloadChanges(CaseloadStore caseload, Signals.SignalRecompute signals, AuditLog audit, MessageQueue queue,
    TimeProvider time, IOptions<CheckInOptions> options)
{
    /// <summary>
    /// The signals follow from the change at once, and the summary and the signal list are written from them in the same
    /// step: a summary refreshed from the signals of before the change would show "no open signals" until the queue
    /// caught up, and then the signal (after a new referral, say). The queue message still goes, for a recompute that
    /// failed here; on a signal set already up to date it writes nothing.
    /// </summary>
    public async Task RecordAsync(Staff staff, Candidate candidate, string change, CancellationToken ct)
    {
        await audit.RecordAsync(staff, change, candidate.Id, ct);
        await queue.SendAsync(QueueNames.CandidateChanged, new CandidateChanged(candidate.ProgrammeId, candidate.Id, change), ct);
        await signals.RunAsync(candidate.ProgrammeId, candidate.Id, ct);
    }

    /// <summary>
    /// Stores a changed job on the version the gate read, unless someone changed it meanwhile, and records the change.
    /// </summary>
    public async Task<Write> SaveJobAsync(JobAdmission admission, Job updated, string change, CancellationToken ct)
    {
        var candidate = admission.File.Candidate;
        if (await caseload.ReplaceJobAsync(candidate.ProgrammeId, updated, admission.JobVersion, ct) is Write.Conflict)
            return Write.Conflict;
        await RecordAsync(admission.Staff, candidate, change, ct);
        return Write.Saved;
    }

    /// <summary>
    /// Stores a changed candidate record unless someone changed it meanwhile, records the change, and answers the record
    /// as it now stands. Without a change (a correction that corrects nothing) nothing is stored or audited.
    /// </summary>
    public async Task<Outcome<CandidateDto>> SaveAsync(Staff staff, VersionedCandidate updated, string? change, bool withJobs,
        CancellationToken ct)
    {
        if (change is not null)
        {
            if (await caseload.UpdateAsync(updated, ct) is Write.Conflict)
                return Conflict.Meanwhile;
            await RecordAsync(staff, updated.Candidate, change, ct);
        }
        var jobs = await caseload.JobsAsync(updated.Candidate.ProgrammeId, updated.Candidate.Id, ct);
        return Outcome.Saved(updated.AsDto(jobs, [], time.Today(), options.Value, withJobs));
    }
}
