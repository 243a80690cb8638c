using Azure;

namespace IpsMonitor.CheckIns;

internal static class SupervisorInvitations
{
    /// <summary>
    /// Cancels a job's open supervisor check-ins; one answered meanwhile keeps its answers. A check-in changed in the same
    /// moment (a draft saved, a link issued) is read again and cancelled still: after a change of supervisor nothing else
    /// would stop the old link.
    /// </summary>
    public static async Task<int> CancelOpenAsync(CheckInStore checkIns, Candidate candidate, string jobId, CancellationToken ct)
    {
        var cancelled = 0;
        foreach (var found in await checkIns.ForCandidateAsync(candidate.ProgrammeId, candidate.Id, ct))
        {
            var file = found;
            for (var attempt = 0; IsOpenFor(file, jobId) && attempt < 5; attempt++)
            {
                try
                {
                    await checkIns.CancelAsync(file!, ct);
                    cancelled++;
                    break;
                }
                catch (RequestFailedException e) when (e.Status == 412)
                {
                    file = await checkIns.GetAsync(candidate.ProgrammeId, candidate.Id, found.Invitation.Id, ct);
                }
            }
        }
        return cancelled;
    }

    private static bool IsOpenFor(VersionedInvitation? file, string jobId) =>
        file?.Invitation is { Respondent: Respondent.Supervisor, State: InvitationState.Open } i && i.JobId == jobId;
}
