using IpsMonitor.Access;
using IpsMonitor.Platform;

namespace IpsMonitor.Caseload;

/// <summary>After a change to a candidate's record: audit who did it, and tell the signal function to recompute.</summary>
internal sealed class CaseloadChanges(AuditLog audit, MessageQueue queue)
{
    public async Task RecordAsync(Staff staff, Candidate candidate, string change, CancellationToken ct)
    {
        await audit.RecordAsync(staff, change, candidate.Id, ct);
        await queue.SendAsync(QueueNames.CandidateChanged, new CandidateChanged(candidate.ProgrammeId, candidate.Id, change), ct);
    }
}
