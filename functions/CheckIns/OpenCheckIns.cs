using Azure;

namespace IpsMonitor.CheckIns;

/// <summary>Stops a candidate's open check-ins; one answered meanwhile keeps its answers.</summary>
internal static class OpenCheckIns
{
    /// <summary>
    /// Cancels the candidate's open check-ins that match. A check-in changed in the same moment (a draft saved, a link
    /// issued) is read again and cancelled still: nothing else would stop its link.
    /// </summary>
    public static async Task<int> CancelAsync(CheckInStore checkIns, Candidate candidate, Func<Invitation, bool> which, CancellationToken ct)
    {
        var cancelled = 0;
        foreach (var found in await checkIns.ForCandidateAsync(candidate.ProgrammeId, candidate.Id, ct))
        {
            var file = found;
            for (var attempt = 0; IsOpen(file, which) && attempt < 5; attempt++)
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

    private static bool IsOpen(VersionedInvitation? file, Func<Invitation, bool> which) =>
        file?.Invitation is { State: InvitationState.Open } i && which(i);
}
