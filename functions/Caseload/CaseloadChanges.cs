namespace IpsMonitor.Caseload;

/// <summary>After a change to a candidate's record: audit who did it, refresh the caseload summary, and tell the signal function to recompute.</summary>
internal sealed class CaseloadChanges(CaseloadStore caseload, CaseloadSummaries summaries, AuditLog audit, MessageQueue queue,
    TimeProvider time, IOptions<CheckInOptions> options)
{
    /// <summary>The lists show the change at once; the signals that follow from it come through the queue, and refresh it again.</summary>
    public async Task RecordAsync(Staff staff, Candidate candidate, string change, CancellationToken ct)
    {
        await audit.RecordAsync(staff, change, candidate.Id, ct);
        await summaries.RefreshAsync(candidate.ProgrammeId, candidate.Id, ct);
        await queue.SendAsync(QueueNames.CandidateChanged, new CandidateChanged(candidate.ProgrammeId, candidate.Id, change), ct);
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
