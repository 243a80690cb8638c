using Azure;
using IpsMonitor.Caseload;

namespace IpsMonitor.CheckIns;

internal static class SupervisorInvitations
{
    /// <summary>Cancels a job's open supervisor check-ins; one answered meanwhile keeps its answers.</summary>
    public static async Task<int> CancelOpenAsync(CheckInStore checkIns, Candidate candidate, string jobId, CancellationToken ct)
    {
        var cancelled = 0;
        foreach (var file in await checkIns.ForCandidateAsync(candidate.ProgrammeId, candidate.Id, ct))
        {
            if (file.Invitation is not { Respondent: Respondent.Supervisor, State: InvitationState.Open } i || i.JobId != jobId)
                continue;
            try
            {
                await checkIns.CancelAsync(file, ct);
                cancelled++;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Answered or changed in the same moment; the submit path checks consent again, so nothing slips through.
            }
        }
        return cancelled;
    }
}
